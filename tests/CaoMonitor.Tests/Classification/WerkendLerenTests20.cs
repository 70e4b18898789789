using CaoMonitor.Classification;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.28.1 (written as 1.27.0) and engine 22 (session 20, issue 11, helper prec20a): LLO.WERKEND_LEREN labels judged wrong in the census of
/// the start store, by kind: pay of a learner (a starting scale, a salary per practice year),
/// contract administration (successive contracts, what happens to the contract, the contents of a learning agreement), the
/// hours or form of a learner's contract (rule 1.24.6), definitions of who is a learner, informing about options, and a
/// question whose "Dan ..." answer is about pay. In our own words.
/// </summary>
public class WerkendLerenTests20
{
    const string Code = "LLO.WERKEND_LEREN";

    static bool Has(string text, string? title = null, string? parent = null) =>
        Classify(text, title, parent).Any(l => l.Code == Code);

    /// <summary>Engine 22: the question and its "Dan ..." answer are one statement; the answer is about a supplement.</summary>
    [Fact]
    public void A_question_answered_with_a_supplement_is_pay()
    {
        Assert.False(Has("▪ Is de ploegleider ook praktijkbegeleider? Dan krijgt hij maar één toeslag: de ploegtoeslag of de begeleiderstoeslag.", "Waar gaat het om?", "Ploegleider"));
        // A question answered with a learning arrangement stays.
        Assert.True(Has("▪ Volgt de werknemer een bbl-opleiding? Dan krijgt hij op de werkvloer een vaste begeleider die hem de praktijk leert.", "Waar gaat het om?", "Vakopleiding"));
    }

    /// <summary>A starting scale during the BBL course, and a salary named per practice year, are the learner's pay.</summary>
    [Fact]
    public void Scales_and_practice_year_salaries_are_pay()
    {
        Assert.False(Has("3. Zolang je de BBL-opleiding volgt, word je geplaatst in de aanloopschaal van de functie waarvoor je wordt opgeleid."));
        Assert.False(Has("5. Bestaat het tweede leerjaar vooral uit theorie, dan kan de leerling korter dan twaalf maanden het eerste praktijkjaarsalaris ontvangen."));
    }

    /// <summary>Successive contracts with the training company, and what happens to the contracts during the course, are contract administration.</summary>
    [Fact]
    public void Contract_administration_is_no_learning_arrangement()
    {
        Assert.False(Has("2. Met hetzelfde leerbedrijf kunnen meerdere opeenvolgende arbeidsovereenkomsten worden gesloten, zolang de beroepspraktijkvorming daar kan doorgaan.", null, "Arbeidsovereenkomst met leerbedrijf"));
        Assert.False(Has("7. In het schema hieronder staat wat er gedurende je BBL-opleiding gebeurt met je arbeidsovereenkomst en je BPV-overeenkomst."));
        Assert.False(Has("2. In de leerovereenkomst wordt geregeld:\na. de vergoedingen voor de leerling;\nb. het zakgeld;\nc. de terugbetaling als de leerling de opleiding niet afmaakt.", null, "Beroepsvoorbereidende periode"));
    }

    /// <summary>The length of a learner's working week and the size of the employment are terms of the contract (rule 1.24.6).</summary>
    [Fact]
    public void Working_week_and_contract_size_of_a_learner_are_terms()
    {
        Assert.False(Has("1. Volgt een jongere een opleiding via de beroepsbegeleidende leerweg? Dan mag de werkgever met hem een arbeidsovereenkomst voor een normale werkweek afspreken, of voor een kortere werkweek."));
        Assert.False(Has("Zowel de omvang van een voltijd dienstverband als die van een deeltijd dienstverband omvat gemiddeld 5 uur per week waarin de leerling naar school gaat.", "De leerling komt in dienst met:", "Arbeidsomvang"));
    }

    /// <summary>Pupils' skills in a school cao are not werkend leren, also in a compound ("rekenvaardigheden").</summary>
    [Fact]
    public void Skills_of_pupils_title_blocks()
    {
        Assert.False(Has("Het ministerie stelt per school jaarlijks een bedrag per leerling beschikbaar voor extra tijd voor het onderwijs in rekenen.", "Professionalisering voor de rekenvaardigheden van leerlingen", "Professionalisering"));
    }

