using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.97.1 (session 25, helper di25). Two more kinds of LLO.DUURZAME_INZETBAARHEID label the judges called wrong:
/// the summary of a negotiation result that introduces a life-phase budget among the other agreed points (the budget is
/// arranged in its own article), and personal budget hours that the worker spends on his assigned work, with the worker
/// telling in the talk cycle how he uses them (the budget's mechanics, rules 1.70.1). In our own words (never real cao
/// text); each negative case was labelled by rules 1.97.0.
/// </summary>
public class DurableEmployabilityTests25
{
    const string Di = "LLO.DUURZAME_INZETBAARHEID";

    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    const string NegotiationSummary =
        "Onderhandelaarsakkoord cao Glaszetbedrijven\n1 april 2025 tot en met 31 maart 2027\n" +
        "Ondergetekenden, partijen bij de cao Glaszetbedrijven, hebben overeenstemming bereikt over de verlenging van de cao. Zij hebben de volgende afspraken gemaakt.\n\n" +
        "Lonen\nDe lonen stijgen per 1 april 2025 met 3%.\n\n" +
        "Invoering levensfasebudget\nPer 1 januari 2026 kent de cao een regeling voor een persoonlijk levensfasebudget. Deze houdt in dat de werknemer jaarlijks een levensfasebudget van 16 uren ontvangt. " +
        "Denk hierbij aan het opstellen van een scholingsplan of het nemen van extra verlof in het kader van duurzame inzetbaarheid.";

    /// <summary>A negotiation result's summary that introduces a DI budget among other points is no DI provision.</summary>
    [Fact]
    public void A_negotiation_result_summary_is_no_di_provision()
    {
        Assert.DoesNotContain(Classify(NegotiationSummary, "Preambule"), l => l.Code == Di);
    }

    /// <summary>The same budget in its own article keeps the label.</summary>
    [Fact]
    public void The_budget_in_its_own_article_keeps_the_label()
    {
        var text = "1. De werknemer ontvangt jaarlijks een persoonlijk levensfasebudget van 16 uren. Hij kan het budget inzetten voor scholing en ontwikkeling of voor extra verlof.";
        Assert.Contains(Classify(text, "Persoonlijk levensfasebudget"), l => l.Code == Di);
    }

    /// <summary>Personal budget hours spent on the worker's assigned work, and the worker telling how he uses them, are the
    /// budget's mechanics (rules 1.70.1), also where "ontwikkeling" names the development of the teaching.</summary>
    [Fact]
    public void Budget_hours_for_assigned_work_are_no_di_provision()
    {
        var text = "4. Het persoonlijk budget wordt door de docent aangewend voor het verrichten van niet-roosterbare werkzaamheden die behoren tot zijn opgedragen taken ten behoeve van de ontwikkeling van het onderwijs. " +
                   "In het jaargesprek geeft de docent aan hoe hij het persoonlijk budget gaat inzetten.";
        Assert.DoesNotContain(Classify(text, "Aanwending", "Duurzame inzetbaarheid"), l => l.Code == Di);
    }

    /// <summary>How the worker chooses what he spends the hours on is the budget's mechanics (rules 1.70.1).</summary>
    [Theory]
    [InlineData("2. De werknemer bepaalt na overleg met zijn leidinggevende voor welke activiteiten hij zijn persoonlijk budget inzet.")]
    [InlineData("3. In het jaargesprek geeft de werknemer aan hoe hij het persoonlijk budget gaat inzetten.")]
    public void Choosing_what_to_spend_the_hours_on_is_no_di_provision(string text)
    {
        Assert.DoesNotContain(Classify(text, "Aanwending", "Duurzame inzetbaarheid"), l => l.Code == Di);
    }

    /// <summary>Budget hours the worker may spend on his own training keep the label.</summary>
    [Fact]
    public void Budget_hours_for_training_keep_the_label()
    {
        var text = "4. De werknemer kan zijn DI-uren aanwenden voor scholing, een loopbaanadvies of extra verlof ter bevordering van zijn duurzame inzetbaarheid.";
        Assert.Contains(Classify(text, "Aanwending", "Duurzame inzetbaarheid"), l => l.Code == Di);
    }
}
