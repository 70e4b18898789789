using CaoMonitor.Classification;
using CaoMonitor.Search;
using CaoMonitor.Sources;
using CaoMonitor.Ingestion;
using CaoMonitor.Storage;

namespace CaoMonitor.Tests.Search;

/// <summary>Search behaviour on small documents ingested in the test (issue 3, points 5-7).</summary>
public class SearchTests : IDisposable
{
    private readonly SearchTestStore _s = SearchTestStore.Standard();
    public void Dispose() => _s.Dispose();

    [Fact]
    public void TheIndexHoldsExactlyTheLeafClausesOfCurrentDocuments()
    {
        var leaves = _s.Scalar("SELECT count(*) FROM clauses c JOIN documents d ON d.id = c.document_id WHERE c.is_leaf = 1 AND d.is_current = 1 AND d.status = 'ok'");
        Assert.True(leaves > 10);
        Assert.Equal(leaves, _s.Indexed());
    }

    [Fact]
    public void WordsAreAndedAndAnalysed()
    {
        Assert.Equal(["metaal-2025"], _s.Versions("werknemers ontwikkelbudgetten").Distinct());
        // Stemming: "opleidingen" finds "opleiding".
        Assert.Contains("bank-2023", _s.Versions("opleidingen"));
        // Diacritics and case fold: "Scholíng" is "scholing".
        Assert.Contains("zorg-2024", _s.Versions("SCHOLÍNG"));
    }

    [Fact]
    public void OrNotPrefixPhraseAndNear()
    {
        Assert.Equal(["bank-2023", "zorg-2024"], _s.Versions("studiekosten OR loopbaanscan").Distinct().Order());
        // -word excludes: the pension clause mentions loopbaan but not scan.
        var loopbaan = _s.Search("loopbaan -pensioen").Hits;
        Assert.DoesNotContain(loopbaan, h => h.Text.Contains("pensioen"));
        Assert.Contains(loopbaan, h => h.Text.Contains("loopbaanscan") || h.Title == "Loopbaan");
        // Prefix on the stem side: loopbaan* finds loopbaanscan and loopbaanadvies.
        var prefix = _s.Search("loopbaan*", size: 20).Hits.Select(h => h.Text).ToList();
        Assert.Contains(prefix, t => t.Contains("loopbaanscan"));
        Assert.Contains(prefix, t => t.Contains("loopbaanadvies"));
        // A phrase keeps stop-word positions: "in werktijd" matches, words far apart do not.
        Assert.Single(_s.Search("\"scholing vindt plaats in werktijd\"").Hits);
        Assert.Empty(_s.Search("\"scholing werktijd\"").Hits);
        // NEAR: werkgever ... studiekosten within 3 words; werkgever ... terugbetalingsregeling is further.
        Assert.Single(_s.Search("NEAR(werkgever studiekosten, 3)").Hits);
        Assert.Empty(_s.Search("NEAR(werkgever terugbetalingsregeling, 3)").Hits);
        Assert.Single(_s.Search("NEAR(werkgever terugbetalingsregeling, 20)").Hits);
    }

    [Fact]
    public void HyphenatedWordsMatchTheirPartsAndPhrasesMatchHyphenatedText()
    {
        // The text has "van-werk-naar-werktraject" and a title "Van werk naar werk".
        Assert.Contains("metaal-2025", _s.Versions("\"van werk naar werk\""));
        Assert.Contains("metaal-2025", _s.Versions("werktraject"));
        Assert.Contains("metaal-2025", _s.Versions("van-werk-naar-werk"));
    }

    [Fact]
    public void SynonymsAndCompoundPartsComeFromTheIndexSide()
    {
        // "LLO" is a synonym of "leven lang ontwikkelen" (bank) and appears literally in the letter.
        Assert.Equal(["bank-2023", "brief-2025"], _s.Versions("llo").Distinct().Order());
        // "budget" finds the compound ontwikkelbudget through its part.
        Assert.Contains("metaal-2025", _s.Versions("budget"));
    }

    [Fact]
    public void WholeWordMatchesRankAbovePartMatchesAndTitlesAboveBody()
    {
        // bank art. 8 has the word "budget" (in title and text); metaal lid 1 only the part of ontwikkelbudget.
        // metaal art. 12 has the part in lid 1 and the whole word in lid 2: the article is one hit, shown by lid 2.
        var hits = _s.Search("budget").Hits.ToList();
        Assert.Equal("bank-2023", hits[0].VersionId);
        var metaal = Assert.Single(hits, h => h.VersionId == "metaal-2025" && h.Article.Contains("Art. 12"));
        Assert.Contains("Het budget", metaal.Text);
        Assert.DoesNotContain("ontwikkelbudget", metaal.Text);
        Assert.Equal(2, metaal.MatchedClauses);
        // "scholing" in the article title (zorg art. 3, both leden) ranks above "scholing" only in the text.
        var scholing = _s.Search("scholing").Hits.ToList();
        Assert.Equal("Scholing", scholing[0].Title);
        Assert.True(scholing.FindIndex(h => h.Title == "Scholing") < scholing.FindIndex(h => h.VersionId == "metaal-2025"));
    }

