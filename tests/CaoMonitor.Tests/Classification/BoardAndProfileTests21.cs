using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.41.2 (session 21, issue 11, helper prec21a, third batch, written as 1.41.1): a training fund's board that decides each year which courses it
/// pays for, or weighs a request to recognise a course, regulates no fund or contribution (rule 1.22.2 for a board that sets maxima or
/// further rules, now for its decisions generally); a job profile in which the worker "kan worden ingezet bij het inwerken en de
/// opleiding van stagiaires" describes a task, not werkend leren. Both judged wrong in the 2022 census (the profile in 2024 too).
/// In our own words (never real cao text); each negative case was labelled by rules 1.41.0, the positive case keeps its label.
/// </summary>
public class BoardAndProfileTests21
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    /// <summary>The board's yearly decisions and its weighing of a recognition request (off-topic board-decides).</summary>
    [Theory]
    [InlineData("3. Het bestuur stelt ieder jaar vast:\na. voor welke opleidingen het O&O-fonds een vergoeding toekent;\nb. de hoogte van die vergoeding.")]
    [InlineData("1. Een opleider of werkgever kan het bestuur verzoeken een cursus aan te merken als erkende opleiding van het O&O-fonds.")]
    public void The_boards_decisions_are_no_fund_provision(string text)
    {
        Assert.DoesNotContain(Classify(text, "Erkende opleidingen", "Reglement O&O-fonds Wasserijen"), l => l.Code == "LLO.FONDS");
    }

    /// <summary>What the fund pays for stays a fund provision in the same regulation.</summary>
    [Fact]
    public void What_the_fund_pays_stays_a_fund_provision()
    {
        Assert.Contains(Classify("2. Het O&O-fonds vergoedt de werkgever de cursuskosten van een erkende opleiding tot € 750 per werknemer.", "Vergoeding", "Reglement O&O-fonds Wasserijen"), l => l.Code == "LLO.FONDS");
    }

    /// <summary>A line of a job profile: the worker can be deployed to introduce and train interns (off-topic job-profile-duty).</summary>
    [Fact]
    public void A_job_profile_task_with_interns_is_no_werkend_leren()
    {
        Assert.DoesNotContain(Classify("3.2 Kwaliteit\n• Houdt de eigen vakkennis bij en draagt bij aan de werkprotocollen van de praktijk;\n• Kan worden ingezet bij het inwerken en de opleiding van stagiaires en nieuwe collega's.", "3.2 Kwaliteit", "Doktersassistent, huisartsenpraktijk"), l => l.Code == "LLO.WERKEND_LEREN");
    }
}
