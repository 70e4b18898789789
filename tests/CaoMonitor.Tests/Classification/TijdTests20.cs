using CaoMonitor.Classification;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.28.1 (written as 1.27.0; session 20, issue 11, helper prec20a): LLO.TIJD labels judged wrong in earlier samples and the census of the
/// start store, by kind: a course preparing for early retirement, topics agreed in an annual talk, an intern's attendance, study
/// days bought from one's own sources, a pay-scale rule, and the possible contents of a plan. In our own words.
/// </summary>
public class TijdTests20
{
    const string Code = "LLO.TIJD";

    static bool Has(string text, string? title = null, string? parent = null) =>
        Classify(text, title, parent).Any(l => l.Code == Code);

    [Fact]
    public void A_course_before_early_retirement_is_not_learning_for_work()
    {
        Assert.False(Has("4. De werknemer mag in het jaar voor zijn vervroegde uittreding 4 dagen met behoud van loon verzuimen, als hij die dagen gebruikt voor een cursus ter voorbereiding op de komende vervroegde pensionering.", null, "Verzuim voor cursussen"));
    }

    [Fact]
    public void Topics_agreed_in_the_annual_talk_are_the_talk()
    {
        Assert.False(Has("3. Op basis van het jaargesprek worden afspraken tussen de leidinggevende en jou gemaakt over:\na. je resultaten voor het komende jaar;\nb. de opleidingen die je gaat volgen en het gebruik van je betaald studieverlof volgens artikel 30.", null, "Jaargesprek"));
    }

    [Fact]
    public void An_interns_attendance_is_no_time_for_learning()
    {
        Assert.False(Has("De dagelijkse leertijd van de stagiair komt overeen met de arbeidstijd op de afdeling waar hij is geplaatst. De stagiair is 24 uren per week aanwezig op door de stagebieder te bepalen tijden, rekening houdend met de terugkomdagen op school.", "Dagelijkse leertijd", "Stageovereenkomst"));
    }

    [Fact]
    public void Study_days_bought_from_own_sources_are_no_time_granted()
    {
        Assert.False(Has("c. studiefaciliteiten: de werknemer mag studiedagen inkopen die niet op zijn functie gericht zijn;", null, "Cao à la carte"));
    }

    [Fact]
    public void A_pay_scale_rule_during_induction_training_is_pay()
    {
        Assert.False(Has("7. Nieuwe werknemers volgen soms aan het begin van hun dienstverband bijscholing om meer vakkennis op te doen. Voor hen geldt in de eerste drie betalingsperioden geen salarisschaal als zij deze bijscholing onder werktijd volgen.", null, "Salarisverhoging na functiejaren"));
    }

    [Fact]
    public void Possible_contents_of_a_plan_are_listed_not_granted()
    {
        Assert.False(Has("Het werknemersplan kan op verzoek van de werknemer de volgende elementen bevatten:\n• uitbetaling van de opgebouwde uren;\n• de inzet van levensfase-uren ten behoeve van scholing gericht op employability.", null, "Uitgangspunten levensfasebudget"));
    }

    // --- Rules 1.29.1 (written as 1.28.2): second batch. ---

    [Fact]
    public void Leave_financed_from_a_budget_is_a_budget_use()
    {
        Assert.False(Has("3. De tijd die nodig is voor uit het persoonlijk budget gefinancierde ontwikkeling komt voor rekening van de medewerker. Scholingsverlof kan ook uit het persoonlijk budget worden gefinancierd.", null, "Aanwending"));
    }

    [Fact]
    public void A_topic_item_and_a_voluntary_choice_arrange_no_time()
    {
        Assert.False(Has("c. De mogelijkheden voor de werknemer om verlof te krijgen voor scholing.", null, "Beleid voor opleiding en loopbaan"));
        Assert.False(Has("Indien de werkgever er vrijwillig voor kiest de schooldag door te betalen, komt hij in aanmerking voor een bijdrage van het fonds.", null, "BBL-opleiding"));
    }

    [Fact]
    public void Calculations_pensions_premiums_and_form_notes_are_bookkeeping()
    {
        Assert.False(Has("4. Bij opname van het verlof worden de 50 uren voor scholing berekend op basis van de werktijdfactor.", null, "Financiering"));
        Assert.False(Has("6. Tijdens ouderschapsverlof en betaald studieverlof worden de opbouw en premiebetaling voortgezet alsof geen verlof wordt genoten.", null, "Pensioen"));
        Assert.False(Has("d. Werknemers die scholing buiten de gebruikelijke werktijden volgen, ontvangen geen onregelmatigheidstoeslag voor die scholingsuren.", null, "Vergoeding buiten de werktijden"));
        Assert.False(Has("14. Onder punt l. en verder kunnen andere arbeidsvoorwaarden worden vermeld, zoals reiskosten, werkkleding en studieverlof."));
    }

    [Fact]
    public void A_retirement_course_in_own_time_is_no_learning_time()
    {
        Assert.False(Has("Lid 1 De werknemer die met pensioen gaat, kan een cursus volgen; de tijd voor de cursus komt voor zijn rekening.", "Prepensioneringsverlof", "Vakantie en verlof"));
    }

    // --- Rules 1.29.2: third batch. ---

    /// <summary>"vrijgesteld van loonbelasting" and "vrijstellingscriteria" are a tax exemption, not time off (exclusion of the weak trigger).</summary>
    [Fact]
    public void A_tax_exemption_is_no_time_off()
    {
        Assert.False(Has("De storting van de werkgever vindt plaats vrijgesteld van loonbelasting en mag alleen aan scholing binnen de vrijstellingscriteria worden uitgegeven.", null, "Individuele leerrekening"));
    }
}