    /// <summary>Being told about training options (among them BBL) arranges no learning place.</summary>
    [Fact]
    public void Informing_about_options_is_a_mention()
    {
        Assert.False(Has("2. De werknemer wordt ieder jaar geïnformeerd over de opleidingsmogelijkheden in de sector (zoals het brancheopleidingscentrum en mbo-bbl)."));
    }

    /// <summary>Who counts as an intern or learner is a definition.</summary>
    [Fact]
    public void Who_is_a_learner_is_a_definition()
    {
        Assert.False(Has("1.13 Stagiair De persoon die bij de werkgever onder begeleiding werkzaam is op grond van een leerplan van een mbo- of hbo-instelling, om praktijkervaring op te doen.", "Stagiair De persoon die bij de werkgever onder begeleiding", "Mijn werk"));
        Assert.False(Has("1. Wanneer ben je een stagiair?\nAls stagiair doe je onder begeleiding praktijkervaring op als schoonmaker. Dat kan:\n• in de beroepsopleidende leerweg (BOL), of\n• via een proefplaatsing van het UWV.", null, "Wat geldt als je een stageovereenkomst hebt?"));
    }

    /// <summary>A learning agreement and an employment contract concluded together for a learner count (rule 1.24.6); their running time alone does not.</summary>
    [Fact]
    public void A_practice_agreement_with_an_employment_contract_counts()
    {
        Assert.True(Has("5. Met de werknemer die een opleiding volgt in het kader van de Wet educatie en beroepsonderwijs, wordt een praktijkovereenkomst en een arbeidsovereenkomst gesloten."));
        Assert.False(Has("b. De arbeidsovereenkomst en de praktijkovereenkomst hebben dezelfde looptijd."));
        Assert.False(Has("Heeft de leerling zijn examen gehaald? Dan eindigen de praktijkovereenkomst en de arbeidsovereenkomst tegelijk."));
    }

    // --- Rules 1.29.1 (written as 1.28.2): second batch, same census. ---

    /// <summary>Definitions: "De persoon die ...", "Een vorm van onderwijs waarbij ...", "Periode waarin ...", a course that "bestaat uit" years.</summary>
    [Fact]
    public void Definitions_of_learner_route_and_stage_are_no_arrangement()
    {
        Assert.False(Has("Artikel 9 leerling\nDe persoon die op grond van een leerovereenkomst deelneemt aan een beroepsbegeleidende leerweg of een duale opleiding.", "leerling", "definities en begripsbepalingen"));
        Assert.False(Has("1. De persoon die een opleiding volgt in een erkend leerbedrijf en met een praktijkovereenkomst is aangenomen.", null, "Leerling"));
        Assert.False(Has("Artikel 13 beroepsbegeleidende leerweg (bbl)\nEen vorm van onderwijs waarbij de leerling naast de school ook werknemer is.", "beroepsbegeleidende leerweg (bbl)", "definities en begripsbepalingen"));
        Assert.False(Has("Artikel 16 stage\nPeriode waarin een leerling onder begeleiding leerdoelen in een bedrijf moet halen in het kader van zijn opleiding.", "stage", "definities en begripsbepalingen"));
        Assert.False(Has("1. Een duale opleiding bestaat uit een basisjaar en enkele praktijkleerjaren.", null, "Duale opleidingen"));
    }

    /// <summary>Chain-rule exceptions, ending by mutual consent, disputes, receipts, absence and secrecy are contract administration.</summary>
    [Fact]
    public void More_contract_administration_is_no_learning_arrangement()
    {
        Assert.False(Has("d. Uitzonderingen: b en c gelden niet voor:\n- de werknemer die jonger is dan 18 jaar;\n- de werknemer die een BBL-opleiding volgt en daarvoor een praktijkovereenkomst heeft."));
        Assert.False(Has("3. Voor leerlingen in de BBL geldt geen maximum aantal arbeidsovereenkomsten voor bepaalde tijd."));
        Assert.False(Has("d) Bij wederzijds goedvinden, na een gesprek tussen de stagiair, de praktijkbegeleider en de docent."));
        Assert.False(Has("Artikel 6\nGeschillen over de opleiding legt de leerling binnen 30 dagen voor aan een commissie van drie deskundigen.", null, "voorbeeld leerovereenkomst"));
        Assert.False(Has("Artikel 7\nDe leerling verklaart te hebben ontvangen:\n* een getekend afschrift van deze leerovereenkomst;\n* een beroepspraktijkvormingsovereenkomst.", null, "voorbeeld leerovereenkomst"));
        Assert.False(Has("Artikel 5\nDe stagiair meldt afwezigheid meteen bij de praktijkbegeleider en bij de docent."));
        Assert.False(Has("De geheimhoudingsplicht van de stagiair geldt tijdens en na de stageperiode.", "Geheimhouding", "Stageovereenkomst"));
        Assert.False(Has("Iedere stagiair sluit een ongevallen- en WA-verzekering af. De meeste onderwijsinstellingen hebben daarvoor een collectieve regeling.", "Ongevallen verzekering", "Voorbeeld stageregeling"));
    }

