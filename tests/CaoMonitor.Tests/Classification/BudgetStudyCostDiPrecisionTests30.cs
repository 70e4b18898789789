using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.10.1 (session 30, issue 11 item 1, helper wl30): precision of LLO.BUDGET, LLO.STUDIEKOSTEN and LLO.DUURZAME_INZETBAARHEID.
/// The kinds come from independent judges' verdicts (labels still in the start stores that most judges called wrong, and session 30's
/// judge-3 on a fresh sample). Every negative text here was labelled by the start rules (2.09.4). In our own words, never real cao text.
/// </summary>
public class BudgetStudyCostDiPrecisionTests30
{
    static bool Has(string code, string text, string? title = null) =>
        Examples.Classify(text, title).Any(l => l.Code == code);

    /// <summary>LLO.BUDGET earlier-cao-history: what earlier cao's agreed, or a record that a text is clarified ("wordt verhelderd"),
    /// arranges no budget in this cao (judged wrong 3 of 4 and 5 of 6 times).</summary>
    [Fact]
    public void A_history_or_a_clarification_record_is_no_budget()
    {
        Assert.False(Has("LLO.BUDGET", "Bevorderen persoonlijke ontwikkeling: in de vorige cao's zijn afspraken gemaakt over de persoonlijke ontwikkeling van medewerkers, de invoering van een persoonlijk studiebudget en het aanbieden van scholingsverlofdagen.", "Onderwerpen voor onderzoek"));
        Assert.False(Has("LLO.BUDGET", "In artikel 8.2 wordt verhelderd dat het individuele ontwikkelbudget bij indiensttreding in de loop van het jaar naar volle maanden wordt berekend."));
        Assert.True(Has("LLO.BUDGET", "Het individuele ontwikkelbudget wordt bij indiensttreding in de loop van het jaar naar volle maanden berekend."));
    }

    /// <summary>LLO.BUDGET request-repeated-or-net: repeating the request for a deposit each year (procedure) and spending gross deposits
    /// net (fiscal) say nothing about the budget itself (judged wrong 8 of 9 times, both years).</summary>
    [Fact]
    public void Repeating_the_deposit_request_is_procedure()
    {
        Assert.False(Has("LLO.BUDGET", "3. Het verzoek om een bedrag op de leerrekening te storten moet ieder jaar opnieuw worden herhaald.", "Leerrekening"));
    }

    /// <summary>LLO.BUDGET approval-procedure: how agreements on spending the budget are recorded, and that a refusal is motivated,
    /// is the talk's paperwork (rules 1.24.4; judged wrong 5 of 7 unique verdicts).</summary>
    [Fact]
    public void Recording_the_agreed_spending_is_procedure()
    {
        Assert.False(Has("LLO.BUDGET", "De afspraken over de aanwending van het loopbaanbudget worden altijd specifiek geformuleerd en door de werkgever schriftelijk vastgelegd.", "Periodiek gesprek"));
    }

    /// <summary>LLO.STUDIEKOSTEN hand-in-diploma, tax-on-reimbursement, applications-in-order: handing in the diploma, who pays the tax
    /// on the reimbursement and the order in which applications are handled are administration, not a reimbursement (rules 1.30.0;
    /// judged wrong 6 of 7, 5 of 7 and 2 of 2 times).</summary>
    [Theory]
    [InlineData("Na het met goed gevolg afronden van de opleiding dient de werknemer het behaalde diploma aan de werkgever over te leggen.", "Studiekostenregeling")]
    [InlineData("De belasting en premies die verschuldigd zijn over de studiekostenvergoeding komen voor rekening van de werkgever.", "Studiekosten")]
    [InlineData("Aanvragen voor een tegemoetkoming in de opleidingskosten worden op volgorde van binnenkomst behandeld.", null)]
    public void Study_cost_administration_is_no_reimbursement(string text, string? title)
    {
        Assert.False(Has("LLO.STUDIEKOSTEN", text, title));
    }

    [Fact]
    public void A_reimbursement_of_course_fees_stays()
    {
        Assert.True(Has("LLO.STUDIEKOSTEN", "De werkgever vergoedt de werknemer de cursusgelden en de kosten van de examens van de opleiding.", "Studiekostenregeling"));
        // A repayment when the diploma cannot be shown is part of the reimbursement (the dev set counts it).
        Assert.True(Has("LLO.STUDIEKOSTEN", "Haalt de werknemer het diploma niet, of kan hij het diploma niet overleggen, dan moet hij de vergoeding van de opleidingskosten terugbetalen.", "Studiekosten - terugbetaling"));
    }

    /// <summary>LLO.DUURZAME_INZETBAARHEID vision-statement: what workers are expected to do, what DI consists of in a model, and which
    /// model a fund uses describe the subject; they arrange no budget, hours or plan (judged wrong 7 of 9 and 4 of 4 times).</summary>
    [Theory]
    [InlineData("Van hen wordt verwacht dat zij zich inspannen om hun duurzame inzetbaarheid te bevorderen en gebruik maken van opleidingen.")]
    [InlineData("De stichting hanteert het model van de vier kwadranten. Duurzame inzetbaarheid van de medewerker bestaat uit:\n- vitaliteit;\n- ontwikkeling;\n- werkvermogen.")]
    public void A_vision_or_model_of_di_is_no_arrangement(string text)
    {
        Assert.False(Has("LLO.DUURZAME_INZETBAARHEID", text, "Duurzame inzetbaarheid"));
    }
}
