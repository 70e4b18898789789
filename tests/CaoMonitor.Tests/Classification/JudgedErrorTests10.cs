using CaoMonitor.Classification;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.12 (engine 10): provisions the cao-level readers found and the classifier missed (caotruth9), and the error
/// classes of the judged sample of seed 20251, written in our own words. Each case has a counter-case beside it.
/// </summary>
public class JudgedErrorTests10
{
    static IReadOnlyList<CaoMonitor.Domain.Label> Classify(string text, string? title, string? parent) =>
        new ClauseClassifier().Classify(new ClauseInput(text, title, parent));

    // --- Structure: an article the layout put under a definitions chapter, and a definition opening followed by a lid. ---

    [Fact]
    public void A_numbered_lid_under_a_definitions_chapter_is_read_as_an_article()
    {
        // The sector's career service regulation sits, after a layout slip, under the chapter "Begripsbepalingen".
        var labels = Classify("2. De werknemer die door zijn zware werk ander werk moet zoeken, krijgt advies en begeleiding van de loopbaandienst van de sector.", null, "Begripsbepalingen");
        Assert.Contains(labels, l => l.Code == "VWNW.TRAJECT");
        // A definition entry under the same chapter stays unlabelled.
        Assert.Empty(Classify("b. loopbaanadviseur: de deskundige die de werknemer begeleidt bij zijn loopbaan.", null, "Begripsbepalingen"));
        Assert.Empty(Classify("Loopbaanbudget: het budget dat de werknemer inzet voor een loopbaanadvies of een opleiding.", null, "Definities"));
    }

    [Fact]
    public void A_definition_opening_covers_only_its_own_lid()
    {
        const string text = "1 In dit artikel wordt verstaan onder:\na vergoeding: de wettelijke transitievergoeding.\nb begeleidingskosten: kosten van begeleiding van werk naar werk.\n"
            + "2 De werkgever brengt de begeleidingskosten in mindering op de transitievergoeding, zoals het decentraal overleg afspreekt.";
        var labels = Classify(text, "Samenloop van vergoedingen", null);
        Assert.Contains(labels, l => l.Code == "VWNW.TRANSITIEVERGOEDING");
        // The definitions themselves give nothing.
        Assert.DoesNotContain(labels, l => l.Code == "VWNW.TRAJECT");
        Assert.Empty(Classify("1 In dit artikel wordt verstaan onder:\na vergoeding: de wettelijke transitievergoeding.\nb begeleidingskosten: kosten van begeleiding van werk naar werk.", "Samenloop van vergoedingen", null));
    }

    [Fact]
    public void A_topic_list_covers_its_items_not_the_sentences_after_them()
    {
        const string text = "Werkgever en bonden maken afspraken over de volgende onderwerpen:\n- vrijwillig vertrek;\n- de begeleiding van boventallige werknemers.\n"
            + "De werkgever biedt de boventallige werknemer de volgende instrumenten aan.\na. outplacement via een erkend bureau;\nb. scholing voor een andere functie.";
        var labels = Classify(text, "Reorganisatie", null);
        Assert.Contains(labels, l => l.Code == "VWNW.TRAJECT");
        // The list alone is a list of topics: nothing arranged.
        Assert.DoesNotContain(Classify("Werkgever en bonden maken afspraken over de volgende onderwerpen:\n- vrijwillig vertrek;\n- outplacement van boventallige werknemers.", "Reorganisatie", null),
            l => l.Code == "VWNW.TRAJECT");
    }

    // --- Career services described as tracks. ---

    [Theory]
    [InlineData("Het loopbaanpunt van de sector adviseert en begeleidt werknemers die vanwege hun gezondheid ander werk moeten zoeken.")]
    [InlineData("De werknemer die op termijn een nieuwe baan moet zoeken, kan een beroep doen op ondersteuning door het mobiliteitsteam.")]
    public void Guidance_for_workers_who_must_find_other_work_is_a_traject(string text)
    {
        Assert.Contains(Classify(text, "Dienstverlening", null), l => l.Code == "VWNW.TRAJECT");
    }

    [Fact]
    public void Looking_for_other_work_without_guidance_is_no_traject()
    {
        Assert.DoesNotContain(Classify("De werknemer die ander werk zoekt, meldt zijn vertrek tijdig aan de werkgever.", "Opzegtermijn", null),
            l => l.Code == "VWNW.TRAJECT");
    }

    [Fact]
    public void Advice_and_guidance_towards_another_function_is_career_guidance()
    {
        Assert.Contains(Classify("Medewerkers die een andere functie ambiëren, krijgen advies en begeleiding van het sectorale loopbaanpunt.", "Dienstverlening", null),
            l => l.Code == "VWNW.LOOPBAAN");
        // Advice and guidance on health alone is not.
        Assert.DoesNotContain(Classify("De bedrijfsarts geeft advies en begeleiding bij het verzuim van de werknemer.", "Verzuim", null),
            l => l.Code == "VWNW.LOOPBAAN");
    }

