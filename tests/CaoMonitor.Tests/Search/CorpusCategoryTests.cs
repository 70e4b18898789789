using System.Globalization;
using CaoMonitor.Domain;
using CaoMonitor.Classification;
using CaoMonitor.Search;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Search;

/// <summary>The categorie: filter and the facets on the classified corpus store (issue 3, points 6 and 7).</summary>
public sealed class CorpusCategoryTests
{
    private static CorpusStore Corpus => CorpusStore.Shared;
    private Searcher Searcher => new(Corpus.Store);

    /// <summary>Every clause matching the query, all pages.</summary>
    private List<SearchHit> All(string query)
    {
        var hits = new List<SearchHit>();
        for (int page = 1; ; page++)
        {
            var r = Searcher.Search(new SearchRequest(query) { Size = Searcher.MaxPageSize, Page = page, Facets = false });
            hits.AddRange(r.Hits);
            if (r.Hits.Count < Searcher.MaxPageSize) return hits;
        }
    }

    private HashSet<long> Labelled(string code) => Corpus.Store.Query(
        $"SELECT DISTINCT clause_id FROM {LabelStore.EffectiveView} WHERE code = $c OR code LIKE $c || '.%'",
        r => r.GetInt64(0), ("$c", code)).ToHashSet();

    [Theory]
    [InlineData("budget", "LLO.BUDGET")]
    [InlineData("loopbaan", "VWNW")]
    [InlineData("opleiding OR scholing", "LLO")]
    public void CategorieKeepsExactlyTheMatchesCarryingTheLabel(string query, string code)
    {
        var labelled = Labelled(code);
        var expected = All(query).Where(h => labelled.Contains(h.ClauseId)).Select(h => h.ClauseId).Order().ToList();
        var filtered = All($"{query} categorie:{code}").Select(h => h.ClauseId).Order().ToList();
        Assert.NotEmpty(filtered);
        Assert.Equal(expected, filtered);
        // Codes are matched case-insensitively, and the request option does the same as the filter.
        Assert.Equal(filtered.Count, All($"{query} categorie:{code.ToLowerInvariant()}").Count);
        Assert.Equal(filtered.Count, Searcher.Search(new SearchRequest(query) { Category = code, Size = 1 }).Total);
    }

    [Fact]
    public void CategorieFindsTheGroundTruthProvisionAndMatchesWholeCodeSegmentsOnly()
    {
        var hits = Searcher.Search(new SearchRequest("budget categorie:LLO.BUDGET cao:metaal jaar:2025")).Hits;
        Assert.Contains(hits, h => h.VersionId == "metaal-2025" && h.Article.Contains("Art. 42", StringComparison.Ordinal));
        Assert.Empty(Searcher.Search(new SearchRequest("budget categorie:LLO.BUD")).Hits);
        // Excluding a category removes exactly its labelled clauses.
        var vwnw = Labelled("VWNW");
        var rest = All("loopbaan -categorie:VWNW");
        Assert.NotEmpty(rest);
        Assert.DoesNotContain(rest, h => vwnw.Contains(h.ClauseId));
        Assert.Equal(All("loopbaan").Count, rest.Count + All("loopbaan categorie:VWNW").Count);
    }

    [Theory]
    [InlineData("loopbaan")]
    [InlineData("scholing")]
    public void FacetsCountEveryMatch(string query)
    {
        var all = All(query);
        var r = Searcher.Search(new SearchRequest(query) { Size = 1 });
        var f = r.Facets!;
        Assert.Equal(all.Count, r.Total);
        Assert.Equal(all.Count, f.Sector.Sum(x => x.Count));
        Assert.Equal(all.Count, f.Type.Sum(x => x.Count));
        foreach (var t in f.Type) Assert.Equal(all.Count(h => h.Type == t.Value), t.Count);
        foreach (var s in f.Sector) Assert.Equal(all.Count(h => (h.Sector ?? "(onbekend)") == s.Value), s.Count);
        foreach (var y in f.Year)
            Assert.Equal(all.Count(h => Years(h.Start, h.End).Contains(int.Parse(y.Value))), y.Count);

        // Category facet: distinct matching clauses per code, as the label view has them.
        Assert.NotNull(f.Category);
        Assert.NotEmpty(f.Category!);
        var ids = all.Select(h => h.ClauseId).ToHashSet();
        foreach (var c in f.Category!)
        {
            var withCode = Corpus.Store.Query($"SELECT DISTINCT clause_id FROM {LabelStore.EffectiveView} WHERE code = $c",
                rr => rr.GetInt64(0), ("$c", c.Value));
            Assert.Equal(withCode.Count(ids.Contains), c.Count);
        }
    }

    private static IEnumerable<int> Years(string? start, string? end) =>
        InForce.Years(start is null ? null : DateOnly.Parse(start, CultureInfo.InvariantCulture), end is null ? null : DateOnly.Parse(end, CultureInfo.InvariantCulture));

    [Fact]
    public void YearTypeAndSectorFiltersHoldForEveryHit()
    {
        var y2026 = All("opleiding jaar:2026");
        Assert.NotEmpty(y2026);
        Assert.All(y2026, h => Assert.Contains(2026, Years(h.Start, h.End)));
        Assert.Contains(y2026, h => h.VersionId == "horeca-2026");
        Assert.DoesNotContain(y2026, h => h.VersionId == "metaal-2023");

        var company = All("opleiding type:company");
        Assert.NotEmpty(company);
        Assert.All(company, h => Assert.Equal("company", h.Type));

        var bouw = All("opleiding sector:bouw");
        Assert.NotEmpty(bouw);
        Assert.All(bouw, h => Assert.Contains("bouw", h.Sector));

        Assert.All(All("vwnw type:policy"), h => Assert.StartsWith("beleid-", h.VersionId));
    }
}
