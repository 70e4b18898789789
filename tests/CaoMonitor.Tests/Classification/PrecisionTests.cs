using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Issue 11: what must never be labelled, the category boundaries, the closed set of periods and honest
/// strengths. Every text here is written in our own words in the style of real cao's (PDF line breaks included).
/// </summary>
public class PrecisionTests
{
    /// <summary>(title, text) that must get no label at all.</summary>
    public static readonly TheoryData<string, string> NeverLabelled = new()
    {
        // Table of contents with dot leaders, and an index with page numbers.
        { "", "Hoofdstuk 6 Ontwikkeling\n6.1 Persoonlijk ontwikkelbudget ........................ 31\n6.2 Studiekostenregeling ........................... 33\n6.3 Loopbaanscan ................................... 35" },
        { "", "Trefwoorden\nEVC-procedure 44\nLoopbaanbudget 41\nOutplacement 52\nScholingsverlof 38" },
        { "", "Vergelijking met de vorige cao\n88. Loopbaanscan Was 91\n89. EVC-toets Was 103" },
        // Abbreviation lists and definition entries.
        { "", "EVC = Erkenning van Verworven Competenties\nBBL = Beroepsbegeleidende leerweg\nPOP = Persoonlijk ontwikkelplan" },
        { "", "d. O&O-fonds: de Stichting Opleidingsfonds voor de Schoonmaakbranche;" },
        { "Artikel 1 Begrippen", "In deze cao wordt verstaan onder ontwikkelbudget: het bedrag dat de werknemer jaarlijks voor scholing kan besteden." },
        // Function descriptions and job requirements.
        { "Functieomschrijving Monteur B", "Een vakdiploma op mbo-niveau 3 of een EVC-certificaat op dat niveau is vereist. De monteur volgt de verplichte veiligheidscursussen." },
        { "Artikel 4 Indiensttreding", "Voor de functie van chauffeur is een geldig rijbewijs C en het diploma vakbekwaamheid vereist." },
        // A heading alone.
        { "Ontwikkelbudget", "Artikel 12 Ontwikkelbudget" },
        // Mentions without an arrangement.
        { "Artikel 9 Medezeggenschap", "De werkgever informeert de ondernemingsraad jaarlijks over de besteding van de loopbaanbudgetten en het aantal gevolgde opleidingen." },
        { "Artikel 3 Overleg", "In het periodiek overleg tussen werkgever en vakorganisaties komen onder meer de volgende onderwerpen aan de orde:\na. de werkgelegenheid;\nb. het scholingsbeleid;\nc. de inzet van het O&O-fonds." },
        { "Artikel 7.4 Einde van rechtswege", "Eindigt de arbeidsovereenkomst na het bereiken van de AOW-leeftijd, dan is de werkgever geen transitievergoeding verschuldigd." },
        // Funds that are not for training.
        { "Artikel 18 WIA-fonds", "De werkgever draagt jaarlijks een premie van 0,3% van de loonsom af aan het WIA-fonds van de sector." },
        { "Artikel 19 Vakbondsfaciliteiten", "Het fonds voor vakbondsfaciliteiten vergoedt de kosten van kaderleden die vergaderingen bijwonen." },
        // A BBL trainee as the subject of pay or holiday rules.
        { "Artikel 22 Vakantie leerlingen", "De BBL-leerling bouwt vakantiedagen op zoals iedere andere werknemer." },
        { "", "De leerling-werknemer wordt ingeschaald in loonschaal A en ontvangt ten minste het wettelijk minimumloon." },
    };

    [Theory]
    [MemberData(nameof(NeverLabelled))]
    public void Never_labelled(string title, string text)
    {
        var labels = Classify(text, title.Length == 0 ? null : title);
        Assert.True(labels.Count == 0, $"expected no label, got [{string.Join(", ", labels.Select(l => $"{l.Code} ({string.Join(" ", l.Rules)})"))}]");
    }

    [Fact]
    public void A_table_of_contents_line_inside_a_clause_gives_no_evidence_but_the_article_still_counts()
    {
        var labels = Classify("6.3 Loopbaanscan ............ 35\n\nDe werknemer heeft eens per drie jaar recht op een loopbaanscan op kosten van de werkgever.");
        var l = Single(labels, "VWNW.LOOPBAAN");
        Assert.Equal(Strength.Recht, l.Strength);
        Assert.Equal("per drie jaar", l.Attributes.Period);
    }

    [Fact]
    public void Informing_the_works_council_does_not_hide_the_arrangement_beside_it()
    {
        var labels = Classify("De werknemer heeft recht op een loopbaanbudget van € 1.000 per drie jaar. De werkgever informeert de ondernemingsraad jaarlijks over de besteding van de loopbaanbudgetten.", "Artikel 8 Loopbaanbudget");
        var l = Single(labels, "LLO.BUDGET");
        Assert.Equal(1000m, l.Attributes.AmountEur);
    }

    [Fact]
    public void A_percentage_of_the_payroll_for_training_is_collective_not_an_individual_budget()
    {
        var labels = Classify("De werkgever reserveert jaarlijks een opleidingsbudget van ten minste 2% van de cumulatieve jaarloonsom van de onderneming.", "Artikel 10 Opleidingsbudget");
        Assert.Equal(Strength.Recht, Single(labels, "LLO.COLLECTIEF").Strength);
        Assert.DoesNotContain(labels, l => l.Code == "LLO.BUDGET");
    }