    /// <summary>The hours, working week and fixed term of a learner's contract are terms (rule 1.24.6); tests in normal working time are learning.</summary>
    [Fact]
    public void Hours_week_and_fixed_term_of_a_learner_are_terms()
    {
        Assert.False(Has("3. Met de leerling in de voltijd BBL-opleiding mag geen hogere arbeidsduur worden afgesproken dan 1800 uur per jaar inclusief lestijd."));
        Assert.False(Has("1. Voor de jongere die één dag per week beroepsonderwijs via de beroepsbegeleidende leerweg (BBL) volgt, geldt een 4-daagse werkweek."));
        Assert.False(Has("1. De leraar in opleiding met wie een leerarbeidsovereenkomst is gesloten, wordt benoemd voor bepaalde tijd voor vijf maanden."));
        Assert.True(Has("4. Toetsen die in het kader van een BBL-opleiding op het leerbedrijf plaatsvinden, behoren tot de normale arbeidstijd.", null, "Werknemers die naast hun werk een BBL-opleiding volgen"));
    }

    /// <summary>Form instructions and a job profile's duties towards interns arrange no learning (rule 1.24.1).</summary>
    [Fact]
    public void Form_instructions_and_job_profiles_are_no_arrangement()
    {
        Assert.False(Has("4 Alleen de dagen en tijden invullen waarop de leerling in de praktijk zal worden ingeroosterd.", "De leerling treedt in dienst in een:", "Werkpatroon"));
        Assert.False(Has("Uitdrukkingsvaardigheid\n- mondelinge vaardigheid bij het geven van duidelijke aanwijzingen aan stagiaires, BBL'ers en nieuwe collega's;", "Uitdrukkingsvaardigheid", "Assistent"));
        Assert.False(Has("Resultaatgebieden Kernactiviteiten Resultaatcriteria\nInwerken van nieuwe collega's en het begeleiden van stagiaires in de winkel, gericht op hun opleiding.", "Taken", "Verkoper"));
    }

    // --- Rules 1.29.2: third batch. ---

    /// <summary>Mentions: informing about options (also with an OCR split), exceptions ("Dit geldt niet:"), what "valt hier niet onder",
    /// internships as part of jobs for people with a work disability; a contract a learner "kan" get under a pay-scale title.</summary>
    [Fact]
    public void Exceptions_exclusions_and_other_subjects_are_mentions()
    {
        Assert.False(Has("2. De werknemer wordt ieder jaar geïnformeerd over o pleidingsmogelijkheden in de branche (zoals mbo-bbl)."));
        Assert.False(Has("▪ Iedere functie hoort bij een functiegroep, die het garantieloon bepaalt. Dit geldt niet :\n- voor de werknemer van 16 tot en met 20 jaar,\n- tijdens het volgen van een opleiding via de beroepsbegeleidende leerweg (bbl).", "Bouwplaatswerknemer", "Functie-indeling"));
        Assert.False(Has("a. Onder scholing vallen alle opleidingen, cursussen en trainingen. De opleiding die de BBL-leerling op school volgt, valt hier niet onder. De werkgever moet de werknemer in staat stellen scholing te volgen.", null, "Scholing"));
        Assert.False(Has("De werkgevers zullen zich inspannen stageplaatsen en banen aan te bieden aan mensen met een arbeidsbeperking.", "Beleid werknemers met een arbeidsbeperking", "Protocollen"));
        Assert.False(Has("1. De werkgever kan met een leerling een leer-arbeidsovereenkomst aangaan in het kader van de beroepspraktijkvorming van de beroepsbegeleidende leerweg.", null, "Garantieschalen na herindeling"));
    }
}
