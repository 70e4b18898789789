using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using CaoMonitor.Analysis;
using CaoMonitor.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CaoMonitor.Search;

/// <summary>What <see cref="SearchIndex.Verify"/> found, and what it repaired.</summary>
public sealed record IndexReport(int Documents, int Indexed, int Clauses, IReadOnlyList<long> Missing, IReadOnlyList<long> Stale, bool Repaired)
{
    public bool Healthy => Missing.Count == 0 && Stale.Count == 0;
}

/// <summary>
/// The Lucene index in data/index/, derived from the store. A document is indexed after its store
/// transaction commits (<see cref="CaoStore.DocumentCommitted"/>); the store's search_documents table
/// then records the revision as indexed. <see cref="Verify"/> compares store, record and index and
/// re-indexes or removes what differs, so a crash between the two commits heals on the next open.
/// </summary>
public static class SearchIndex
{
    private static readonly ConditionalWeakTable<CaoStore, object> Attached = new();
    // One IndexWriter per index folder at a time in this process; other processes wait on Lucene's write.lock.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteLocks = new(StringComparer.Ordinal);
    // Index folders where a write of this process failed since its last successful sweep (see TryUpdate).
    private static readonly ConcurrentDictionary<string, bool> Failed = new(StringComparer.Ordinal);

    /// <summary>Test hook: "kill-after-store-commit" kills the process between the store commit and the index commit.</summary>
    internal const string FaultVariable = "CAOMONITOR_FAULT";

    public static string FolderOf(CaoStore store) => Path.Combine(store.DataDir, SearchSchema.Folder);

    /// <summary>
    /// Keeps the index in step with the store from now on (documents after commit, labels when they
    /// change) and repairs what an earlier crash left behind. Idempotent; call it wherever a store is opened.
    /// </summary>
    public static CaoStore Attach(CaoStore store)
    {
        lock (Attached)
        {
            if (Attached.TryGetValue(store, out _)) return store;
            Attached.Add(store, new object());
        }
        store.EnsureSchema(SearchSchema.Schema);
        store.DocumentCommitted += id =>
        {
            if (Environment.GetEnvironmentVariable(FaultVariable) == "kill-after-store-commit")
                System.Diagnostics.Process.GetCurrentProcess().Kill();
            if (Deferred(store, id) is { } due)
            {
                if (due.Count > 0) TryUpdate(store, due);
                return;
            }
            TryUpdate(store, [id]);
        };
        store.LabelsChanged += ids =>
        {
            if (ids is null) TryUpdate(store, CurrentDocuments(store));
            else TryUpdate(store, ids);
        };
        Heal(store);
        return store;
    }

    // Documents committed inside a Defer scope, per store, waiting for one shared index write.
    private sealed class Deferral
    {
        public int Depth;
        public List<long> Pending = [];
    }

    private static readonly ConditionalWeakTable<CaoStore, Deferral> Deferrals = new();

    /// <summary>How many deferred documents are indexed together at most, so search follows a long batch.</summary>
    internal const int DeferredBatch = 32;

    /// <summary>
    /// Until the returned scope ends, documents the store commits are indexed in groups (of
    /// <see cref="DeferredBatch"/>, and the rest when the scope ends) instead of one by one. Every
    /// index write opens a writer, commits with fsync and leaves a segment to merge, which made that
    /// write most of a batch ingest's time. Nothing is lost by waiting: until its group is written a
    /// document has no "indexed" record, so a crash leaves it for the next open to repair.
    /// </summary>
    public static IDisposable Defer(CaoStore store)
    {
        var d = Deferrals.GetValue(store, _ => new Deferral());
        lock (d) d.Depth++;
        return new EndDeferral(store, d);
    }

