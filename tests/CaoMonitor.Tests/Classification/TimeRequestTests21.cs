using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.41.4 (session 21, issue 11, helper prec21a, fourth batch, written as 1.41.3): LLO.TIJD takes the off-topic rule payment-administration of
/// LLO.STUDIEKOSTEN, LLO.FONDS and LLO.WERKEND_LEREN (rules 1.30.0): a request that states the course, the training time and the costs
/// ("onder vermelding van") is procedure, not time for learning (judged wrong in the 2022 census). In our own words (never real cao
/// text); the negative case was labelled by rules 1.41.2, the positive case keeps its label.
/// </summary>
public class TimeRequestTests21
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    /// <summary>What the written request must state (off-topic payment-administration).</summary>
    [Fact]
    public void What_a_request_must_state_is_no_learning_time()
    {
        Assert.DoesNotContain(Classify("a. Wil een werknemer een loopbaangerichte cursus volgen, dan meldt hij dat schriftelijk aan de werkgever onder vermelding van de cursus, de opleidingstijd en de kosten.", "Scholing"), l => l.Code == "LLO.TIJD");
    }

    /// <summary>Training days in working time beside the request stay time for learning.</summary>
    [Fact]
    public void Training_days_beside_the_request_stay_learning_time()
    {
        Assert.Contains(Classify("b. De werknemer heeft recht op twee opleidingsdagen per jaar met behoud van loon. Hij vraagt ze schriftelijk aan onder vermelding van de cursus en de opleidingstijd.", "Scholing"), l => l.Code == "LLO.TIJD");
    }
}
