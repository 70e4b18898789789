using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.11 (engine 8): the error classes of the judged real sample of seed 20250, written in our own words.
/// Each wrong case has a right case beside it, so a rule that simply drops the category fails.
/// </summary>
public class JudgedErrorTests8
{
    // --- Sickness and dismissal: herplaatsing that failed or is impossible is a dismissal condition, its pay or
    // travel consequences are pay; the sick worker's duties are procedure. None of it guides anyone to other work. ---

    [Theory]
    [InlineData("De werkgever mag de arbeidsovereenkomst opzeggen als de werknemer na twee jaar ziekte niet binnen een half jaar kan worden herplaatst in passend werk.", "Ontslag na ziekte")]
    [InlineData("Is de boventallige werknemer intern niet te herplaatsen, dan vervalt zijn plicht om de kosten van een gevolgde opleiding terug te betalen.", "Kwijtschelding")]
    [InlineData("Een werknemer die zonder goede reden niet meewerkt aan zijn herplaatsing, kan ontslag worden verleend zonder aanvulling op zijn uitkering.", "Sociaal plan")]
    [InlineData("Wie op verzoek van de werkgever wordt herplaatst op een verder weg gelegen werkplek, krijgt de extra reiskosten woon-werkverkeer vergoed.", "Reiskosten")]
    [InlineData("Na een herplaatsing wegens ziekte lijdt de werknemer tot het einde van het tweede ziektejaar geen financieel nadeel.", "Loon bij ziekte")]
    [InlineData("d. uit onderzoek is gebleken dat herplaatsing in een andere passende functie niet mogelijk is.", "Voorwaarden voor ontslag")]
    public void Failed_redeployment_and_its_consequences_are_not_internal_mobility(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "VWNW.INTERN");
    }

    [Theory]
    [InlineData("Vervalt de functie door de reorganisatie, dan heeft de werknemer voorrang bij interne vacatures en zoekt de werkgever herplaatsing binnen het concern.", "Herplaatsing")]
    [InlineData("Lukt herplaatsing in de eigen functie niet, dan zoekt de werkgever een andere passende functie binnen de onderneming.", "Herplaatsing")]
    public void Redeployment_that_is_arranged_stays_internal_mobility(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "VWNW.INTERN");
    }

    [Fact]
    public void The_sick_workers_duty_to_cooperate_is_procedure_not_mobility()
    {
        var labels = Classify("De zieke werknemer is verplicht mee te werken aan een re-integratietraject of een proefplaatsing bij een andere werkgever die de werkgever hem aanbiedt.", "Verplichtingen bij ziekte");
        Assert.DoesNotContain(labels, l => l.Code == "VWNW.INTERSECTORAAL");
        Assert.DoesNotContain(labels, l => l.Code == "VWNW.TRAJECT");
        // The employer arranging a placement elsewhere for the same worker is mobility.
        Assert.Contains(Classify("De werkgever biedt de zieke werknemer die niet kan terugkeren een proefplaatsing van drie maanden bij een andere werkgever aan, met behoud van zijn loon.", "Re-integratie"),
            l => l.Code == "VWNW.INTERSECTORAAL");
    }

    [Fact]
    public void Sickness_control_by_an_occupational_health_service_is_no_traject()
    {
        Assert.DoesNotContain(Classify("De werkgever laat zich voor de ziektecontrole en de re-integratie in het eerste en tweede spoor bijstaan door een arbodienst naar keuze.", "Arbodienst"),
            l => l.Code == "VWNW.TRAJECT");
        Assert.Contains(Classify("Kan de werknemer na een jaar ziekte niet terug in zijn eigen werk, dan start de werkgever een traject tweede spoor gericht op werk bij een andere werkgever en betaalt hij de kosten.", "Re-integratie"),
            l => l.Code == "VWNW.TRAJECT");
    }

    // --- Duurzame inzetbaarheid without any development use: vitality days, generation schemes (working less
    // towards retirement), senior leave; and the mechanics of a DI budget (payout, transfer, indexation). ---

    [Theory]
    [InlineData("De werknemer van 60 jaar of ouder kan gebruikmaken van de generatieregeling: 80% werken tegen 90% loon en 100% pensioenopbouw, zodat hij duurzaam inzetbaar blijft.", "Generatieregeling")]
    [InlineData("Iedere werknemer heeft recht op een vitaliteitsbudget van drie dagen per jaar voor zijn duurzame inzetbaarheid.", "Vitaliteit")]
    [InlineData("Werknemers van 57 jaar en ouder krijgen voor hun duurzame inzetbaarheid jaarlijks vier extra seniorendagen.", "Duurzame inzetbaarheid")]
    public void A_vitality_or_generation_scheme_without_development_is_not_duurzame_inzetbaarheid(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Fact]
    public void Paying_out_or_transferring_a_di_budget_is_mechanics_not_the_arrangement()
    {
        Assert.DoesNotContain(Classify("Het gespaarde levensfasebudget wordt op verzoek van de werknemer bij het einde van het dienstverband uitbetaald.", "Levensfasebudget"),
            l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
        Assert.DoesNotContain(Classify("Bij een overstap naar een andere werkgever in de sector wordt het tegoed van het inzetbaarheidsbudget overgedragen.", "Duurzame inzetbaarheid"),
            l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Theory]
    // A vitality budget that may go to training counts.
    [InlineData("Iedere werknemer heeft recht op een vitaliteitsbudget van € 300 per jaar, dat hij kan besteden aan scholing, een loopbaanscan of extra verlof.", "Vitaliteit")]
    // Hours for duurzame inzetbaarheid whose use is agreed with the manager (the development set counts these).
    [InlineData("De werknemer ontvangt jaarlijks een budget van 40 uur voor duurzame inzetbaarheid; over de besteding maakt hij afspraken met zijn leidinggevende.", "Duurzame inzetbaarheid")]
    public void A_di_budget_or_hours_that_can_serve_development_stays(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    // --- Strength: flat duties are rights; discussing something with the worker is a duty, not an effort; a
    // nominalised effort verb ("voor het ondersteunen van") commits nobody; a pointer to rules elsewhere is a reference. ---

    [Theory]
    [InlineData("In elk gesprek bespreken de werkgever en de medewerker het persoonlijk ontwikkelplan.", "Gesprekscyclus", "LLO.ONTWIKKELGESPREK")]
    [InlineData("De werkgever zal 0,4 % van zijn loonsom per kalenderjaar apart zetten voor de kosten van scholing.", "Overige bepalingen", "LLO.COLLECTIEF")]
    [InlineData("Met de studie samenhangende reiskosten worden 100% vergoed.", "Studiekosten", "LLO.STUDIEKOSTEN")]
    // Rules 1.24.1: the employer deploying "dit budget" is the company's budget, no LLO.BUDGET (judged so in seed 20274); rules 1.24.2:
    // what the budget is "ingezet voor" (a loopbaanadvies, the development agreements of the annual talk) are its uses, no
    // LLO.ONTWIKKELGESPREK either (judged so in seed 20275). The flat duty "zet ... in" is still a right where it arranges the thing itself.
    [InlineData("Je werkgever zet een erkende loopbaancoach in voor iedere werknemer die daarom vraagt.", "Loopbaanbegeleiding", "VWNW.LOOPBAAN")]
    public void Flat_duties_are_rights(string text, string title, string code)
    {
        Assert.Equal(CaoMonitor.Domain.Strength.Recht, Assert.Single(Classify(text, title), l => l.Code == code).Strength);
    }

    [Fact]
    public void Efforts_and_pointers_keep_their_strength()
    {
        // The parties discussing the future of a fund is an intention, not a duty towards the worker.
        Assert.Equal(CaoMonitor.Domain.Strength.Inspanning,
            Assert.Single(Classify("Tijdens de looptijd van de cao bespreken cao-partijen de toekomst van het opleidingsfonds van de sector.", "Evaluatie"), l => l.Code == "LLO.FONDS").Strength);
        Assert.Equal(CaoMonitor.Domain.Strength.Inspanning,
            Assert.Single(Classify("De werkgever ondersteunt de werknemer bij het zoeken naar een loopbaancoach.", "Loopbaan"), l => l.Code == "VWNW.LOOPBAAN").Strength);
        Assert.Equal(CaoMonitor.Domain.Strength.Verwijzing,
            Assert.Single(Classify("In die cao staan de regels voor de subsidies van het opleidings- en ontwikkelingsfonds van de sector.", "Opleidingsfonds"), l => l.Code == "LLO.FONDS").Strength);
    }

    // --- Rules 1.11.2. The wrong neighbour: the next article's heading glued to the end of a clause ("Art ikel 36. Een andere
    // functie, omscholing en bijscholing.") is no evidence, whatever punctuation it ends with. ---

    [Fact]
    public void The_next_articles_heading_at_the_end_of_a_clause_is_no_evidence()
    {
        const string pay = "Periodieke verhogingen worden eenmaal per jaar toegekend, tot het maximum van de salarisgroep is bereikt.\n\n";
        Assert.DoesNotContain(Classify(pay + "Art ikel 36. Een andere functie, herscholing, omscholing en bijscholing.", null, "Salarissen"),
            l => l.Code == "VWNW.TRAJECT");
        Assert.DoesNotContain(Classify(pay + "Artikel 36. Omscholing naar een andere functie bij reorganisatie.", null, "Salarissen"),
            l => l.Code == "VWNW.TRAJECT");
        // The same words as a sentence of the clause still count.
        Assert.Contains(Classify(pay + "Vervalt de functie door een reorganisatie, dan betaalt de werkgever omscholing naar een andere functie.", null, "Salarissen"),
            l => l.Code == "VWNW.TRAJECT");
    }

    // --- A personal plan (persoonlijk professionaliseringsplan, a plan made "met u") is not the organisation's training plan;
    // the works council receiving an overview of a budget is a mention. ---

    [Theory]
    [InlineData("In het persoonlijk professionaliseringsplan worden in ieder geval afspraken gemaakt over de activiteiten van de komende jaren.", "Professionalisering", "LLO.COLLECTIEF")]
    [InlineData("Wilt u ander werk gaan doen? Dan kan de werkgever met u een scholingsplan maken.", "Loopbaan", "LLO.COLLECTIEF")]
    [InlineData("De ondernemingsraad krijgt eenmaal per jaar een overzicht van de omvang en de besteding van het opleidingsbudget.", "Ontwikkeling", "LLO.BUDGET")]
    public void Personal_plans_and_council_overviews_are_not_these_provisions(string text, string title, string code)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == code);
    }

    [Theory]
    [InlineData("De werkgever stelt jaarlijks een opleidingsplan voor de onderneming op en bespreekt dit met de ondernemingsraad.", "Opleidingsplan", "LLO.COLLECTIEF")]
    [InlineData("Iedere werknemer krijgt eenmaal per jaar een opleidingsbudget van € 400.", "Ontwikkeling", "LLO.BUDGET")]
    public void The_organisations_plan_and_a_workers_budget_stay(string text, string title, string code)
    {
        Assert.Contains(Classify(text, title), l => l.Code == code);
    }
}