    [Fact]
    public void Days_for_training_under_a_sustainable_employability_title_are_time_for_learning()
    {
        var labels = Classify("De werknemer heeft recht op twee opleidingsdagen per kalenderjaar met behoud van loon.", "Artikel 15 Duurzame inzetbaarheid");
        var tijd = Single(labels, "LLO.TIJD");
        Assert.Equal(2m, tijd.Attributes.Days);
        Assert.DoesNotContain(labels, l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Fact]
    public void A_multi_purpose_employability_budget_is_duurzame_inzetbaarheid_not_a_development_budget()
    {
        var labels = Classify("Iedere werknemer krijgt jaarlijks een duurzame-inzetbaarheidsbudget van € 600, te besteden aan scholing, een vitaliteitsprogramma, extra verlof of een loopbaanscan.", "Artikel 16 Inzetbaarheid");
        Single(labels, "LLO.DUURZAME_INZETBAARHEID");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.BUDGET");
    }

    [Fact]
    public void A_generation_scheme_without_development_is_not_duurzame_inzetbaarheid()
    {
        var labels = Classify("De werknemer van 62 jaar of ouder kan deelnemen aan de generatieregeling: hij werkt 80% van zijn arbeidsduur tegen 90% van zijn salaris en 100% pensioenopbouw.", "Artikel 17 Generatieregeling");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Fact]
    public void A_training_fund_counts_and_its_contribution_too()
    {
        var labels = Classify("Werkgevers dragen jaarlijks 0,25% van de loonsom af aan het sectorfonds, dat opleidingen en loopbaanadvies voor werknemers in de branche financiert.", "Artikel 30 Sectorfonds");
        Assert.Equal(Strength.Recht, Single(labels, "LLO.FONDS").Strength);
    }

    [Fact]
    public void A_redeployment_candidate_is_a_status_not_internal_mobility()
    {
        var labels = Classify("De herplaatsingskandidaat die een opleiding volgt, krijgt de studiekosten volledig vergoed.", "Artikel 5 Studiefaciliteiten");
        Assert.DoesNotContain(labels, l => l.Code == "VWNW.INTERN");
        Single(labels, "LLO.STUDIEKOSTEN");
    }

    [Fact]
    public void Bbl_in_a_sentence_about_the_school_day_is_werkend_leren()
    {
        var labels = Classify("De werkgever betaalt de BBL-leerling het loon door over de schooldag waarop hij de theoretische opleiding volgt.", "Artikel 23 Leerlingen");
        Single(labels, "LLO.WERKEND_LEREN");
    }

    [Theory]
    [InlineData("een ontwikkelbudget van € 1.500,00 voor de looptijd van deze cao", "per cao-periode")]
    [InlineData("per periode van drie jaar een ontwikkelbudget van € 1.500", "per drie jaar")]
    [InlineData("een ontwikkelbudget van € 400 per kalenderjaar", "per kalenderjaar")]
    [InlineData("een ontwikkelbudget van € 500 per jaar", "per jaar")]
    [InlineData("een ontwikkelbudget van € 20 per maand", "per maand")]
    [InlineData("eenmalig een ontwikkelbudget van € 750", "eenmalig")]
    [InlineData("een ontwikkelbudget van € 12 per gewerkt uur", "per uur")]
    [InlineData("een ontwikkelbudget van € 900 per twee jaar", "per twee jaar")]
    public void Periods_come_from_a_closed_set(string phrase, string period)
    {
        var l = Single(Classify("De werknemer ontvangt " + phrase + ".", "Artikel 6 Ontwikkelbudget"), "LLO.BUDGET");
        Assert.Equal(period, l.Attributes.Period);
        Assert.Contains(period, AttributeExtractor.PeriodSet);
    }

    [Fact]
    public void A_period_said_elsewhere_in_the_sentence_is_found_and_a_bare_amount_has_none()
    {
        var l = Single(Classify("Per kalenderjaar stelt de werkgever iedere werknemer met een dienstverband van ten minste twaalf uur per week een ontwikkelbudget ter beschikking van € 350.", "Artikel 6 Ontwikkelbudget"), "LLO.BUDGET");
        Assert.Equal("per kalenderjaar", l.Attributes.Period);
        var bare = Single(Classify("De werknemer ontvangt een ontwikkelbudget van € 350.", "Artikel 6 Ontwikkelbudget"), "LLO.BUDGET");
        Assert.Null(bare.Attributes.Period);
    }

    [Fact]
    public void A_strength_nothing_supports_is_marked_and_never_a_right_by_default()
    {
        var l = Single(Classify("Loopbaanscan bij een erkend bureau voor werknemers vanaf 50 jaar.", "Artikel 14 Loopbaan"), "VWNW.LOOPBAAN");
        Assert.NotEqual(Strength.Recht, l.Strength);
        Assert.Contains(ClauseClassifier.UnsupportedStrength, l.Rules);
        Assert.True(l.Confidence <= 0.4, $"confidence {l.Confidence}");
    }

    [Fact]
    public void An_expiring_budget_alone_is_a_restriction_not_a_right()
    {
        var labels = Classify("Het niet bestede deel van het ontwikkelbudget vervalt aan het einde van het kalenderjaar.", "Artikel 6 Ontwikkelbudget");
        Assert.DoesNotContain(labels, l => l.Strength == Strength.Recht);
    }
}

public class NarrowColumnTests
{
    [Fact]
    public void A_paragraph_wrapped_in_a_narrow_column_is_not_taken_for_a_heading()
    {
        var labels = Examples.Classify("Tijd voor ontwikkeling\nDe werknemer heeft recht op 36 uur\nper jaar met behoud van salaris voor\nopleiding en ontwikkeling.\nDe uren worden in overleg ingepland.", "Artikel 43 Tijd voor ontwikkeling");
        var tijd = Examples.Single(labels, "LLO.TIJD");
        Assert.Equal(CaoMonitor.Domain.Strength.Recht, tijd.Strength);
        Assert.Equal(36m, tijd.Attributes.Hours);
    }
}
