using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.10.x (session 30, issue 11 item 1, helper wl30): LLO.WERKEND_LEREN precision. The kinds come from independent judges'
/// verdicts on fresh WERKEND_LEREN samples of the 2024 and 2022x stores (session 30 judge-1) and from the verdicts of earlier
/// sessions on labels still in the store. Each negative case has a positive twin that differs only in the off-topic wording, so the
/// trigger is shown to fire. In our own words, never real cao text.
/// </summary>
public class WerkendLerenPrecisionTests30
{
    const string WL = "LLO.WERKEND_LEREN";

    static bool Has(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent).Any(l => l.Code == WL);

    /// <summary>staffing-deployment: when a student may be counted in the staffing (formatief inzetten) is a staffing rule, not a
    /// learning arrangement (judged wrong four times, both years).</summary>
    [Fact]
    public void Counting_a_student_in_the_staffing_is_no_werkend_leren()
    {
        Assert.False(Has("Dan mag de werkgever de bbl-student met een leerarbeidsovereenkomst formatief inzetten."));
        Assert.True(Has("Dan krijgt de bbl-student met een leerarbeidsovereenkomst begeleiding van een praktijkopleider."));
    }

    /// <summary>other-than-work-based-route: a sentence about a course "anders dan de bbl" or "anders dan de duale leerroute" is
    /// about the other routes, not about learning while working.</summary>
    [Fact]
    public void A_course_other_than_the_bbl_is_no_werkend_leren()
    {
        Assert.False(Has("Deze regeling geldt voor een student die een mbo-opleiding anders dan de beroepsbegeleidende leerweg volgt."));
        Assert.True(Has("Deze regeling geldt voor een student die een mbo-opleiding in de beroepsbegeleidende leerweg volgt."));
    }

    /// <summary>contract-boilerplate: an incorporation clause ("op deze arbeidsovereenkomst is de cao van toepassing"), a statement
    /// of principle ("hebben een onderwijsfunctie"), recitals ("overwegende dat") and a residual clause ("in alle gevallen waarin
    /// deze overeenkomst niet voorziet") of a model learning or internship agreement arrange no learning (rules 1.99.0). (Recitals, "overwegende dat", are in the rule
    /// too: judged wrong once on a model LIO agreement; no short text of our own was labelled by the start rules.)</summary>
    [Theory]
    [InlineData("Op deze leerarbeidsovereenkomst is de cao voor de sector van toepassing, ook met latere wijzigingen van die cao.")]
    [InlineData("De werkzaamheden van de stagiair bij het leerbedrijf hebben een onderwijsfunctie.")]
    [InlineData("In alle gevallen waarin deze overeenkomst niet voorziet, beslissen het leerbedrijf en de onderwijsinstelling over de stageplaats in overleg.")]
    public void Boilerplate_of_a_model_agreement_is_no_werkend_leren(string text)
    {
        Assert.False(Has(text));
    }

    [Fact]
    public void An_article_of_a_model_agreement_that_arranges_guidance_stays()
    {
        Assert.True(Has("De stagebieder wijst voor de stagiair een praktijkbegeleider aan die de stagiair tijdens de stage begeleidt."));
    }

    /// <summary>payment-schedule: when a fund pays its subsidies (on declaration, at the end of each semester) is payment
    /// administration (rules 1.30.0; judged wrong three times, both years).</summary>
    [Fact]
    public void When_a_fund_pays_a_bbl_subsidy_is_administration()
    {
        Assert.False(Has("2. De bbl-subsidies voor leerlingen in de beroepsbegeleidende leerweg worden op declaratiebasis vergoed aan het eind van elk semester, op basis van de gevolgde opleidingsweken."));
        Assert.False(Has("Ook voor de volgende regelingen worden de kosten op declaratiebasis vergoed:\n- bbl-subsidies voor leerlingen in de beroepsbegeleidende leerweg (bbl): aan het eind van elk semester op basis van de daadwerkelijk gevolgde opleidingsweken;\n- subsidies voor vakopleidingen.", "Werkwijze"));
        Assert.True(Has("Het fonds verstrekt de werkgever een BBL-subsidie van € 1.000 per leerling per opleidingsjaar."));
    }

