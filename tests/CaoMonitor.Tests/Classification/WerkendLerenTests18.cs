using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.23.1 (session 18, issue 11, helper prec18a): LLO.WERKEND_LEREN judged wrong on a function profile of a practical
/// supervisor. In our own words (never real cao text).
/// </summary>
public class WerkendLerenTests18
{
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

    // --- Rules 1.24.5: "voor zover van toepassing" / "indien van toepassing" is a condition, not a reference elsewhere (global
    //     neutral cue); who sits on a committee arranges no learning. ---

    [Fact]
    public void As_far_as_applicable_is_no_reference()
    {
        var labels = Classify("c. De levensfasevoorziening is bestemd voor loopbaangerichte scholing, extra verlof of, voor zover van toepassing, een storting in een spaarregeling.", "Levensfasebudget");
        Assert.NotEqual(Strength.Verwijzing, Assert.Single(labels, l => l.Code == "LLO.DUURZAME_INZETBAARHEID").Strength);
    }

    [Fact]
    public void A_regulation_declared_applicable_stays_a_reference()
    {
        var labels = Classify("Op de stagiair in de beroepspraktijkvorming is de stageregeling van bijlage 6 van toepassing.", "Stagiairs");
        Assert.Equal(Strength.Verwijzing, Assert.Single(labels, l => l.Code == "LLO.WERKEND_LEREN").Strength);
    }

    [Fact]
    public void The_composition_of_an_internship_committee_is_no_werkend_leren()
    {
        var text = "• Deze regeling is opgesteld op advies van de stagecommissie.\n• De stagecommissie bestaat uit vertegenwoordigers van de brancheorganisatie, een stichting voor mbo- en hbo-studenten en twee hogescholen.";
        Assert.DoesNotContain(Classify(text, "Stagecommissie", "Stageregeling"), l => l.Code == "LLO.WERKEND_LEREN");
    }
}
