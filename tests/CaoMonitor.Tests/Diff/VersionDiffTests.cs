using CaoMonitor.Classification;
using CaoMonitor.Diff;
using CaoMonitor.Domain;

namespace CaoMonitor.Tests.Diff;

/// <summary>Article matching by content and the provision changes, on articles written here (fictional text).</summary>
public class VersionDiffTests
{
    private static long _ids;

    private static DiffArticle A(string number, string title, string body, params StoredLabel[] labels)
    {
        var text = $"§ {number} {title}\n{body}";
        return VersionDiff.Article(new Clause(ClauseKind.Article, number, title, "§ " + number, 0, text.Length, 1, 1, text) { Id = ++_ids }, labels);
    }

    private static StoredLabel L(string code, string strength, decimal? amount = null, string? period = null, long clause = 1) =>
        new(clause, code, strength, 0.9, amount, period, null, null, null, [], "classifier", null);

    private const string Werktijd = "De werknemer kan de opleiding volgen in werktijd. De werkgever stelt daarvoor tijd beschikbaar na overleg over het rooster.";
    private const string Budget = "Partijen streven ernaar dat iedere werknemer een ontwikkelbudget krijgt voor scholing en opleiding. Het budget kan worden besteed aan cursussen die bijdragen aan de loopbaan.";
    private const string NewBudget = "Iedere werknemer heeft recht op een individueel scholingsbudget van € 300 per jaar. Het budget kan worden besteed aan cursussen en opleiding die bijdragen aan de loopbaan.";
    private const string Loopbaan = "De werkgever voert een loopbaanbeleid waarin aandacht is voor de inzetbaarheid van oudere werknemers en de doorstroom naar andere functies binnen het bedrijf.";
    private const string Vakantie = "De werknemer heeft recht op vijfentwintig vakantiedagen per kalenderjaar bij een volledig dienstverband.";

    [Fact]
    public void ARenumberedArticleFindsItsSuccessorByContentNotByItsOldNumber()
    {
        // Old § 22 "Ontwikkelbudget" becomes § 23 "Individueel scholingsbudget"; the new § 22 is a different article that took the number.
        var old = new List<DiffArticle> { A("20", "Vakantie", Vakantie), A("21", "Scholing in werktijd", Werktijd), A("22", "Ontwikkelbudget", Budget) };
        var now = new List<DiffArticle> { A("20", "Vakantie", Vakantie), A("21", "Scholing in werktijd", Werktijd), A("22", "Loopbaanbeleid", Loopbaan), A("23", "Individueel scholingsbudget", NewBudget) };
        var pairs = VersionDiff.Match(old, now);
        ArticlePair Of(string newNumber) => pairs.Single(p => p.New?.Number == newNumber);
        Assert.Equal("22", Of("23").Old?.Number);
        Assert.Equal(ArticleChange.Changed, Of("23").Change);
        Assert.Null(Of("22").Old);
        Assert.Equal(ArticleChange.Added, Of("22").Change);
        Assert.Equal(ArticleChange.Unchanged, Of("20").Change);
        Assert.Equal(4, pairs.Count);
    }

    [Fact]
    public void RenumberingAloneIsNotAChangeOfContent()
    {
        var old = new List<DiffArticle> { A("3", "Vakantie", Vakantie), A("4", "Scholing in werktijd", Werktijd), A("5", "Vervallen regeling", Loopbaan) };
        var now = new List<DiffArticle> { A("1", "Nieuwe definities", "In deze cao wordt verstaan onder werkgever: de onderneming die partij is."), A("4", "Vakantie", Vakantie), A("5", "Scholing in werktijd", Werktijd) };
        var pairs = VersionDiff.Match(old, now);
        Assert.Equal(ArticleChange.Renumbered, pairs.Single(p => p.New?.Number == "4").Change);
        Assert.Equal("3", pairs.Single(p => p.New?.Number == "4").Old?.Number);
        Assert.Equal(ArticleChange.Renumbered, pairs.Single(p => p.New?.Number == "5").Change);
        Assert.Equal(ArticleChange.Added, pairs.Single(p => p.New?.Number == "1").Change);
        var removed = Assert.Single(pairs, p => p.New is null);
        Assert.Equal("5", removed.Old!.Number);
        Assert.Equal(ArticleChange.Removed, removed.Change);
        // Whitespace and line breaks alone are no change either.
        var reflowed = VersionDiff.Match([A("3", "Vakantie", Vakantie)], [A("3", "Vakantie", Vakantie.Replace(" per ", "\nper  "))]);
        Assert.Equal(ArticleChange.Unchanged, reflowed.Single().Change);
    }

    [Fact]
    public void ProvisionChangesNameStrengthAmountAndPeriodPerCategory()
    {
        var before = new[]
        {
            L("LLO.BUDGET", "inspanning", clause: 10), L("VWNW.LOOPBAAN", "recht", clause: 11), L("LLO.TIJD", "recht", 16, "per jaar", clause: 12),
            L("LLO.STUDIEKOSTEN", "recht", 500, "per jaar", clause: 13), L("LLO.FONDS", "verwijzing", clause: 14), L("LLO.FONDS", "verwijzing", clause: 15),
        };
        var after = new[]
        {
            L("LLO.BUDGET", "recht", 300, "per jaar", clause: 20), L("LLO.TIJD", "recht", 16, "per twee jaar", clause: 22),
            L("LLO.STUDIEKOSTEN", "recht", 750, "per jaar", clause: 23), L("LLO.FONDS", "verwijzing", clause: 24), L("VWNW.INTERN", "inspanning", clause: 25),
        };
        var changes = VersionDiff.ProvisionChanges(before, after);
        string Of(string code) => string.Join(",", changes.Where(c => c.Code == code).Select(c => c.Change));
        Assert.Equal("strength,amount", Of("LLO.BUDGET"));
        var budget = changes.First(c => c.Code == "LLO.BUDGET");
        Assert.Equal(new ProvisionState("inspanning", null, null), budget.Before);
        Assert.Equal(new ProvisionState("recht", 300, "per jaar"), budget.After);
        Assert.Equal((10L, 20L), (budget.ClauseA!.Value, budget.ClauseB!.Value));
        Assert.Equal("removed", Of("VWNW.LOOPBAAN"));
        Assert.Null(changes.Single(c => c.Code == "VWNW.LOOPBAAN").ClauseB);
        Assert.Equal("added", Of("VWNW.INTERN"));
        Assert.Equal("period", Of("LLO.TIJD"));
        Assert.Equal("amount", Of("LLO.STUDIEKOSTEN"));
        Assert.Equal("", Of("LLO.FONDS")); // unchanged: not listed
        // VWNW categories first, in taxonomy order.
        Assert.Equal("VWNW.LOOPBAAN", changes[0].Code);
    }
}