    /// <summary>breach-or-no-subsidy: the case in which the employer has no right to the learner subsidy (the school finds that the
    /// employer does not keep to the practical-training agreement) arranges nothing (judged wrong eight times, both years).</summary>
    [Fact]
    public void No_right_to_the_subsidy_after_a_breach_is_no_werkend_leren()
    {
        Assert.False(Has("In de volgende situatie heeft de werkgever geen recht op de subsidie:\n- De onderwijsinstelling stelt vast dat de werkgever zich niet houdt aan de afspraken in de beroepspraktijkvormingsovereenkomst."));
    }

    /// <summary>diploma-subsidy and diploma-bonus-paid: a fund's "diplomasubsidie" reimburses the bonus paid to a learner at the
    /// diploma, which is pay (rules 1.70.0, 1.90.2), also when the subsidy is paid to the last training company.</summary>
    [Fact]
    public void A_diploma_subsidy_for_the_training_company_is_pay()
    {
        Assert.False(Has("Heeft de leerling bij meer leerbedrijven gewerkt, dan wordt de diplomasubsidie uitgekeerd aan:\n- het leerbedrijf waar de leerling het laatste half jaar in dienst was."));
        Assert.False(Has("Rondt de werknemer de bbl-opleiding af, dan betaalt de werkgever bij wie hij de opleiding volgde op het moment dat hij het diploma behaalt een eenmalige diplomabonus van € 500."));
    }

    /// <summary>job-entry-requirement: days of schooling a worker must have had before doing the work is a job requirement
    /// (rules 1.90.2; judged wrong five times).</summary>
    [Fact]
    public void Schooling_required_before_the_work_is_a_job_requirement()
    {
        Assert.False(Has("De werknemer met een praktijkovereenkomst moet, alvorens beveiligingswerkzaamheden uit te voeren, ten minste tien dagen onderwijs in de bbl-opleiding hebben gevolgd."));
        Assert.True(Has("De werknemer met een praktijkovereenkomst volgt één dag per week onderwijs in de bbl-opleiding met behoud van loon."));
    }

    /// <summary>scope-of-regulation: whose legal position an internship regulation governs and when it is in force say who it
    /// covers (a definition, rules 1.41.0; judged wrong twice).</summary>
    [Fact]
    public void The_scope_of_an_internship_regulation_is_no_werkend_leren()
    {
        Assert.False(Has("De stageregeling regelt de rechtspositie van de persoon die:\n- studeert aan een roc of hogeschool, en\n- in het kader van zijn opleiding een periode van praktisch werken doorbrengt in een bedrijf.", "Stageregeling"));
        Assert.False(Has("De stageregeling voor mbo-stagiairs met een stageplaats in de bouw geldt van 1 augustus 2024 tot en met 31 juli 2025."));
    }

    /// <summary>expected-effect: "wordt het vak aantrekkelijker" explains what a measure should bring (a mention in a pilot's
    /// expected results), it arranges no BBL route (judged wrong twice).</summary>
    [Fact]
    public void An_expected_effect_is_no_werkend_leren()
    {
        Assert.False(Has("Samen met het aanbieden van een bbl-traject naar een mbo-diploma wordt het beroep van monteur aantrekkelijker."));
    }

    /// <summary>Rules 2.10.1, blocker routes-distinguished: a lid that opens "De volgende mogelijkheden kunnen worden onderscheiden" and
    /// lists kinds of schooling (a roc, a bbl institution) describes the routes, it arranges none (judged wrong three times).</summary>
    [Fact]
    public void A_list_of_routes_that_are_distinguished_is_no_werkend_leren()
    {
        Assert.False(Has("2. De volgende mogelijkheden kunnen worden onderscheiden.\n2.1. Een opleiding aan een roc.\n2.2. Een andere onderwijsinstelling in de beroepsbegeleidende leerweg (bbl)."));
    }

    /// <summary>Rules 2.10.1, off-topic executed-by-or-ask-there: who carries out a regulation and where to ask about it is
    /// information, not a learning arrangement (judged wrong twice, the other category's regulation).</summary>
    [Fact]
    public void Who_runs_a_regulation_and_where_to_ask_is_no_werkend_leren()
    {
        Assert.False(Has("Deze regeling wordt uitgevoerd door het opleidingscentrum van de branche. Informeer aan het begin van je opleiding bij het opleidingscentrum naar de regeling.", "Leerlingen"));
    }
}
