using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.23.1 (session 18, issue 11, helper prec18a): LLO.WERKEND_LEREN judged wrong on a function profile of a practical
/// supervisor. In our own words (never real cao text).
/// </summary>
public class WerkendLerenTests18
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        new ClauseClassifier().Classify(new ClauseInput(text, title, parent));

    [Theory]
    [InlineData("De praktijkbegeleider richt zich op de vakinhoudelijke begeleiding van teamleden en werkt nauw samen met de leidinggevende.", "Binnen welke kaders ben ik werkzaam? (Context)", "Praktijkbegeleider")]
    [InlineData("• Hbo werk- en denkniveau.\n• Kennis van de werkvelden waarin de praktijkbegeleider actief is.", "Welke kennis heb ik nodig om de resultaten te behalen?", "Praktijkbegeleider")]
    public void A_function_profile_of_a_practical_supervisor_is_no_werkend_leren(string text, string title, string parent)
    {
        Assert.DoesNotContain(Classify(text, title, parent), l => l.Code == "LLO.WERKEND_LEREN");
    }

    [Fact]
    public void A_learner_contract_for_the_length_of_the_training_stays_werkend_leren()
    {
        var labels = Classify("c. Met een student in de beroepsbegeleidende leerweg sluit de werkgever een leerarbeidsovereenkomst voor de duur van de opleiding, met begeleiding door een praktijkopleider.", "Arbeidsovereenkomst");
        Assert.Contains(labels, l => l.Code == "LLO.WERKEND_LEREN");
    }
}
