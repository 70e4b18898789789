using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.16.9 (session 14, issue 11 requirement 2: recall): two wording classes the rules missed, in our own words (never real
/// cao text), each with counter-cases that stay unlabelled.
/// </summary>
public class RecallTests14
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        new ClauseClassifier().Classify(new ClauseInput(text, title, parent));

    // --- LLO.FONDS: a sector's arbeidsmarkt- en opleidingsfonds named by its short name A+O / A&O (without the word "fonds")
    //     as the body that pays, reimburses or finances something. ---

    [Theory]
    [InlineData("Voor iedere deelnemer vergoedt A+O de helft van de cursuskosten, tot ten hoogste € 1.500.", "Cursussen")]
    [InlineData("Werknemers die hun baan verliezen krijgen een loopbaanadvies; A&O betaalt de kosten daarvan.", "Loopbaanadvies")]
    public void The_sector_body_A_en_O_that_pays_is_a_fund(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.FONDS");
    }

    [Theory]
    [InlineData("Op initiatief van A+O is een handreiking over werkdruk opgesteld.", "Werkdruk")]
    [InlineData("De afdeling A&O plant de diensten van de medewerkers in.", "Roosters")]
    public void A_en_O_that_pays_nothing_is_no_fund_provision(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.FONDS");
    }

    // --- VWNW.TRAJECT: study or training toward the acceptance of (appointment to) another job, for a worker whose job is at
    //     risk (herplaatsingskandidaat, boventallig, met ontslag bedreigd): a step of the way to other work. ---

    [Theory]
    [InlineData("Een herplaatsingskandidaat die een studie volgt gericht op zijn benoeming in een nieuwe functie, krijgt de studiekosten volledig vergoed.", "Studiefaciliteiten")]
    [InlineData("Volgt een boventallige werknemer een opleiding die bijdraagt aan de aanvaarding van een andere functie, dan draagt de werkgever de kosten.", "Boventalligheid")]
    public void Study_toward_another_job_for_a_worker_at_risk_is_a_traject(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "VWNW.TRAJECT");
    }

    [Fact]
    public void Study_toward_another_job_without_any_risk_to_the_job_is_no_traject()
    {
        Assert.DoesNotContain(Classify("Een werknemer die een opleiding volgt gericht op zijn benoeming in een andere functie, krijgt de studiekosten vergoed.", "Studiefaciliteiten"),
            l => l.Code == "VWNW.TRAJECT");
    }
}
