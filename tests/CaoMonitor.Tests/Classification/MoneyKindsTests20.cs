using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.29.3 (session 20, issue 11, helper prec20c, second batch, written as 1.29.1): LLO.STUDIEKOSTEN, LLO.FONDS and LLO.BUDGET labels judged wrong
/// in the session 20 census, by kind: a definition that counts exam time as study costs, a course to prepare for retirement, pay kept
/// for the hours of a course, a scheme said to stand apart from the fund's scheme, a line in a table of allowances. In our own words
/// (never real cao text); each negative case was labelled by rules 1.29.0, each positive case keeps its label.
/// </summary>
public class MoneyKindsTests20
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    /// <summary>"Onder opleidingskosten wordt ook verstaan de tijd voor een examen": a definition about time (off-topic definition-of-costs).</summary>
    [Fact]
    public void Exam_time_defined_as_study_costs_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("6. Onder opleidingskosten wordt ook verstaan de benodigde tijd voor het afleggen van een examen.", "Inzetbaarheid"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>The same definition beside a contribution of € 400 to the costs keeps the label from that sentence.</summary>
    [Fact]
    public void A_contribution_beside_the_definition_stays_a_study_cost_scheme()
    {
        Assert.Contains(Classify("Een werknemer kan een bijdrage in de opleidingskosten krijgen van ten hoogste € 400 per jaar. Onder opleidingskosten wordt ook verstaan de benodigde tijd voor het afleggen van een examen.", "Inzetbaarheid"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>Courses to prepare for retirement, paid up to a maximum (title blocker and off-topic pension-preparation).</summary>
    [Fact]
    public void A_course_to_prepare_for_retirement_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("De werknemer die binnen twee jaar met pensioen gaat, kan een cursus ter voorbereiding op zijn pensionering volgen. De kosten van de cursus worden vergoed tot € 800.", "Voorbereiding op het pensioen"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>Scholing outside working hours paid as hours, with the usual hourly wage paid: time, not course costs (exclusion pay-for-the-hours).</summary>
    [Fact]
    public void Paying_the_wage_for_the_hours_of_a_course_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("c. Valt de scholing buiten werktijd, dan worden de uren uitbetaald of gecompenseerd in vrije tijd. Daarbij wordt het normale uurloon aan de werknemer betaald behalve voor scholing op zondag.", "Scholing"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>"Deze regeling staat los van de scholingsregeling van het opleidingsfonds": the fund named to set it apart (off-topic stands-apart).</summary>
    [Fact]
    public void A_scheme_standing_apart_from_the_funds_scheme_is_no_fund_provision()
    {
        Assert.DoesNotContain(Classify("3. Deze regeling staat los van de scholingsregeling van het Opleidingsfonds Groothandel en is niet bedoeld voor functiegerichte scholing.", "Loopbaanregeling"), l => l.Code == "LLO.FONDS");
    }

    /// <summary>A line of a table of surcharges that names the development budget (title blocker allowance-table-title).</summary>
    [Fact]
    public void A_surcharge_table_line_is_no_budget()
    {
        Assert.DoesNotContain(Classify("Toeslagen in procenten\n\nArtikel 22 lid 2\n - Ploegentoeslag tussen 22.00 en 06.00 uur 20%\n\nArtikel 40 lid 6\n - Toeslag verkoop ATV-dagen persoonlijk ontwikkelbudget 40%\n\nArtikel 40 lid 7\n - Toeslag verkoop ATV-uren 20%", "Vergoedingen en toeslagen"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>ATV days sold into the development budget with a surcharge, in the article on ATV: still the budget.</summary>
    [Fact]
    public void Selling_days_into_the_budget_under_its_own_article_stays_a_budget()
    {
        Assert.Contains(Classify("6. De werknemer kan ATV-dagen verkopen; de opbrengst wordt met een toeslag van 40% gestort in zijn persoonlijk ontwikkelbudget voor scholing.", "Roostervrije tijd"), l => l.Code == "LLO.BUDGET");
    }
}
