using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.97.0 (session 24, helper di24; branch for the next session, not landed). LLO.DUURZAME_INZETBAARHEID needs
/// development as a (possible) use, or a DI budget or hours scheme itself. Three sentence kinds that judges called wrong
/// name a DI budget or hours but arrange no development: hours that depend on age (rules 1.28.0), the worker's plan for
/// using the budget (rules 1.24.4) and unused budget that lapses (rules 1.22.1). Each is an off-topic sentence unless the
/// sentence names development, so a clause with another DI sentence keeps its label. In our own words (never real cao
/// text); each negative case was labelled by rules 1.95.2.
/// </summary>
public class DurableEmployabilityTests24
{
    const string Di = "LLO.DUURZAME_INZETBAARHEID";

    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    /// <summary>Extra DI hours from an age on, with no development named, are a senior scheme (rules 1.28.0).</summary>
    [Theory]
    [InlineData("2 Wie de AOW-gerechtigde leeftijd min acht jaar heeft bereikt en zes jaar in dienst is bij de instelling, heeft jaarlijks recht op 30 extra DI-uren.")]
    [InlineData("3. De werknemer van 58 jaar en ouder krijgt jaarlijks een aanvullend inzetbaarheidsbudget van 100 uur ten behoeve van zijn duurzame inzetbaarheid.")]
    [InlineData("4. Vanaf de leeftijd van 59 jaar ontvangt de werknemer jaarlijks 24 extra inzetbaarheidsuren.")]
    public void Age_linked_di_hours_without_development_are_no_di_provision(string text)
    {
        Assert.DoesNotContain(Classify(text), l => l.Code == Di);
    }

    /// <summary>The same age-linked hours with development as a use keep the label.</summary>
    [Fact]
    public void Age_linked_di_hours_for_training_keep_the_label()
    {
        var text = "3. De werknemer van 58 jaar en ouder krijgt jaarlijks een aanvullend inzetbaarheidsbudget van 100 uur, dat hij ook voor scholing en ontwikkeling kan inzetten.";
        Assert.Contains(Classify(text), l => l.Code == Di);
    }

    /// <summary>A clause with a plain DI hours budget keeps the label although another sentence is about older workers.</summary>
    [Fact]
    public void A_di_hours_budget_beside_an_age_sentence_keeps_the_label()
    {
        var text = "Aan nieuwe docenten wordt naast de 30 uur voor duurzame inzetbaarheid een extra duurzaamheidsbudget toegekend van 30 uur per jaar. " +
                   "De werknemer van 58 jaar en ouder heeft jaarlijks recht op een extra budget van 100 uur ten behoeve van duurzame inzetbaarheid.";
        Assert.Contains(Classify(text), l => l.Code == Di);
    }

    /// <summary>The worker's plan for using the budget, with no development named, is the budget's mechanics (rules 1.24.4).</summary>
    [Theory]
    [InlineData("3. De werknemer stelt ieder jaar een plan op voor de besteding van zijn levensfasebudget ter bevordering van zijn duurzame inzetbaarheid.")]
    [InlineData("2. De medewerker maakt ieder jaar een plan voor het gebruik van zijn levensfasebudget ter versterking van zijn duurzame inzetbaarheid.")]
    public void A_plan_for_using_the_budget_is_no_di_provision(string text)
    {
        Assert.DoesNotContain(Classify(text), l => l.Code == Di);
    }

    /// <summary>A plan for using the budget on development keeps the label.</summary>
    [Fact]
    public void A_plan_for_using_the_budget_on_training_keeps_the_label()
    {
        var text = "3. De werknemer stelt ieder jaar een plan op voor de besteding van zijn levensfasebudget aan opleiding en ontwikkeling ter bevordering van zijn duurzame inzetbaarheid.";
        Assert.Contains(Classify(text), l => l.Code == Di);
    }

    /// <summary>Unused DI budget that lapses arranges nothing (rules 1.22.1).</summary>
    [Fact]
    public void Unused_di_budget_that_lapses_is_no_di_provision()
    {
        var text = "3 Je kunt je DI-budget maximaal vier jaar opsparen. Niet gebruikt DI-budget uit het eerste jaar vervalt in het vijfde jaar.";
        Assert.DoesNotContain(Classify(text), l => l.Code == Di);
    }

    /// <summary>A plain DI budget or DI hours scheme stays a DI provision (the judges' standing view, rules 1.13).</summary>
    [Theory]
    [InlineData("1. De werknemer heeft recht op een persoonlijk budget ten behoeve van zijn duurzame inzetbaarheid.")]
    [InlineData("2 De werknemer met een volledige aanstelling heeft jaarlijks een basisrecht van 40 DI-uren.")]
    public void A_plain_di_budget_stays_a_di_provision(string text)
    {
        Assert.Contains(Classify(text), l => l.Code == Di);
    }
}
