using CaoMonitor.Ingestion;
using CaoMonitor.Search;
using CaoMonitor.Sources;
using CaoMonitor.Storage;

namespace CaoMonitor.Tests.Search;

/// <summary>Issue 13: one hit per article, versions collapsed, phrases across hyphenation, and an index that heals.</summary>
public sealed class GroupingAndRepairTests : IDisposable
{
    private const string Metaal = """
        Artikel 12 Persoonlijk ontwikkelbudget
        1. De werknemer heeft recht op een persoonlijk ontwikkelbudget van € 1.500,- per drie jaar.
        2. Het ontwikkelbudget kan worden besteed aan scholing en loopbaanadvies.
        3. Deeltijders ontvangen het volledige budget.
        Artikel 13 Van werk naar werk
        Bij reorganisatie biedt de werkgever een van-werk-naar-werktraject aan.
        Artikel 14 Mobiliteit
        Van werk naar werk
        """;

    private readonly SearchTestStore _s = new(
        new SearchTestStore.Doc("metaal-2021", "metaal", "Cao Metaal 2021", "sector", "metaal", "2021-01-01", "2022-12-31", Metaal),
        new SearchTestStore.Doc("metaal-2023", "metaal", "Cao Metaal 2023", "sector", "metaal", "2023-01-01", "2024-12-31", Metaal),
        new SearchTestStore.Doc("metaal-2025", "metaal", "Cao Metaal 2025", "sector", "metaal", "2025-01-01", "2026-12-31", Metaal),
        new SearchTestStore.Doc("bouw-2025", "bouw", "Cao Bouw", "sector", "bouw", "2025-01-01", "2026-12-31", """
            Artikel 7 Scholing
            De werkgever stelt een ontwikkelbudget beschikbaar van € 500 per jaar.
            """));

    public void Dispose() => _s.Dispose();

    [Fact]
    public void OneHitPerArticleShowingItsBestLidAndHowManyLedenMatched()
    {
        var hits = _s.Searcher.Search(new SearchRequest("ontwikkelbudget") { AllVersions = true }).Hits;
        var art12 = hits.Where(h => h.Article.Contains("Art. 12")).ToList();
        Assert.Equal(3, art12.Count); // one per version, not one per lid
        Assert.All(art12, h => Assert.Equal(3, h.MatchedClauses)); // lid 3 matches through the title only
        Assert.All(art12, h => Assert.Contains("<mark>ontwikkelbudget</mark>", h.Snippet));
        Assert.All(art12, h => Assert.DoesNotContain("Deeltijders", h.Text));
        Assert.Contains("<mark>ontwikkelbudget</mark>", art12[0].TitleHtml);
    }

    [Fact]
    public void TitleOnlyLidsRankBelowOwnTextMatches()
    {
        // "budget": lid 3 says it, lid 1 and 2 only have the word inside ontwikkelbudget; bouw has it as a part too.
        var hits = _s.Searcher.Search(new SearchRequest("deeltijders OR ontwikkelbudget") { AllVersions = true, Size = 20 }).Hits;
        Assert.DoesNotContain(hits.Take(4), h => h.Snippet.Contains("<mark>") == false);
    }

    [Fact]
    public void VersionsCollapseToTheNewestWithTheEarlierOnesListed()
    {
        var r = _s.Searcher.Search(new SearchRequest("ontwikkelbudget"));
        var hit = Assert.Single(r.Hits, h => h.AgreementId == "metaal" && h.Article.Contains("Art. 12"));
        Assert.Equal("metaal-2025", hit.VersionId);
        Assert.Equal(["metaal-2023", "metaal-2021"], hit.EarlierVersions.Select(e => e.VersionId));
        Assert.All(hit.EarlierVersions, e => Assert.NotEqual(hit.ClauseId, e.ClauseId));
        Assert.Equal(2, r.Total); // metaal art. 12 and bouw art. 7
        var all = _s.Searcher.Search(new SearchRequest("ontwikkelbudget") { AllVersions = true });
        Assert.Equal(4, all.Total);
        Assert.All(all.Hits, h => Assert.Empty(h.EarlierVersions));
        // A filter applies before collapsing: in 2023 the 2023 version is the newest that is in force.
        var in2023 = _s.Searcher.Search(new SearchRequest("ontwikkelbudget jaar:2023")).Hits.Single();
        Assert.Equal("metaal-2023", in2023.VersionId);
        Assert.Empty(in2023.EarlierVersions);
    }

