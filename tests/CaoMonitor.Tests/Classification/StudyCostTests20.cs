using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.29.0 and engine 23 (written as engine 22, renumbered above prec20a's engine 22) (session 20, issue 11, helper prec20c): the kinds of LLO.STUDIEKOSTEN labels the session 20 census
/// judged wrong, each read in the whole real corpus: moving costs and their repayment, parental-leave pay repaid, a fund's aims
/// ("ontwikkelen van lesmateriaal"), the study-cost scheme named as a topic in a list, the fiscal treatment and the advance of a
/// budget, an offset against the transitievergoeding, an à-la-carte exchange, an individual learning account, and a lid under a
/// study-costs title that only arranges time or only leads in. In our own words (never real cao text); each negative case was
/// labelled by rules 1.26.5, each positive case keeps its label.
/// </summary>
public class StudyCostTests20
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    static bool Study(Label l) => l.Code == "LLO.STUDIEKOSTEN";

    /// <summary>A moving allowance with its repayment when the worker leaves early (off-topic moving-costs).</summary>
    [Fact]
    public void Repaying_a_moving_allowance_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("2. De werknemer ontvangt een tegemoetkoming in de verhuiskosten van € 2.000 onder de voorwaarde dat hij vooraf schriftelijk verklaart dat:\na. hij bekend is met de terugbetalingsregeling van artikel 9;\nb. hij een aanstelling voor onbepaalde tijd heeft.", "Tegemoetkoming verhuiskosten", "Regeling reis- en verblijfkosten"), Study);
    }

    /// <summary>A moving-cost article placed in a chapter on study costs: its repayment sentence names no course (title blocker moving-costs-title).</summary>
    [Fact]
    public void A_moving_article_under_a_study_costs_chapter_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("Wie op verzoek van de werkgever verhuist, krijgt de kosten van de verhuizing vergoed en 8% van het jaarsalaris voor de inrichting.\nDe terugbetalingsplicht geldt tot anderhalf jaar na de verhuizing.", "Verhuisvergoeding", "Studie- en opleidingskosten"), Study);
    }

    /// <summary>The pay received during paid parental leave repaid when the worker leaves within a year (exclusion terugbetaling-salary: bezoldiging).</summary>
    [Fact]
    public void Repaying_parental_leave_pay_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("1. De werknemer is verplicht tot terugbetaling van de bezoldiging over de verlofperiode als hij binnen een jaar na het verlof zelf ontslag neemt.", "Terugbetalingsverplichting", "Regeling betaald verlof bij gezinsuitbreiding"), Study);
    }

    /// <summary>A sector foundation whose aims include "ontwikkelen van lesmateriaal" (off-topic teaching-material-made).</summary>
    [Fact]
    public void A_foundations_aim_to_develop_teaching_material_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("3. De stichting heeft ten doel het financieren van:\na. het organiseren van vakcursussen, het ontwikkelen van lesmateriaal en voorlichting daarover, ten behoeve van werkgevers en werknemers in de branche;\nb. het stimuleren van de opleiding van jongeren in het beroepsonderwijs.", "Stichting Vakontwikkeling"), Study);
    }

    /// <summary>Parties intend to develop and distribute teaching materials for the sector (off-topic teaching-material-made).</summary>
    [Fact]
    public void Parties_distributing_teaching_materials_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("Partijen hebben de intentie om innovatie, leermiddelen en vakopleidingen voor de branche te ontwikkelen en te verspreiden, en om daarvoor subsidies aan te vragen.", "Innovatie en vakopleiding"), Study);
    }

    /// <summary>The employer pays for the required books and teaching material: still a study-cost provision.</summary>
    [Fact]
    public void Paying_for_teaching_material_stays_a_study_cost_scheme()
    {
        Assert.Contains(Classify("De werkgever vergoedt de kosten van de voorgeschreven leermiddelen en het lesmateriaal van een vakopleiding die hij nodig acht.", "Scholing"), Study);
    }

    /// <summary>"studiekostenregelingen" among the topics a sociaal plan settles when redeployment is possible (off-topic named-as-topic).</summary>
    [Fact]
    public void Study_cost_schemes_in_a_list_of_topics_are_a_mention()
    {
        Assert.DoesNotContain(Classify("b. als herplaatsing binnen het concern kan, onder andere:\n- om- en bijscholing\n- verhuizing\n- studiekostenregelingen\n- winstdelingsregelingen", "Onderwerpen bij reorganisatie"), Study);
    }

    /// <summary>An item in a list of company regulations with its article reference (off-topic named-as-topic).</summary>
    [Fact]
    public void A_regulation_named_with_its_article_is_a_mention()
    {
        Assert.DoesNotContain(Classify("4. Op instellingsniveau worden in ieder geval regelingen afgesproken over:\n• regeling kleding (artikel 8:4);\n• regeling studiekosten en studieverlof (artikel 9:2 lid 1 sub c);\n• regeling verhuiskosten (artikel 8:7).", "Regelingen op instellingsniveau"), Study);
    }

    /// <summary>Course costs that may be paid untaxed when the fiscal conditions are met: the treatment, not the scheme (off-topic fiscal-treatment).</summary>
    [Fact]
    public void The_fiscal_treatment_of_course_costs_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("3. Als aan de fiscale voorwaarden is voldaan, mogen de kosten van een cursus (lesgeld, examengeld en boeken) onbelast worden vergoed.", "Persoonlijk leerbudget"), Study);
    }

    /// <summary>The repayment of a budget taken in advance, reduced by the budget built up later (off-topic budget-advance-repaid).</summary>
    [Fact]
    public void Repaying_a_budget_advance_is_budget_mechanics()
    {
        Assert.DoesNotContain(Classify("De werknemer kan voor een opleiding budget opnemen dat hij nog niet heeft opgebouwd. Het bedrag dat hij moet terugbetalen bij vertrek wordt ieder jaar verlaagd met het budget dat hij nieuw opbouwt en niet uitgeeft.", "Ontwikkelbudget vooruit opnemen"), Study);
    }

    /// <summary>Costs of a course that the employer may not deduct from the transitievergoeding (exclusion offset-transitievergoeding: aftrekken).</summary>
    [Fact]
    public void Costs_not_deducted_from_the_transitievergoeding_are_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("In een sociaal plan kunnen werkgever en werknemer geen afspraken maken om de kosten voor scholing of loopbaanbegeleiding af te trekken van de transitievergoeding.", "Beëindiging"), Study);
    }

    /// <summary>A study-cost goal in an à-la-carte exchange of conditions of employment (title blocker a-la-carte-title).</summary>
    [Fact]
    public void A_study_cost_goal_in_an_a_la_carte_exchange_is_no_scheme()
    {
        Assert.DoesNotContain(Classify("d. Doelen die met de bronnen kunnen worden gerealiseerd:\nExtra vrije tijd tot 5 dagen per jaar.\nVergoeding studiekosten, indien en voor zover deze kosten zijn vrijgesteld van loonheffing.", "Bronnen en doelen", "Cao à la carte"), Study);
    }

    /// <summary>The individual learning account is an individual budget, LLO.BUDGET (title blocker learning-account-title).</summary>
    [Fact]
    public void A_learning_account_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("1. Iedere werknemer kan op eigen verzoek een persoonlijke leerrekening laten openen. Het gestorte geld is alleen te gebruiken voor studiekosten en blijft van de werknemer.", "Individuele leerrekening"), Study);
    }

    /// <summary>An article on study costs and a learning account keeps its study-cost label (the bundled gold case).</summary>
    [Fact]
    public void A_study_costs_article_that_also_names_the_learning_account_keeps_its_label()
    {
        Assert.Contains(Classify("1. Studiekosten worden vergoed volgens bijlage 4. 2. Daarnaast krijgt iedere werknemer jaarlijks € 300 op zijn leerrekening.", "Artikel 14 Studiekosten en leerrekening"), Study);
    }

    /// <summary>Under a study-costs title, a lid that only places the course inside or outside working hours is time (engine 23, title-only off-topic time-only).</summary>
    [Theory]
    [InlineData("b. Waar het kan, volgt de werknemer de cursus binnen zijn normale arbeidsduur met behoud van loon.")]
    [InlineData("a. De opleiding wordt in beginsel buiten de werktijd gevolgd.")]
    [InlineData("2. scholingsfaciliteiten in tijd;")]
    public void A_lid_that_only_arranges_time_under_a_study_costs_title_is_no_study_cost_scheme(string text)
    {
        Assert.DoesNotContain(Classify(text, "Opleiding op verzoek van de werkgever", "Vergoeding van studiekosten"), Study);
    }

    /// <summary>Under "Studiekosten en studieverlof", time for e-learning counted as working time is time, not costs (title-only off-topic time-only).</summary>
    [Fact]
    public void Elearning_time_counted_as_working_time_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("4. De tijd die gemiddeld nodig is voor een e-learning module, voor zover het om functiegerichte scholing gaat, wordt als werktijd aangemerkt.", "Studiekosten en studieverlof", "Opleiding en ontwikkeling"), Study);
    }

    /// <summary>A lead-in that announces the regulation below ("geldt de volgende regeling") arranges nothing itself (title-only off-topic lead-in).</summary>
    [Fact]
    public void A_lead_in_under_a_study_costs_title_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("Als de werkgever een bepaalde cursus voor de huidige functie nodig vindt, geldt de volgende regeling.", "Opleiding op verzoek van de werkgever", "Vergoeding van studiekosten"), Study);
    }

    /// <summary>Costs repaid "in tijd en geld" and a lid with a cost sentence beside a time sentence keep the label from the title.</summary>
    [Theory]
    [InlineData("5. De kosten van door de werkgever verplicht gestelde scholing word en volledig in tijd en geld vergoed.")]
    [InlineData("a. De opleiding wordt buiten werktijd gevolgd. De werkgever neemt de helft van de kosten voor zijn rekening.")]
    public void A_lid_about_costs_under_a_study_costs_title_keeps_its_label(string text)
    {
        Assert.Contains(Classify(text, "Opleiding op verzoek van de werknemer", "Vergoeding van studiekosten"), Study);
    }
}
