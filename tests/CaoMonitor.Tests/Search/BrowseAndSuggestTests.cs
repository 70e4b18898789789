using CaoMonitor.Classification;
using CaoMonitor.Search;

namespace CaoMonitor.Tests.Search;

/// <summary>Issue 17, item 6: filters alone browse; no hits suggests a compound split or joined; the document marks the query's words.</summary>
public class BrowseAndSuggestTests : IDisposable
{
    private readonly SearchTestStore _s = new(
        new SearchTestStore.Doc("haven-2023", "haven", "Cao Havenbedrijf", "sector", "vervoer", "2023-01-01", "2024-12-31", """
            Artikel 1 Werkingssfeer
            Deze cao geldt voor havenbedrijven.
            Artikel 2 Opleiding
            De werkgever betaalt een cursus van twee dagen.
            """),
        new SearchTestStore.Doc("haven-2025", "haven", "Cao Havenbedrijf", "sector", "vervoer", "2025-01-01", "2026-12-31", """
            Artikel 1 Werkingssfeer
            Deze cao geldt voor havenbedrijven en terminals.
            Artikel 2 Opleiding
            De werkgever betaalt een cursus van drie dagen.
            Artikel 3 Loopbaan
            De werknemer krijgt een budget voor zijn loopbaan van € 750 per jaar.
            """),
        new SearchTestStore.Doc("apotheek-2025", "apotheek", "Cao Apotheken", "sector", "zorg", "2025-01-01", "2025-12-31", """
            Artikel 4 Scholingsbudget
            De werknemer heeft recht op een scholingsbudget van € 400 per jaar.
            Artikel 5 Ontwikkeling
            Partijen spreken over een loopbaanpad voor assistenten.
            """),
        new SearchTestStore.Doc("ziekenhuis-2025", "ziekenhuis", "Cao Ziekenhuizen", "sector", "zorg", "2025-01-01", "2026-12-31", """
            Artikel 9 Arbeidsmarkt
            De werkgever zoekt samen met de werknemer naar een andere baan.
            Artikel 10 Scholing
            Scholing vindt plaats in werktijd, in de loop van het jaar.
            """));

    public void Dispose() => _s.Dispose();

    private static List<string> Where(SearchResult r) => r.Hits.Select(h => $"{h.VersionId} {h.Article}").ToList();

    [Fact]
    public void FiltersAloneBrowseEveryArticleInReadingOrder()
    {
        // sector:zorg: both zorg cao's by name (Apotheken before Ziekenhuizen), their articles in text order.
        var zorg = _s.Search("sector:zorg", size: 100);
        Assert.True(zorg.Browsing);
        Assert.Equal(["apotheek-2025", "apotheek-2025", "ziekenhuis-2025", "ziekenhuis-2025"], zorg.Hits.Select(h => h.VersionId));
        Assert.Equal(4, zorg.Total);
        Assert.All(zorg.Hits, h => Assert.Equal(0, h.Score));
        Assert.True(zorg.Hits[0].ClauseId < zorg.Hits[1].ClauseId && zorg.Hits[2].ClauseId < zorg.Hits[3].ClauseId, string.Join(", ", Where(zorg)));
        Assert.DoesNotContain("<mark>", string.Concat(zorg.Hits.Select(h => h.Snippet)));
        Assert.Equal(4, zorg.Facets!.Sector.Single().Count);

        // One hit per article, the newest version, with the older version collapsed into it.
        var haven = _s.Search("cao:haven", size: 100);
        Assert.Equal(["haven-2025"], haven.Hits.Select(h => h.VersionId).Distinct());
        Assert.Equal(3, haven.Total);
        Assert.Equal(2, haven.Hits.Count(h => h.EarlierVersions.Count == 1));
        // Every version its own hit: the newest version first.
        var every = _s.Searcher.Search(new SearchRequest("cao:haven") { AllVersions = true, Size = 100 });
        Assert.Equal(["haven-2025", "haven-2025", "haven-2025", "haven-2023", "haven-2023"], every.Hits.Select(h => h.VersionId));

        // The same through the request's own filters (the page's facets, the CLI's options), and a year.
        var byOption = _s.Searcher.Search(new SearchRequest("") { Sector = "zorg", Size = 100 });
        Assert.Equal(zorg.Hits.Select(h => h.ClauseId), byOption.Hits.Select(h => h.ClauseId));
        Assert.Equal(["Cao Apotheken", "Cao Havenbedrijf", "Cao Ziekenhuizen"], _s.Search("jaar:2025", size: 100).Hits.Select(h => h.Name).Distinct());
        // Paging walks the same order.
        Assert.Equal(zorg.Hits.Skip(2).Select(h => h.ClauseId), _s.Search("sector:zorg", size: 2, page: 2).Hits.Select(h => h.ClauseId));

        // Nothing at all is still no query.
        Assert.Contains("minstens één zoekwoord of filter", Assert.Throws<QuerySyntaxException>(() => _s.Search("")).Message);
        Assert.Contains("minstens één zoekwoord of filter", Assert.Throws<QuerySyntaxException>(() => _s.Search("   ")).Message);
    }