    // --- Moves: outside the organisation, inside it, or both ways. ---

    [Theory]
    [InlineData("Moet de herplaatsingskandidaat een opleiding volgen om een functie buiten de organisatie te kunnen aanvaarden, dan vergoedt de werkgever de kosten tot een maximum.")]
    [InlineData("Wie een baan buiten de eigen organisatie aanvaardt, houdt gedurende negen maanden een terugkeergarantie.")]
    [InlineData("De werknemer heeft recht op bemiddeling naar ander werk binnen of buiten de bedrijfstak.")]
    public void A_move_outside_the_organisation_or_sector_is_intersectoral(string text)
    {
        Assert.Contains(Classify(text, "Mobiliteit", null), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    [Theory]
    [InlineData("Werknemers in deze functies krijgen waar nodig begeleiding naar een andere functie binnen of buiten de onderneming.", "Digitalisering")]
    [InlineData("Telt de werknemer vijf jaar ervaring in een vergelijkbare functie buiten de branche, dan mag hij een ervaringstoets doen.", "Ervaringstoets")]
    [InlineData("De werkgever mag de kosten van scholing gericht op een functie buiten de onderneming in mindering brengen op de transitievergoeding.", "Transitievergoeding")]
    public void Either_way_moves_experience_and_offsets_are_not_intersectoral(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title, null), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    [Fact]
    public void Being_placed_in_another_function_is_internal_mobility()
    {
        Assert.Contains(Classify("Wordt een werknemer door automatisering in een andere functie ingedeeld, dan behoudt hij zijn salarisniveau en krijgt hij de nodige omscholing.", "Technologische veranderingen", null),
            l => l.Code == "VWNW.INTERN");
        // Another function group in a pay table is grading.
        Assert.DoesNotContain(Classify("Wordt de functie in een andere functiegroep ingedeeld, dan geldt de nieuwe salarisschaal.", "Indeling", null),
            l => l.Code == "VWNW.INTERN");
    }

    // --- The transitievergoeding replaced by the cao's own arrangements (art. 7:673b BW). ---

    [Fact]
    public void A_transitievergoeding_replaced_by_the_caos_own_provision_counts()
    {
        Assert.Contains(Classify("Bij ontslag om bedrijfseconomische redenen vervalt op grond van artikel 7:673b BW het recht op de transitievergoeding; daarvoor in de plaats komen de voorzieningen van dit hoofdstuk.", "Transitievergoeding", null),
            l => l.Code == "VWNW.TRANSITIEVERGOEDING");
        Assert.DoesNotContain(Classify("De werknemer heeft bij ontslag recht op de transitievergoeding conform artikel 7:673 BW.", "Einde dienstverband", null),
            l => l.Code == "VWNW.TRANSITIEVERGOEDING");
    }

    // --- Abolished arrangements and lists of agreement topics. ---

    [Fact]
    public void An_abolished_arrangement_is_no_provision()
    {
        var labels = Classify("Met ingang van deze cao zijn de regeling voor het persoonlijk ontwikkelplan en de EVC-regeling vervallen.", "Wijzigingen", null);
        Assert.DoesNotContain(labels, l => l.Code == "LLO.ONTWIKKELGESPREK");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.EVC");
        Assert.Contains(Classify("Iedere werknemer stelt samen met zijn leidinggevende jaarlijks een persoonlijk ontwikkelplan op.", "Ontwikkeling", null),
            l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    [Fact]
    public void Agreements_about_topics_among_others_are_a_mention()
    {
        Assert.DoesNotContain(Classify("Partijen sluiten daarnaast een fonds-cao met afspraken over onder meer scholing en scholingsverlof.", "Fonds-cao", null),
            l => l.Code == "LLO.TIJD");
        Assert.Contains(Classify("De werknemer heeft recht op vijf dagen scholingsverlof per jaar.", "Scholingsverlof", null),
            l => l.Code == "LLO.TIJD");
    }

    // --- A training fund that only runs another scheme (a generation scheme, early retirement, financial advice). ---

    [Theory]
    [InlineData("Het opleidings- en ontwikkelingsfonds vergoedt de werkgever de helft van de loonkosten van de 80/90/100-regeling.")]
    [InlineData("Via het O&O-fonds kan de oudere werknemer een financieel advies krijgen over deelname aan de generatieregeling.")]
    [InlineData("Het O&O-fonds voert de RVU-regeling voor zwaar werk uit.")]
    public void A_training_fund_running_another_scheme_is_no_training_fund_provision(string text)
    {
        Assert.DoesNotContain(Classify(text, "Regelingen", null), l => l.Code == "LLO.FONDS");
    }

    [Fact]
    public void A_training_fund_paying_for_courses_stays()
    {
        Assert.Contains(Classify("Het O&O-fonds vergoedt de cursuskosten van werknemers uit de sector tot € 500 per jaar.", "Regelingen", null),
            l => l.Code == "LLO.FONDS");
    }
}
