using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.17.0 (session 15, issue 11 requirement 8: cao-level agreement): wording classes behind cells the readers' cao-level truth
/// found missed or wrongly claimed, in our own words (never real cao text), each with counter-cases.
/// </summary>
public class CaoLevelTests15
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        new ClauseClassifier().Classify(new ClauseInput(text, title, parent));

    // --- LLO.TIJD: a paragraph that refers back to the training of an earlier paragraph ("de in lid 1 bedoelde activiteiten") and
    //     puts it in working time. The article's title says what the activities are; under another title they are something else. ---

    [Theory]
    [InlineData("3. De in het eerste lid genoemde activiteiten vinden zo veel mogelijk plaats binnen de werktijd, ook voor deeltijders.", "Scholing en ontwikkeling")]
    [InlineData("2. De werkgever zorgt ervoor dat deze activiteiten tijdens de normale werktijd kunnen worden gevolgd.", "Opleiding")]
    [InlineData("4. De bedoelde activiteiten vallen zoveel mogelijk binnen de werktijd.", "Artikel 7.2 Vakonderwijs")]
    public void Training_activities_of_an_earlier_paragraph_in_working_time_are_time_for_learning(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.TIJD");
    }

    [Theory]
    // the same wording under a title about something else: union or committee activities
    [InlineData("2. De in lid 1 bedoelde activiteiten vinden zo veel mogelijk plaats binnen de werktijd.", "Vakbondswerk in de onderneming")]
    [InlineData("2. De in lid 1 bedoelde activiteiten vinden zo veel mogelijk plaats binnen de werktijd.", "Lidmaatschap van commissies")]
    // a training title alone, with activities that are not placed in working time
    [InlineData("2. De in lid 1 bedoelde activiteiten worden jaarlijks met de ondernemingsraad besproken.", "Training en opleiding")]
    public void Activities_in_working_time_under_another_title_are_no_time_for_learning(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.TIJD");
    }

    // --- VWNW.INTERSECTORAAL: an exchange of staff between organisations or branches, under other names for staff. ---

    [Theory]
    [InlineData("Werkgevers bevorderen meer loopbaanperspectief, onder meer door de uitwisseling van professionals tussen de branches.", "Arbeidsmarkt")]
    [InlineData("Partijen stimuleren dat ondernemingen in de regio vakmensen uitwisselen wanneer het werk daarom vraagt.", "Regionale arbeidsmarkt")]
    public void Exchanging_professionals_between_employers_is_sector_mobility(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    [Theory]
    [InlineData("Professionals wisselen in het teamoverleg ervaringen uit over de zorg voor cliënten.", "Teamoverleg")]
    [InlineData("De uitwisseling van gegevens over professionals met derden gebeurt volgens de privacyregels.", "Privacy")]
    public void Exchanging_information_among_professionals_is_no_mobility(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    // --- LLO.FONDS: money that cao parties or employers make available to a sector fund that works on development finances it, as a
    //     premium does. ---

    [Theory]
    [InlineData("Cao-partijen stellen ieder jaar € 200.000 aan het sectorfonds beschikbaar. Het geld gaat naar projecten over persoonlijke ontwikkeling en mobiliteit.", "Projecten")]
    [InlineData("De werkgevers storten jaarlijks een bedrag van € 40 per werknemer in het fonds. Daaruit worden projecten betaald die werknemers helpen zich te ontwikkelen.", "Bijdrage werkgevers")]
    public void Money_made_available_to_a_development_fund_is_a_fund_provision(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.FONDS");
    }

    [Theory]
    // a fund that is no training fund
    [InlineData("Cao-partijen stellen ieder jaar € 50.000 aan het pensioenfonds beschikbaar voor de overgangsregeling.", "Pensioen")]
    // nothing about development in the clause
    [InlineData("Cao-partijen stellen ieder jaar € 50.000 aan het sectorfonds beschikbaar voor de kosten van het secretariaat.", "Secretariaat")]
    // the fund makes its annual report available, no money
    [InlineData("Het sectorfonds stelt zijn jaarverslag op verzoek beschikbaar. Het bestuur komt viermaal per jaar bijeen over de arbeidsmarkt.", "Jaarverslag")]
    public void Money_for_another_fund_or_no_money_is_no_fund_provision(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.FONDS");
    }

    // --- LLO.DUURZAME_INZETBAARHEID: an article about a fund's premiums says how money is raised; it arranges no DI scheme, even when
    //     it names the budget the premium pays for (rules 1.14: the premium that finances a budget is LLO.FONDS or LLO.COLLECTIEF). ---

    [Theory]
    [InlineData("De premie voor het opleidingsfonds bedraagt 0,5% van het loon. Voor het inzetbaarheidsbudget is de totale aanspraak begrensd tot € 300.000 per jaar.", "Premieverdeling")]
    [InlineData("Voor het levensfasebudget van de werknemers wordt jaarlijks ten hoogste € 250.000 uit het fonds gebruikt.", "Artikel 9 Premies")]
    public void A_premium_article_is_no_DI_arrangement(string text, string title)
    {
        var labels = Classify(text, title);
        Assert.DoesNotContain(labels, l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Fact]
    public void A_DI_budget_under_its_own_title_still_counts()
    {
        Assert.Contains(Classify("De werknemer krijgt jaarlijks een inzetbaarheidsbudget van € 400, te besteden aan scholing of een loopbaanscan.", "Inzetbaarheidsbudget"),
            l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Fact]
    public void The_fund_premium_in_a_premium_article_keeps_its_fund_label()
    {
        Assert.Contains(Classify("De premie voor het opleidingsfonds bedraagt 0,5% van het loon, te betalen door de werkgever.", "Premieverdeling"),
            l => l.Code == "LLO.FONDS");
    }
    // --- Engine 14: a numbered agreement in a container of agreements ("Protocolafspraken", "Overige afspraken") opens with a heading
    //     of its own; that heading is the paragraph's title, the container title its parent. Under an article title the heading
    //     line changes nothing. ---

    [Theory]
    [InlineData("2. Duurzame inzetbaarheid\nPartijen willen werknemers aanmoedigen tot een leven lang ontwikkelen. Zij onderzoeken in een paritaire werkgroep welke middelen daarvoor nodig zijn en brengen voor het einde van de looptijd advies uit.", "Protocolafspraken")]
    [InlineData("4. Duurzame inzetbaarheid\nCao-partijen brengen in kaart welke middelen werknemers helpen een leven lang te ontwikkelen en wat die middelen kosten.", "Overige afspraken")]
    public void A_protocol_agreement_is_read_under_its_own_heading(string text, string title)
    {
        var di = Assert.Single(Classify(text, title), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
        Assert.Equal(Strength.Inspanning, di.Strength);
    }

    [Theory]
    // the same paragraph under an article title that is no container: the heading line is not its title
    [InlineData("2. Duurzame inzetbaarheid\nPartijen willen werknemers aanmoedigen tot een leven lang ontwikkelen. Zij onderzoeken in een paritaire werkgroep welke middelen daarvoor nodig zijn en brengen voor het einde van de looptijd advies uit.", "Arbeidsduur")]
    // a protocol agreement on duurzame inzetbaarheid without development (vitality: reaching the pension date in good health)
    [InlineData("2. Duurzame inzetbaarheid\nPartijen onderzoeken in een paritaire werkgroep welke middelen nodig zijn om werknemers gezond de pensioendatum te laten halen.", "Protocolafspraken")]
    // a protocol agreement on another subject
    [InlineData("3. Huisvesting\nPartijen onderzoeken of de kosten van huisvesting passen bij de kwaliteit ervan.", "Protocolafspraken")]
    public void Other_headings_and_agreements_without_development_stay_unlabelled(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    // --- LLO.DUURZAME_INZETBAARHEID (rules 1.17.1): "een leven lang ontwikkelen" is development, as "leren" already was. ---

    [Theory]
    [InlineData("Partijen onderzoeken in een werkgroep de middelen voor duurzame inzetbaarheid; het doel is een leven lang ontwikkelen in de sector.")]
    // a vitality word (seniorenregeling) no longer blocks when the same clause names lifelong development as a use
    [InlineData("De werkgroep onderzoekt of de middelen voor duurzame inzetbaarheid naar een seniorenregeling en naar een leven lang ontwikkelen in de sector kunnen gaan.")]
    public void Lifelong_development_makes_a_DI_arrangement(string text)
    {
        Assert.Contains(Classify(text, "Duurzame inzetbaarheid"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Theory]
    [InlineData("Partijen onderzoeken in een werkgroep de middelen voor duurzame inzetbaarheid; het doel is dat werknemers gezond hun pensioen halen.")]
    [InlineData("De werkgroep onderzoekt of de middelen voor duurzame inzetbaarheid naar een seniorenregeling kunnen gaan.")]
    public void A_DI_study_without_development_is_no_DI_arrangement(string text)
    {
        Assert.DoesNotContain(Classify(text, "Duurzame inzetbaarheid"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }
}