    [Fact]
    public void PhrasesMatchAcrossHyphenationAndBareHeadingsRankBelowContent()
    {
        var plain = _s.Searcher.Search(new SearchRequest("\"van werk naar werk\"") { AllVersions = false }).Hits;
        var quotedHyphen = _s.Searcher.Search(new SearchRequest("\"van-werk-naar-werk\"")).Hits;
        Assert.Equal(plain.Select(h => h.ClauseId), quotedHyphen.Select(h => h.ClauseId));
        // Art. 13 says van-werk-naar-werktraject; Art. 14 is only a heading and its title.
        Assert.Contains("van-werk-naar-werktraject", plain[0].Text);
        Assert.Contains("<mark>", plain[0].Snippet);
        var heading = plain.ToList().FindIndex(h => h.Article.Contains("Art. 14"));
        Assert.True(heading > 0, $"the bare heading is at {heading}");
    }

    [Fact]
    public void ADocumentStoredButNotIndexedIsFoundAfterTheNextOpen()
    {
        // A store opened without the index stands for a process killed between the store commit and the index commit.
        var file = Path.Combine(_s.Input, "nieuw.txt");
        File.WriteAllText(file, "Artikel 1 Scholing\nDe werknemer krijgt een zeldzaamwoord.\n");
        using (var bare = CaoStore.Open(_s.Store.DataDir))
            Assert.Equal(IngestStatus.Added, new IngestPipeline(bare).Ingest(new SourceFile(file, "nieuw.txt")).Status);
        Assert.Empty(_s.Search("zeldzaamwoord").Hits);
        var report = SearchIndex.Verify(_s.Store, repair: false);
        Assert.Single(report.Missing);
        Assert.False(report.Healthy);

        using var reopened = SearchIndex.Attach(CaoStore.Open(_s.Store.DataDir));
        Assert.True(SearchIndex.Verify(reopened, repair: false).Healthy);
        Assert.Single(new Searcher(reopened).Search(new SearchRequest("zeldzaamwoord")).Hits);
    }