    [Fact]
    public void ACategoryAloneBrowsesItsLabelledArticlesAndHitsCarryTheirLabels()
    {
        new ClassificationWriter().Reclassify(_s.Store);
        var budgets = _s.Search("categorie:LLO.BUDGET", size: 100);
        Assert.True(budgets.Browsing);
        Assert.NotEmpty(budgets.Hits);
        Assert.All(budgets.Hits, h => Assert.Contains(h.Labels, l => l.Code == "LLO.BUDGET"));
        var scholing = budgets.Hits.Single(h => h.VersionId == "apotheek-2025");
        var label = scholing.Labels.Single(l => l.Code == "LLO.BUDGET");
        Assert.Equal(("recht", 400m), (label.Strength, label.AmountEur!.Value));
        // A word search carries the labels too; an unlabelled clause has none.
        Assert.Contains(_s.Search("scholingsbudget").Hits, h => h.Labels.Any(l => l.Code == "LLO.BUDGET"));
        Assert.All(_s.Search("werkingssfeer").Hits, h => Assert.Empty(h.Labels));
    }

    [Fact]
    public void NoHitsSuggestsSplittingOrJoiningACompoundOnlyWhenThatFindsSomething()
    {
        // "loopbaanbudget" is not in any text; "loopbaan budget" is (haven-2025, article 3).
        var split = _s.Search("loopbaanbudget");
        Assert.Equal(0, split.Total);
        Assert.Equal(new SearchSuggestion("loopbaan budget", 1), split.Suggestion);
        // A linking s is dropped, and the query's other parts and filters stay.
        Assert.Equal("werknemer loopbaan budget sector:vervoer", _s.Search("werknemer loopbaansbudget sector:vervoer").Suggestion?.Query);
        // The suggestion must itself have hits: in zorg there is no loopbaan budget.
        Assert.Null(_s.Search("loopbaanbudget sector:zorg").Suggestion);
        // The reverse: two words joined into the compound the text has ("loop" and "baan" stand in other articles).
        var joined = _s.Search("loop baan");
        Assert.Equal(0, joined.Total);
        Assert.Equal("loopbaan", joined.Suggestion?.Query);
        // Hits, or words that are no compound: no suggestion.
        Assert.Null(_s.Search("scholingsbudget").Suggestion);
        Assert.Null(_s.Search("zwembadrooster").Suggestion);
    }

    [Fact]
    public void TheDocumentMarksWhereTheQueryFoundItsWords()
    {
        var hit = _s.Search("scholingsbudget").Hits.First();
        var marks = _s.Searcher.MarksIn("scholingsbudget sector:zorg", hit.DocumentId);
        var spans = marks[hit.ClauseId];
        Assert.NotEmpty(spans);
        Assert.All(spans, m => Assert.Equal("scholingsbudget", hit.Text[m.Start..m.End].ToLowerInvariant()));
        // Only clauses the query matches, only in this document; no words, bad syntax: nothing marked.
        Assert.Single(marks);
        Assert.Empty(_s.Searcher.MarksIn("sector:zorg", hit.DocumentId));
        Assert.Empty(_s.Searcher.MarksIn("\"open", hit.DocumentId));
        // A phrase is marked where the phrase stands.
        var doc = _s.Search("cursus").Hits.First(h => h.VersionId == "haven-2025");
        var phrase = _s.Searcher.MarksIn("\"drie dagen\"", doc.DocumentId);
        Assert.Equal(["drie", "dagen"], phrase[doc.ClauseId].Select(m => doc.Text[m.Start..m.End]));
    }
}