    [Fact]
    public void FiltersRestrictBySectorYearCaoAndType()
    {
        Assert.Equal(["zorg-2024"], _s.Versions("scholing sector:zorg").Distinct());
        Assert.Equal(["zorg-2024"], _s.Versions("scholing sector:\"zorg en welzijn\"").Distinct());
        // jaar: in force some time in that year (bank runs 2023-07-01 to 2025-06-30).
        Assert.Equal(["bank-2023", "zorg-2024"], _s.Versions("werkgever jaar:2024").Distinct().Order());
        Assert.Equal(["bank-2023", "metaal-2025"], _s.Versions("werkgever jaar:2025").Distinct().Order());
        Assert.Equal(["bank-2023"], _s.Versions("werkgever cao:bank").Distinct());
        Assert.Equal(["bank-2023"], _s.Versions("werkgever cao:\"Cao Ba\"").Distinct());
        Assert.Equal(["bank-2023"], _s.Versions("werkgever type:company").Distinct());
        Assert.Equal(["brief-2025"], _s.Versions("scholing type:policy").Distinct());
        Assert.Equal(["bank-2023", "zorg-2024"], _s.Versions("werkgever sector:zorg OR sector:financiele").Distinct().Order());
        Assert.DoesNotContain("metaal-2025", _s.Versions("werkgever -sector:metaal"));
        // Request options combine with the query's filters.
        var r = _s.Searcher.Search(new SearchRequest("werkgever") { Year = 2024, Type = "sector" });
        Assert.Equal(["zorg-2024"], r.Hits.Select(h => h.VersionId).Distinct());
    }

    [Fact]
    public void CategoryFilterExplainsItselfUntilClassificationHasRun()
    {
        // This store was opened without the classifier, so no clause has labels yet.
        var e = Assert.Throws<SearchException>(() => _s.Search("scholing categorie:LLO"));
        Assert.Equal("categorie: is pas beschikbaar als de classificatie heeft gedraaid (caomonitor reclassify)", e.Message);
        Assert.Null(_s.Search("scholing").Facets!.Category);

        // After the real classifier has run, the filter keeps exactly the hits carrying a label under the code.
        new ClassificationWriter().Reclassify(_s.Store);
        var labelled = _s.Store.Query($"SELECT DISTINCT clause_id FROM {LabelStore.EffectiveView} WHERE code LIKE 'LLO%'",
            r => r.GetInt64(0)).ToHashSet();
        Assert.NotEmpty(labelled);
        var all = _s.Search("werkgever OR budget OR scholing", size: 100).Hits;
        var llo = _s.Search("(werkgever OR budget OR scholing) categorie:LLO", size: 100).Hits;
        Assert.NotEmpty(llo);
        Assert.Equal(all.Where(h => labelled.Contains(h.ClauseId)).Select(h => h.ClauseId).Order(), llo.Select(h => h.ClauseId).Order());
        Assert.NotNull(_s.Search("scholing").Facets!.Category);
    }