    private sealed class EndDeferral(CaoStore store, Deferral d) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 1) return;
            List<long> due;
            lock (d)
            {
                if (--d.Depth > 0) return;
                (due, d.Pending) = (d.Pending, []);
            }
            if (due.Count > 0) TryUpdate(store, due);
        }
    }

    /// <summary>Null outside a Defer scope; inside it, the documents now due for a write (often none yet).</summary>
    private static List<long>? Deferred(CaoStore store, long id)
    {
        if (!Deferrals.TryGetValue(store, out var d)) return null;
        lock (d)
        {
            if (d.Depth == 0) return null;
            d.Pending.Add(id);
            if (d.Pending.Count < DeferredBatch) return [];
            var due = d.Pending;
            d.Pending = [];
            return due;
        }
    }

    /// <summary>
    /// How long a write waits for the index: for this process's other writer, then for another process's
    /// write.lock (workers, web, CLI share data/index/). Writes are short; a longer wait means a rebuild
    /// or a stuck process, and waiting on it would stall a job, so the write is left for later instead.
    /// </summary>
    internal static TimeSpan LockWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Open-time repair, only when the index is behind the store (a cheap check: the record of indexed
    /// revisions against the current documents, and the number of indexed clauses). Never throws: a
    /// busy or damaged index must not keep the store from opening; a later open repairs it.
    /// </summary>
    private static void Heal(CaoStore store)
    {
        try
        {
            if (IsBehind(store)) Verify(store, repair: true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"search index not repaired now ({e.Message}); the next start or `caomonitor index verify` repairs it");
        }
    }

    /// <summary>
    /// The store has committed; a failing or busy index must not undo or stall that. Documents that
    /// could not be written lose their "indexed" record, so the next write, open or verify redoes them;
    /// after such a failure this process's next successful write takes along every document recorded as
    /// behind. (Not on every write: documents another thread or process is about to index would be
    /// indexed twice, and the deleted copies skew BM25 statistics until segments merge.)
    /// </summary>
    private static void TryUpdate(CaoStore store, IReadOnlyCollection<long> documentIds)
    {
        var folder = FolderOf(store);
        try
        {
            bool sweep = Failed.ContainsKey(folder);
            Update(store, sweep ? [.. documentIds, .. Unrecorded(store)] : documentIds);
            if (sweep) Failed.TryRemove(folder, out _);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Failed[folder] = true;
            try { Forget(store, documentIds); }
            catch (Exception f) when (f is not OutOfMemoryException) { Console.Error.WriteLine($"search index record not updated ({f.Message})"); }
            Console.Error.WriteLine($"search index not updated now ({e.Message}); the next write, the next start or `caomonitor index verify` repairs it");
        }
    }

    /// <summary>Current documents without an indexed record, and records of documents no longer current (by SQL alone).</summary>
    private static List<long> Unrecorded(CaoStore store) => store.Query("""
        SELECT d.id FROM documents d LEFT JOIN search_documents s ON s.document_id = d.id
        WHERE d.is_current = 1 AND d.status = 'ok' AND s.document_id IS NULL
        UNION
        SELECT s.document_id FROM search_documents s LEFT JOIN documents d ON d.id = s.document_id
        WHERE d.id IS NULL OR d.is_current = 0 OR d.status <> 'ok'
        LIMIT 200
        """, r => r.GetInt64(0));

    /// <summary>The cheap test for open: unrecorded documents, or an index whose live clauses differ from the record.</summary>
    internal static bool IsBehind(CaoStore store)
    {
        store.EnsureSchema(SearchSchema.Schema);
        if (Unrecorded(store).Count > 0) return true;
        long recorded = store.Query("SELECT coalesce(sum(clauses), 0) FROM search_documents", r => r.GetInt64(0)).Single();
        var folder = FolderOf(store);
        if (!System.IO.Directory.Exists(folder)) return recorded > 0;
        using var dir = FSDirectory.Open(folder);
        if (!DirectoryReader.IndexExists(dir)) return recorded > 0;
        using var reader = DirectoryReader.Open(dir);
        return reader.NumDocs != recorded;
    }

    /// <summary>Drops the indexed record of these documents (null: all), so they count as behind.</summary>
    private static void Forget(CaoStore store, IReadOnlyCollection<long> documentIds) => store.Write((db, tx) =>
    {
        using var del = CaoStore.Command(db, tx, "DELETE FROM search_documents WHERE document_id = $d", ("$d", 0L));
        foreach (var id in documentIds) { del.Parameters["$d"].Value = id; del.ExecuteNonQuery(); }
        return 0;
    });

    /// <summary>This process's writer for the folder, waited for at most <see cref="LockWait"/>.</summary>
    private static IDisposable ProcessWriteLock(string folder)
    {
        var gate = WriteLocks.GetOrAdd(folder, _ => new SemaphoreSlim(1, 1));
        if (!gate.Wait(LockWait)) throw new TimeoutException($"the search index is being written by another task for more than {LockWait.TotalSeconds:0} s");
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _done;
        public void Dispose() { if (Interlocked.Exchange(ref _done, 1) == 0) gate.Release(); }
    }

    /// <summary>Indexes these documents as the store has them now: current ones (re)written, others removed.</summary>
    public static void Update(CaoStore store, IReadOnlyCollection<long> documentIds)
    {
        if (documentIds.Count == 0) return;
        var folder = FolderOf(store);
        using (ProcessWriteLock(folder))
        {
            var written = new List<(long Id, int Clauses)>();
            var removed = new List<long>();
            using (var db = store.OpenConnection())
            using (var writer = OpenWriter(folder, create: false))
            {
                var labels = LabelsAvailable(db);
                foreach (var id in documentIds.Distinct())
                {
                    var lids = LidSource.ForDocument(db, id, labels);
                    // Earlier revisions of the same cao version leave the index with it.
                    foreach (var other in OtherRevisions(db, id))
                    {
                        writer.DeleteDocuments(new Term(SearchSchema.Document, Key(other)));
                        removed.Add(other);
                    }
                    if (lids is null)
                    {
                        writer.DeleteDocuments(new Term(SearchSchema.Document, Key(id)));
                        removed.Add(id);
                        continue;
                    }
                    writer.UpdateDocuments(new Term(SearchSchema.Document, Key(id)), lids.Select(ToDocument).ToList());
                    written.Add((id, lids.Count));
                }
                writer.Commit();
            }
            Record(store, written, removed, replaceAll: false);
        }
    }

    public sealed record RebuildStats(int Clauses, TimeSpan Elapsed)
    {
        public double ClausesPerSecond => Elapsed.TotalSeconds > 0 ? Clauses / Elapsed.TotalSeconds : 0;
    }

    /// <summary>
    /// Writes a new index of every leaf clause of every current document (readers keep the old one
    /// until the new one commits). Analysis runs on every core through IndexWriter's per-thread writers.
    /// </summary>
    public static RebuildStats Rebuild(CaoStore store, Action<int, int>? progress = null, CancellationToken ct = default)
    {
        store.EnsureSchema(SearchSchema.Schema);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var folder = FolderOf(store);
        int done = 0;
        var written = new List<(long, int)>();
        using (ProcessWriteLock(folder))
        {
            using (var db = store.OpenConnection())
            using (var writer = OpenWriter(folder, create: true))
            {
                int total = Convert.ToInt32(CaoStore.Command(db, null, $"SELECT count(*) {LidSource.CurrentLeaves}").ExecuteScalar(), CultureInfo.InvariantCulture);
                progress?.Invoke(0, total);
                var batches = new BlockingCollection<List<LidSource.Lid>>(boundedCapacity: 4);
                var consumers = Enumerable.Range(0, Math.Max(1, Math.Min(4, Environment.ProcessorCount))).Select(_ => Task.Run(() =>
                {
                    foreach (var batch in batches.GetConsumingEnumerable(ct))
                    {
                        foreach (var lid in batch) writer.AddDocument(ToDocument(lid));
                        int now = Interlocked.Add(ref done, batch.Count);
                        progress?.Invoke(now, total);
                    }
                }, ct)).ToArray();
                try
                {
                    foreach (var (id, lids) in LidSource.AllCurrent(db, LabelsAvailable(db)))
                    {
                        ct.ThrowIfCancellationRequested();
                        written.Add((id, lids.Count));
                        for (int i = 0; i < lids.Count; i += 500) batches.Add(lids.GetRange(i, Math.Min(500, lids.Count - i)), ct);
                    }
                }
                finally { batches.CompleteAdding(); }
                Task.WaitAll(consumers, ct);
                writer.Commit();
            }
            Record(store, written, [], replaceAll: true);
        }
        return new RebuildStats(done, sw.Elapsed);
    }

    /// <summary>
    /// Compares the store's current documents with the record of indexed revisions and with the index
    /// itself (documents and their number of clauses); with <paramref name="repair"/>, re-indexes what
    /// is missing or incomplete and removes what is stale.
    /// </summary>
    public static IndexReport Verify(CaoStore store, bool repair = true)
    {
        store.EnsureSchema(SearchSchema.Schema);
        var folder = FolderOf(store);
        Dictionary<long, int> expected, recorded;
        using (var db = store.OpenConnection())
        {
            expected = Pairs(db, $"SELECT c.document_id, count(*) {LidSource.CurrentLeaves} GROUP BY c.document_id");
            recorded = Pairs(db, "SELECT document_id, clauses FROM search_documents");
        }
        var actual = IndexedDocuments(folder);
        var missing = expected.Where(e => !recorded.TryGetValue(e.Key, out var r) || r != e.Value
                || !actual.TryGetValue(e.Key, out var a) || a != e.Value)
            .Select(e => e.Key).Order().ToList();
        var stale = actual.Keys.Concat(recorded.Keys).Where(id => !expected.ContainsKey(id)).Distinct().Order().ToList();
        bool repaired = false;
        if (repair && (missing.Count > 0 || stale.Count > 0))
        {
            Update(store, [.. missing, .. stale]);
            repaired = true;
        }
        return new IndexReport(expected.Count, actual.Count, actual.Values.Sum(), missing, stale, repaired);
    }

    /// <summary>Live Lucene documents per store document id.</summary>
    private static Dictionary<long, int> IndexedDocuments(string folder)
    {
        var result = new Dictionary<long, int>();
        if (!System.IO.Directory.Exists(folder)) return result;
        using var dir = FSDirectory.Open(folder);
        if (!DirectoryReader.IndexExists(dir)) return result;
        using var reader = DirectoryReader.Open(dir);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(SearchSchema.Document);
            if (terms is null) continue;
            var live = leaf.AtomicReader.LiveDocs;
            var te = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (te.MoveNext())
            {
                long id = long.Parse(te.Term.Utf8ToString(), CultureInfo.InvariantCulture);
                docs = te.Docs(live, docs, DocsFlags.NONE);
                int n = 0;
                while (docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS) n++;
                if (n > 0) result[id] = result.GetValueOrDefault(id) + n;
            }
        }
        return result;
    }

    private static Dictionary<long, int> Pairs(SqliteConnection db, string sql)
    {
        using var cmd = CaoStore.Command(db, null, sql);
        using var r = cmd.ExecuteReader();
        var d = new Dictionary<long, int>();
        while (r.Read()) d[r.GetInt64(0)] = r.GetInt32(1);
        return d;
    }

    private static List<long> CurrentDocuments(CaoStore store) =>
        store.Query("SELECT id FROM documents WHERE is_current = 1 AND status = 'ok'", r => r.GetInt64(0));

    private static List<long> OtherRevisions(SqliteConnection db, long documentId)
    {
        using var cmd = CaoStore.Command(db, null, """
            SELECT o.id FROM documents d JOIN documents o ON o.version_id = d.version_id AND o.id <> d.id
            WHERE d.id = $d AND d.is_current = 1
            """, ("$d", documentId));
        using var r = cmd.ExecuteReader();
        var list = new List<long>();
        while (r.Read()) list.Add(r.GetInt64(0));
        return list;
    }

    private static void Record(CaoStore store, List<(long Id, int Clauses)> written, List<long> removed, bool replaceAll) => store.Write((db, tx) =>
    {
        if (replaceAll) CaoStore.Command(db, tx, "DELETE FROM search_documents").ExecuteNonQuery();
        using (var del = CaoStore.Command(db, tx, "DELETE FROM search_documents WHERE document_id = $d", ("$d", 0L)))
            foreach (var id in removed) { del.Parameters["$d"].Value = id; del.ExecuteNonQuery(); }
        var at = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        using var ins = CaoStore.Command(db, tx, "INSERT OR REPLACE INTO search_documents (document_id, clauses, indexed_at) VALUES ($d, $n, $at)",
            ("$d", 0L), ("$n", 0), ("$at", at));
        foreach (var (id, n) in written) { ins.Parameters["$d"].Value = id; ins.Parameters["$n"].Value = n; ins.ExecuteNonQuery(); }
        return 0;
    });

    /// <summary>
    /// The analysis an index write does for one clause (its text in both analysed fields, its title),
    /// without writing anything: for `bench ingest`'s time per stage. Returns the number of tokens.
    /// </summary>
    public static int Analyse(string? title, string text)
    {
        int n = Count(SearchSchema.Text, text) + Count(SearchSchema.Word, text);
        if (title is { Length: > 0 }) n += Count(SearchSchema.Title, title);
        return n;

        static int Count(string field, string value)
        {
            using var ts = IndexAnalyzer.GetTokenStream(field, value);
            ts.Reset();
            int k = 0;
            while (ts.IncrementToken()) k++;
            ts.End();
            return k;
        }
    }

    internal static bool LabelsAvailable(SqliteConnection db) => Searcher.CategoriesAvailable(db);

    internal static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The analyser per field: the full chain, except "word" (the words themselves only).</summary>
    internal static Analyzer IndexAnalyzer { get; } = new PerFieldAnalyzerWrapper(DutchAnalyzer.ForIndex(),
        new Dictionary<string, Analyzer> { [SearchSchema.Word] = DutchAnalyzer.ForOriginals() });

    private static IndexWriter OpenWriter(string folder, bool create)
    {
        System.IO.Directory.CreateDirectory(folder);
        var config = new IndexWriterConfig(DutchAnalyzer.Version, IndexAnalyzer)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
            // Another process (web, jobs, CLI) may be writing: wait for its write.lock briefly, then leave the write for later.
            WriteLockTimeout = (long)LockWait.TotalMilliseconds,
        };
        return new IndexWriter(FSDirectory.Open(folder), config);
    }

    private static readonly FieldType Positional = Frozen(new FieldType { IsIndexed = true, IsTokenized = true, IsStored = false, IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS });
    private static readonly FieldType Counted = Frozen(new FieldType { IsIndexed = true, IsTokenized = true, IsStored = false, IndexOptions = IndexOptions.DOCS_AND_FREQS });

    private static FieldType Frozen(FieldType t) { t.Freeze(); return t; }

    private static Document ToDocument(LidSource.Lid lid)
    {
        var d = new Document
        {
            new StringField(SearchSchema.Document, Key(lid.DocumentId), Field.Store.NO),
            new StringField(SearchSchema.Agreement, lid.Agreement, Field.Store.NO),
            new StoredField(SearchSchema.Clause, lid.ClauseId),
            new NumericDocValuesField(SearchSchema.Clause, lid.ClauseId),
            new NumericDocValuesField(SearchSchema.Document, lid.DocumentId),
            new NumericDocValuesField(SearchSchema.Group, lid.GroupId),
            new SortedDocValuesField(SearchSchema.Family, new BytesRef(lid.Family)),
            new Field(SearchSchema.Text, lid.Text, Positional),
            new Field(SearchSchema.Word, lid.Text, Counted),
        };
        if (lid.Title is { Length: > 0 } title) d.Add(new Field(SearchSchema.Title, title, Positional));
        if (lid.Heading) d.Add(new StringField(SearchSchema.Heading, "1", Field.Store.NO));
        var categories = new HashSet<string>(StringComparer.Ordinal);
        var strengths = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, strength) in lid.Labels)
        {
            foreach (var prefix in Prefixes(code))
            {
                categories.Add(prefix);
                pairs.Add(prefix + "|" + strength);
            }
            strengths.Add(strength);
            d.Add(new SortedSetDocValuesField(SearchSchema.Labels, new BytesRef(code + "|" + strength)));
        }
        foreach (var c in categories) d.Add(new StringField(SearchSchema.Category, c, Field.Store.NO));
        foreach (var s in strengths) d.Add(new StringField(SearchSchema.Strength, s, Field.Store.NO));
        foreach (var p in pairs) d.Add(new StringField(SearchSchema.CategoryStrength, p, Field.Store.NO));
        return d;
    }

    /// <summary>LLO.BUDGET -> LLO, LLO.BUDGET (the categorie: filter matches whole code segments).</summary>
    internal static IEnumerable<string> Prefixes(string code)
    {
        for (int i = code.IndexOf('.'); i > 0; i = code.IndexOf('.', i + 1)) yield return code[..i];
        yield return code;
    }
}
