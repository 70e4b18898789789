using CaoMonitor.Classification;
using CaoMonitor.Search;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Search;

/// <summary>The categorie: filter and the facets on the classified corpus store (issue 3, points 6 and 7).</summary>
public sealed class CorpusCategoryTests
{
    private static CorpusStore Corpus => CorpusStore.Shared;
    private Searcher Searcher => new(Corpus.Store);

    /// <summary>Every hit (article) of the query, all pages; with <paramref name="allVersions"/> each version its own hit.</summary>
    private List<SearchHit> All(string query, bool allVersions = false)
    {
        var hits = new List<SearchHit>();
        for (int page = 1; ; page++)
        {
            var r = Searcher.Search(new SearchRequest(query) { Size = Searcher.MaxPageSize, Page = page, Facets = false, AllVersions = allVersions });
            hits.AddRange(r.Hits);
            if (r.Hits.Count < Searcher.MaxPageSize) return hits;
        }
    }

    private HashSet<long> Labelled(string code) => Corpus.Store.Query(
        $"SELECT DISTINCT clause_id FROM {LabelStore.EffectiveView} WHERE code = $c OR code LIKE $c || '.%'",
        r => r.GetInt64(0), ("$c", code)).ToHashSet();

    /// <summary>The article a lid belongs to (nearest article or appendix), or the lid itself: what a hit stands for.</summary>
    private long GroupOf(long clauseId) => Corpus.Store.Query("""
        WITH RECURSIVE up(id, kind, parent_id, depth) AS (
            SELECT id, kind, parent_id, 0 FROM clauses WHERE id = $id
            UNION ALL SELECT c.id, c.kind, c.parent_id, up.depth + 1 FROM clauses c JOIN up ON c.id = up.parent_id)
        SELECT id FROM up WHERE kind IN ('article', 'appendix') ORDER BY depth LIMIT 1
        """, r => r.GetInt64(0), ("$id", clauseId)).FirstOrDefault(clauseId);

    [Theory]
    [InlineData("budget", "LLO.BUDGET")]
    [InlineData("loopbaan", "VWNW")]
    [InlineData("opleiding OR scholing", "LLO")]
    public void CategorieKeepsExactlyTheArticlesWithAMatchingLabelledLid(string query, string code)
    {
        // categorie: filters lids; a hit is an article shown by its best lid that passes the filter (issue 13).
        var labelled = Labelled(code);
        var all = All(query, allVersions: true);
        var filtered = All($"{query} categorie:{code}", allVersions: true);
        Assert.NotEmpty(filtered);
        Assert.All(filtered, h => Assert.Contains(h.ClauseId, labelled));
        var allGroups = all.Select(h => GroupOf(h.ClauseId)).ToHashSet();
        var filteredGroups = filtered.Select(h => GroupOf(h.ClauseId)).ToList();
        Assert.Equal(filteredGroups.Count, filteredGroups.Distinct().Count());
        Assert.Subset(allGroups, filteredGroups.ToHashSet());
        // An article whose best lid carries the label is kept, shown by that same lid.
        foreach (var h in all.Where(h => labelled.Contains(h.ClauseId)))
            Assert.Contains(filtered, f => f.ClauseId == h.ClauseId);
        // Codes are matched case-insensitively, and the request option does the same as the filter.
        Assert.Equal(filtered.Count, All($"{query} categorie:{code.ToLowerInvariant()}", allVersions: true).Count);
        Assert.Equal(filtered.Count, Searcher.Search(new SearchRequest(query) { Category = code, Size = 1, AllVersions = true }).Total);
    }

    [Fact]
    public void CategorieFindsTheGroundTruthProvisionAndMatchesWholeCodeSegmentsOnly()
    {
        var hits = Searcher.Search(new SearchRequest("budget categorie:LLO.BUDGET cao:metaal jaar:2025")).Hits;
        Assert.Contains(hits, h => h.VersionId == "metaal-2025" && h.Article.Contains("Art. 42", StringComparison.Ordinal));
        Assert.Empty(Searcher.Search(new SearchRequest("budget categorie:LLO.BUD")).Hits);
        // Excluding a category removes exactly its labelled lids; an article keeps its other matching lids.
        var vwnw = Labelled("VWNW");
        var rest = All("loopbaan -categorie:VWNW", allVersions: true);
        Assert.NotEmpty(rest);
        Assert.DoesNotContain(rest, h => vwnw.Contains(h.ClauseId));
        var with = All("loopbaan categorie:VWNW", allVersions: true);
        Assert.Equal(All("loopbaan", allVersions: true).Select(h => GroupOf(h.ClauseId)).Order(),
            rest.Concat(with).Select(h => GroupOf(h.ClauseId)).Distinct().Order());
    }

    [Theory]
    [InlineData("loopbaan")]
    [InlineData("scholing")]
    public void FacetsCountEveryHit(string query)
    {
        // With all versions every hit is one version, so each facet is a count over the hits' own fields.
        var all = All(query, allVersions: true);
        var r = Searcher.Search(new SearchRequest(query) { Size = 1, AllVersions = true });
        var f = r.Facets!;
        Assert.Equal(all.Count, r.Total);
        Assert.Equal(all.Count, f.Sector.Sum(x => x.Count));
        Assert.Equal(all.Count, f.Type.Sum(x => x.Count));
        foreach (var t in f.Type) Assert.Equal(all.Count(h => h.Type == t.Value), t.Count);
        foreach (var s in f.Sector) Assert.Equal(all.Count(h => (h.Sector ?? "(onbekend)") == s.Value), s.Count);
        foreach (var y in f.Year)
            Assert.Equal(all.Count(h => Searcher.YearsInForce(h.Start, h.End).Contains(int.Parse(y.Value))), y.Count);

        // Category facet: hits with a matching lid labelled with the code, which is what categorie: then returns.
        Assert.NotNull(f.Category);
        Assert.NotEmpty(f.Category!);
        foreach (var c in f.Category!)
            Assert.Equal(Searcher.Search(new SearchRequest(query) { Category = c.Value, Size = 1, AllVersions = true, Facets = false }).Total, c.Count);
    }

    [Fact]
    public void FacetsOfCollapsedHitsAgreeWithTheirFilters()
    {
        // Collapsed, a hit counts in every year one of its versions is in force in; filtering on that year keeps it.
        var r = Searcher.Search(new SearchRequest("scholing") { Size = 1 });
        var full = Searcher.Search(new SearchRequest("scholing") { Size = 1, AllVersions = true });
        Assert.True(r.Total < full.Total, $"collapsed {r.Total}, all versions {full.Total}");
        Assert.Equal(r.Total, r.Facets!.Type.Sum(x => x.Count));
        foreach (var y in r.Facets.Year.Take(4))
            Assert.Equal(Searcher.Search(new SearchRequest($"scholing jaar:{y.Value}") { Size = 1, Facets = false }).Total, y.Count);
    }

    [Fact]
    public void YearTypeAndSectorFiltersHoldForEveryHit()
    {
        var y2026 = All("opleiding jaar:2026");
        Assert.NotEmpty(y2026);
        Assert.All(y2026, h => Assert.Contains(2026, Searcher.YearsInForce(h.Start, h.End)));
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