    [Fact]
    public void AWriteThatFindsTheIndexLockedIsLeftForLaterInsteadOfStallingTheIngest()
    {
        // Another process holds Lucene's write.lock (a rebuild, a stuck worker): the store commit goes
        // ahead after the bounded wait, the document counts as behind, and the next write takes it along.
        var folder = SearchIndex.FolderOf(_s.Store);
        var waited = SearchIndex.LockWait;
        SearchIndex.LockWait = TimeSpan.FromSeconds(1);
        try
        {
            var first = Path.Combine(_s.Input, "eerste.txt");
            File.WriteAllText(first, "Artikel 1 Scholing\nDe werknemer krijgt een zeldzaamwoord.\n");
            using (var dir = Lucene.Net.Store.FSDirectory.Open(folder))
            using (var held = dir.MakeLock(Lucene.Net.Index.IndexWriter.WRITE_LOCK_NAME))
            {
                Assert.True(held.Obtain());
                var started = System.Diagnostics.Stopwatch.StartNew();
                Assert.Equal(IngestStatus.Added, new IngestPipeline(_s.Store).Ingest(new SourceFile(first, "eerste.txt")).Status);
                Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"the ingest waited {started.Elapsed} for the index");
                Assert.True(SearchIndex.IsBehind(_s.Store));
                Assert.Empty(_s.Search("zeldzaamwoord").Hits);
            }

            var second = Path.Combine(_s.Input, "tweede.txt");
            File.WriteAllText(second, "Artikel 1 Loopbaan\nDe werknemer krijgt een anderwoord.\n");
            Assert.Equal(IngestStatus.Added, new IngestPipeline(_s.Store).Ingest(new SourceFile(second, "tweede.txt")).Status);
            Assert.False(SearchIndex.IsBehind(_s.Store));
            Assert.True(SearchIndex.Verify(_s.Store, repair: false).Healthy);
            Assert.Single(_s.Search("zeldzaamwoord").Hits);
            Assert.Single(_s.Search("anderwoord").Hits);
        }
        finally { SearchIndex.LockWait = waited; }
    }

    [Fact]
    public void ABatchIndexesItsDocumentsInGroupsAndIsSearchableWhenItEnds()
    {
        var segments = () => Lucene.Net.Index.SegmentInfos.GetLastCommitGeneration(Lucene.Net.Store.FSDirectory.Open(SearchIndex.FolderOf(_s.Store)));
        var generation = segments();
        var files = Enumerable.Range(1, SearchIndex.DeferredBatch + 3).Select(i =>
        {
            var f = Path.Combine(_s.Input, $"groep-{i}.txt");
            File.WriteAllText(f, $"Artikel 1 Scholing\nDe werknemer krijgt een groepswoord{i} en scholing.\n");
            return new SourceFile(f, $"groep-{i}.txt");
        }).ToList();
        using (SearchIndex.Defer(_s.Store))
        {
            var pipeline = new IngestPipeline(_s.Store);
            foreach (var f in files.Take(3)) Assert.Equal(IngestStatus.Added, pipeline.Ingest(f).Status);
            // Committed to the store, not yet to the index: recorded as behind, so a crash now is repaired on open.
            Assert.True(SearchIndex.IsBehind(_s.Store));
            Assert.Empty(_s.Search("groepswoord1").Hits);
            Assert.Equal(generation, segments());
            // A full group is written at once, so search follows a long batch.
            foreach (var f in files.Skip(3)) Assert.Equal(IngestStatus.Added, pipeline.Ingest(f).Status);
            Assert.Equal(generation + 1, segments());
            Assert.Single(_s.Search("groepswoord1").Hits);
        }
        Assert.Equal(generation + 2, segments());
        Assert.False(SearchIndex.IsBehind(_s.Store));
        Assert.Single(_s.Search($"groepswoord{files.Count}").Hits);
        // Outside a batch every document is written at once again.
        var single = Path.Combine(_s.Input, "los.txt");
        File.WriteAllText(single, "Artikel 1 Loopbaan\nEen loswoord.\n");
        new IngestPipeline(_s.Store).Ingest(new SourceFile(single, "los.txt"));
        Assert.Single(_s.Search("loswoord").Hits);
    }

    [Fact]
    public void AnIndexInStepWithTheStoreIsNotRepairedOnOpen()
    {
        Assert.False(SearchIndex.IsBehind(_s.Store));
        var folder = SearchIndex.FolderOf(_s.Store);
        var before = Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList();
        using (var reopened = SearchIndex.Attach(CaoStore.Open(_s.Store.DataDir)))
            Assert.False(SearchIndex.IsBehind(reopened));
        // No writer was opened: no new segment, no commit point.
        Assert.Equal(before, Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList());
    }

    [Fact]
    public void VerifyRemovesStaleDocumentsAndRebuildsALostIndex()
    {
        var bouw = _s.Search("ontwikkelbudget cao:bouw").Hits.Single().DocumentId;
        // The store loses a document the index still holds: the index entry is stale.
        _s.Store.Write((db, tx) => CaoStore.Command(db, tx, "DELETE FROM documents WHERE id = $d", ("$d", bouw)).ExecuteNonQuery());
        var report = SearchIndex.Verify(_s.Store, repair: true);
        Assert.Equal([bouw], report.Stale);
        Assert.True(SearchIndex.Verify(_s.Store, repair: false).Healthy);
        Assert.Empty(_s.Search("ontwikkelbudget cao:bouw").Hits);

        // The whole index folder lost: the next open indexes every current document again.
        var folder = SearchIndex.FolderOf(_s.Store);
        IndexReaders.Release(folder);
        Directory.Delete(folder, recursive: true);
        using var reopened = SearchIndex.Attach(CaoStore.Open(_s.Store.DataDir));
        var healed = SearchIndex.Verify(reopened, repair: false);
        Assert.True(healed.Healthy);
        Assert.Equal(3, healed.Indexed);
        Assert.NotEmpty(new Searcher(reopened).Search(new SearchRequest("ontwikkelbudget")).Hits);
    }

    [Fact]
    public void ReviewDecisionsReachTheCategoryFilterAtOnce()
    {
        new CaoMonitor.Classification.ClassificationWriter().Reclassify(_s.Store);
        var hit = _s.Search("deeltijders").Hits.Single();
        Assert.Empty(_s.Search("deeltijders categorie:LLO.EVC").Hits);
        new CaoMonitor.Classification.LabelStore(_s.Store).Decide(hit.ClauseId, "LLO.EVC", CaoMonitor.Classification.ReviewAction.Add,
            CaoMonitor.Domain.Strength.Recht, null, null, "tester");
        Assert.Equal(hit.ClauseId, _s.Search("deeltijders categorie:LLO.EVC").Hits.Single().ClauseId);
    }
}
