using System.Text;
using CaoMonitor.Classification;
using CaoMonitor.Search;

namespace CaoMonitor.Tests.Search;

/// <summary>
/// Issue 13 item 7: the searcher puts only the hits up to the asked page in order (crowding included)
/// and reads a page's labels in one query; pages must still be slices of one complete ranking.
/// </summary>
public class PagingTests : IDisposable
{
    private readonly SearchTestStore _s = new(Docs());

    /// <summary>Three agreements, two versions each, 70 articles that all say "scholing" a varying number of times.</summary>
    private static SearchTestStore.Doc[] Docs()
    {
        var docs = new List<SearchTestStore.Doc>();
        foreach (var (agreement, name) in new[] { ("bakkers", "Cao Bakkers"), ("drukkers", "Cao Drukkers"), ("schilders", "Cao Schilders") })
        foreach (var year in new[] { 2024, 2025 })
        {
            var text = new StringBuilder();
            for (int a = 1; a <= 70; a++)
            {
                text.AppendLine($"Artikel {a} Regeling {a}");
                // Different lengths and repeats give different scores; some articles exist only in the newer version.
                if (year == 2024 && a % 5 == 0) { text.AppendLine("De werkgever regelt de werktijden."); continue; }
                text.AppendLine("De werknemer volgt scholing" + string.Concat(Enumerable.Repeat(" en scholing", a % 4))
                    + string.Concat(Enumerable.Repeat(" tijdens het werk", a % 7)) + $" in {agreement} bedrijf nummer {a}."
                    + (a % 3 == 0 ? " De werknemer heeft recht op een scholingsbudget van € 500 per jaar." : ""));
            }
            docs.Add(new SearchTestStore.Doc($"{agreement}-{year}", agreement, name, "sector", "industrie", $"{year}-01-01", $"{year}-12-31", text.ToString()));
        }
        return [.. docs];
    }

    public void Dispose() => _s.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PagesAreSlicesOfOneRanking(bool allVersions)
    {
        SearchResult Page(int page, int size) => _s.Searcher.Search(new("scholing") { Page = page, Size = size, AllVersions = allVersions });
        var whole = Page(1, 100);
        // 3 agreements x 70 articles, each in one or two versions.
        Assert.Equal(allVersions ? 3 * (70 + 56) : 3 * 70, whole.Total);
        Assert.Equal(100, whole.Hits.Count);
        // Crowding shares the top between the agreements (between versions with all versions shown).
        Assert.Equal(3, whole.Hits.Take(3).Select(h => allVersions ? h.VersionId : h.AgreementId).Distinct().Count());
        var paged = Enumerable.Range(1, 10).SelectMany(p => Page(p, 10).Hits).ToList();
        Assert.Equal(whole.Hits.Select(Key), paged.Select(Key));
        var odd = Enumerable.Range(1, 4).SelectMany(p => Page(p, 25).Hits).ToList();
        Assert.Equal(whole.Hits.Select(Key), odd.Select(Key));
        // The last page holds what is left.
        int lastPage = (whole.Total + 9) / 10;
        Assert.Equal(whole.Total - (lastPage - 1) * 10, Page(lastPage, 10).Hits.Count);
        Assert.Empty(Page(lastPage + 1, 10).Hits);
    }

    [Fact]
    public void EarlierVersionsAreListedNewestFirstOnEveryPage()
    {
        var hits = Enumerable.Range(1, 3).SelectMany(p => _s.Searcher.Search(new("scholing") { Page = p, Size = 70 }).Hits).ToList();
        Assert.Equal(210, hits.Count);
        Assert.All(hits, h => Assert.StartsWith(h.AgreementId + "-2025", h.VersionId));
        // Articles 5, 10, ... speak of scholing only in 2025.
        Assert.All(hits, h => Assert.Equal(h.Article.EndsWith('0') || h.Article.EndsWith('5') ? 0 : 1, h.EarlierVersions.Count));
        Assert.All(hits.SelectMany(h => h.EarlierVersions), e => Assert.EndsWith("-2024", e.VersionId));
    }

    [Fact]
    public void APageOfHitsCarriesEachHitsOwnLabels()
    {
        new ClassificationWriter().Reclassify(_s.Store);
        var labels = new LabelStore(_s.Store);
        var hits = _s.Searcher.Search(new("scholing") { Size = 100 }).Hits;
        Assert.Equal(100, hits.Count);
        Assert.Contains(hits, h => h.Labels.Any(l => l.Code == "LLO.BUDGET"));
        Assert.Contains(hits, h => h.Labels.Count == 0);
        Assert.All(hits, h => Assert.Equal(
            labels.ForClause(h.ClauseId).Select(l => (l.Code, l.Strength)),
            h.Labels.Select(l => (l.Code, l.Strength))));
    }

    private static string Key(SearchHit h) => $"{h.VersionId}:{h.Article}:{h.ClauseId}:{h.Score}";
}