    [Fact]
    public void FacetsCountAllMatchesAndPagingWalksThem()
    {
        var r = _s.Search("werkgever", size: 2);
        Assert.True(r.Total >= 4, $"total {r.Total}");
        Assert.Equal(2, r.Hits.Count);
        var f = r.Facets!;
        Assert.Equal(r.Total, f.Type.Sum(x => x.Count));
        Assert.Equal(r.Total, f.Sector.Sum(x => x.Count));
        Assert.Contains(f.Year, y => y.Value == "2024");
        // bank (2023-2025) counts in each of its years.
        Assert.Contains(f.Year, y => y.Value == "2023");

        var all = new List<long>();
        for (int page = 1; page <= (r.Total + 1) / 2; page++) all.AddRange(_s.Search("werkgever", size: 2, page: page).Hits.Select(h => h.ClauseId));
        Assert.Equal(r.Total, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(all, _s.Search("werkgever", size: 50).Hits.Select(h => h.ClauseId));
    }

    [Fact]
    public void HitsCarryCaoPeriodArticlePageAndAHighlightedEncodedSnippet()
    {
        var hit = _s.Search("ontwikkelbudget").Hits.First(h => h.Text.Contains("recht op"));
        Assert.Equal("Cao Metaal", hit.Name);
        Assert.Equal(("2025-01-01", "2026-12-31"), (hit.Start, hit.End));
        Assert.Contains("Art. 12", hit.Article);
        Assert.Equal(1, hit.PageStart);
        Assert.True(hit.Score > 0);
        Assert.Contains("persoonlijk <mark>ontwikkelbudget</mark> van € 1.500,-", hit.Snippet);

        // Document text is untrusted: markup in it is encoded, only our <mark> is markup.
        var letter = _s.Search("scholing type:policy").Hits.Single();
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ontwikkeling", letter.Snippet);
        Assert.Contains("<mark>scholing</mark>", letter.Snippet);
        Assert.DoesNotContain("<script>", letter.Snippet);
    }

    [Fact]
    public void SnippetsOfLongClausesAreWindowedAroundTheMatches()
    {
        var text = string.Join(' ', Enumerable.Repeat("De werkgever regelt de arbeidstijden en de roosters.", 20)) +
                   " De werknemer heeft recht op een loopbaanscan. " + string.Join(' ', Enumerable.Repeat("Overige bepalingen blijven van kracht.", 20));
        var snippet = Snippets.Build(text, QueryCompiler.Compile("loopbaanscan").Match);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>loopbaanscan</mark>", snippet);
        Assert.True(snippet.Length < Snippets.DefaultLength + 40);
    }

    [Fact]
    public void MoreLikeThisFindsSimilarClausesInOtherCaosOnly()
    {
        var scan = _s.Search("loopbaanscan").Hits.Single();
        var like = _s.Searcher.MoreLikeThis(scan.ClauseId).Hits;
        Assert.All(like, h => Assert.NotEqual("zorg", h.AgreementId));
        // Loopbaanadvies in metaal shares loopbaan and werknemer terms with the zorg scan clause... the
        // strongest shared terms must surface some clause of another cao.
        Assert.NotEmpty(like);
        Assert.Throws<SearchException>(() => _s.Searcher.MoreLikeThis(999_999));
    }

    [Fact]
    public void OnlyCurrentRevisionsAreFound()
    {
        var file = Path.Combine(_s.Input, "zorg-2024.txt");
        File.WriteAllText(file, File.ReadAllText(file).Replace("loopbaanscan", "loopbaangesprek"));
        var outcome = new IngestPipeline(_s.Store).Ingest(new SourceFile(file, "zorg-2024.txt"));
        Assert.Equal(IngestStatus.NewRevision, outcome.Status);
        Assert.Empty(_s.Search("loopbaanscan").Hits);
        Assert.Single(_s.Search("loopbaangesprek").Hits);
        Assert.Equal(_s.Scalar("SELECT count(*) FROM clauses c JOIN documents d ON d.id = c.document_id WHERE c.is_leaf = 1 AND d.is_current = 1 AND d.status = 'ok'"),
            _s.Indexed());
    }

    [Fact]
    public void RebuildGivesTheSameResultsAsIncrementalIndexing()
    {
        string[] queries = ["scholing", "budget", "\"van werk naar werk\"", "loopbaan*", "llo", "werkgever jaar:2025"];
        var before = queries.Select(q => _s.Search(q, size: 50).Hits.Select(h => (h.ClauseId, h.Score)).ToList()).ToList();
        var stats = SearchIndex.Rebuild(_s.Store);
        Assert.Equal(_s.Indexed(), stats.Clauses);
        var after = queries.Select(q => _s.Search(q, size: 50).Hits.Select(h => (h.ClauseId, h.Score)).ToList()).ToList();
        Assert.Equal(before, after);
    }

    [Fact]
    public void TheIndexIsWrittenInTheClauseTransaction()
    {
        // A writer registered after the index fails: the document, its clauses and its index rows all roll back.
        _s.Store.AddClauseWriter(new FailingWriter());
        var file = Path.Combine(_s.Input, "nieuw.txt");
        File.WriteAllText(file, "Artikel 1 Scholing\nDe werknemer krijgt een zeldzaamwoord.\n");
        var before = _s.Indexed();
        var outcome = new IngestPipeline(_s.Store).Ingest(new SourceFile(file, "nieuw.txt"));
        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Equal(before, _s.Indexed());
        Assert.Empty(_s.Search("zeldzaamwoord").Hits);
    }

    private sealed class FailingWriter : IClauseWriter
    {
        public StoreSchema? Schema => null;
        public void Write(StoreTransaction tx, WrittenClauses written, object? prepared) => throw new InvalidOperationException("later writer failed");
    }

    [Fact]
    public void AttachIsIdempotent()
    {
        SearchIndex.Attach(_s.Store);
        SearchIndex.Attach(_s.Store);
        var file = Path.Combine(_s.Input, "extra.txt");
        File.WriteAllText(file, "Artikel 1 Extra\nEen uniekwoord staat hier.\n");
        new IngestPipeline(_s.Store).Ingest(new SourceFile(file, "extra.txt"));
        Assert.Single(_s.Search("uniekwoord").Hits);
    }
}
