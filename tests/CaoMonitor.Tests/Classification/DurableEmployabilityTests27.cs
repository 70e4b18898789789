using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.03.0 (session 27, issue 11 items 4 and 8, helper di27): the coordinator's decision on LLO.DUURZAME_INZETBAARHEID. A clause
/// under an article title about duurzame inzetbaarheid (or levensfasebewust beleid), or under such a chapter title where the article's
/// own title names no subject, that itself arranges development for the worker (training, a development plan, agreements on courses)
/// is a DI arrangement that can serve development: it gets DI next to its specific category. A DI article clause that arranges only
/// non-development things, the parties' own plans and a talk that only discusses development do not. In our own words.
/// </summary>
public class DurableEmployabilityTests27
{
    const string DI = "LLO.DUURZAME_INZETBAARHEID";

    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    static bool Has(IReadOnlyList<Label> labels, string code) => labels.Any(l => l.Code == code);

    /// <summary>Training the employer must offer, under a DI article title, is DI (next to what else it is).</summary>
    [Fact]
    public void Training_the_employer_offers_under_a_DI_title_is_DI()
    {
        Assert.True(Has(Classify("Werknemers met minstens een jaar dienstverband worden op hun verzoek in staat gesteld een opleiding te volgen die past bij hun functie.", "Duurzame inzetbaarheid", null), DI));
        Assert.True(Has(Classify("2. Waar nodig maken werkgever en werknemer afspraken over opleidingen die de werknemer ook op latere leeftijd inzetbaar houden.", "Ontwikkeling en duurzame inzetbaarheid", null), DI));
        Assert.True(Has(Classify("De werkgever biedt iedere werknemer jaarlijks een training aan op het gebied van zijn vak.", "Levensfasebewust personeelsbeleid", null), DI));
    }

    /// <summary>The same training wording without a DI title stays its specific category only (rules 1.13: DI needs an arrangement).</summary>
    [Fact]
    public void Training_without_a_DI_title_is_not_DI()
    {
        Assert.False(Has(Classify("Werknemers met minstens een jaar dienstverband worden op hun verzoek in staat gesteld een opleiding te volgen die past bij hun functie.", "Scholing", null), DI));
    }

    /// <summary>Under a DI title, a clause with only non-development things (senior days, a vitality scan) is no DI arrangement.</summary>
    [Fact]
    public void Non_development_provisions_under_a_DI_title_are_not_DI()
    {
        Assert.False(Has(Classify("Werknemers van 60 jaar en ouder hebben recht op twee extra vrije dagen per jaar.", "Duurzame inzetbaarheid", null), DI));
        Assert.False(Has(Classify("De werkgever laat het rooster van oudere werknemers zoveel mogelijk aansluiten bij hun wensen.", "Duurzame inzetbaarheid", null), DI));
    }

    /// <summary>The parties' own plans ("partijen stimuleren scholing") and a talk that only discusses training arrange nothing for the
    /// worker (rule di-title-arranges-development, unless).</summary>
    [Fact]
    public void Parties_plans_and_a_talk_that_only_discusses_training_are_not_DI()
    {
        Assert.False(Has(Classify("Cao-partijen onderzoeken hoe werknemers langer inzetbaar blijven en stimuleren daarbij scholing.", "Duurzame inzetbaarheid", null), DI));
        Assert.False(Has(Classify("Werkgever en werknemer gaan jaarlijks met elkaar in gesprek over functioneren en de behoefte aan scholing.", "Gezondheid", "Duurzame inzetbaarheid"), DI));
    }

    /// <summary>An employability title alone does not make training DI: readers rejected it (szw-243, szw-748 style).</summary>
    [Fact]
    public void An_employability_title_alone_does_not_make_training_DI()
    {
        Assert.False(Has(Classify("De werknemer kan eens in de vijf jaar een tegemoetkoming aanvragen voor de kosten van een opleiding.", "Employability en loopbaanadvies", null), DI));
    }

    /// <summary>Only the article's own title counts, not the chapter's (rules 2.03.1): required function training under "Bijscholing" in a
    /// DI chapter is not DI (judge-1 n8).</summary>
    [Fact]
    public void A_DI_chapter_title_does_not_make_training_DI()
    {
        Assert.False(Has(Classify("De werkgever vergoedt de kosten van een opleiding die de werknemer in overleg volgt.", "Studiekosten", "Duurzame inzetbaarheid"), DI));
        Assert.False(Has(Classify("De werknemer is verplicht de bijscholing te volgen die nodig is voor zijn functie.", "Bijscholing", "Duurzame inzetbaarheid"), DI));
    }

    /// <summary>A working group's study, an amount employers reserve for training and examples ("Denk aan") arrange no DI (judge-1 n6, n12).</summary>
    [Fact]
    public void A_working_group_or_a_reserved_training_amount_is_not_DI()
    {
        Assert.False(Has(Classify("Binnen de werkgroep wordt bekeken welke instrumenten zoals een loopbaanscan de werknemers kunnen helpen.", "Werkgroep scholing en duurzame inzetbaarheid", null), DI));
        Assert.False(Has(Classify("Daarnaast reserveren werkgevers jaarlijks een bedrag voor de kosten van scholing van hun werknemers.", "Duurzame inzetbaarheid: projecten", null), DI));
    }
}
