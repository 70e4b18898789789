using System.Globalization;
using CaoMonitor.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CaoMonitor.Search;

/// <summary>One cao document (version) as search shows and filters it.</summary>
internal sealed record DocumentInfo(long Id, string AgreementId, string VersionId, string Name, string Type, string? Sector, string? Start, string? End)
{
    public int[] Years { get; } = Searcher.YearsInForce(Start, End).ToArray();
}

/// <summary>
/// What a search needs per Lucene document, computed once per opened reader: the store document,
/// the article (group) and the article's family across versions, as dense numbers, so collecting
/// a million matches is array lookups.
/// </summary>
internal sealed class ReaderData
{
    public required DocumentInfo[] Documents { get; init; }
    public required int[] DocumentOf { get; init; }
    public required int[] GroupOf { get; init; }
    public required long[] ClauseOf { get; init; }
    public required int[] GroupFamily { get; init; }
    public required int[] GroupDocument { get; init; }
    public required bool LabelsAvailable { get; init; }
    public int GroupCount => GroupFamily.Length;
    public required int FamilyCount { get; init; }
    /// <summary>Collectors' arrays, reused by later searches on this reader (one set per concurrent search).</summary>
    public System.Collections.Concurrent.ConcurrentBag<GroupBuffers> Buffers { get; } = [];

    public static ReaderData Build(DirectoryReader reader, CaoStore store)
    {
        var docs = new List<DocumentInfo>();
        bool labels;
        using (var db = store.OpenConnection())
        {
            using var cmd = CaoStore.Command(db, null, """
                SELECT id, agreement_id, version_id, name, type, sector, start_date, end_date FROM documents WHERE is_current = 1 AND status = 'ok'
                """);
            using var r = cmd.ExecuteReader();
            static string? S(Microsoft.Data.Sqlite.SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
            while (r.Read())
                docs.Add(new DocumentInfo(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), S(r, 5), S(r, 6), S(r, 7)));
            r.Close();
            labels = Searcher.CategoriesAvailable(db);
        }
        var docOrd = new Dictionary<long, int>(docs.Count);
        for (int i = 0; i < docs.Count; i++) docOrd[docs[i].Id] = i;

        int max = reader.MaxDoc;
        var documentOf = new int[max];
        var groupOf = new int[max];
        var clauseOf = new long[max];
        Array.Fill(documentOf, -1);
        Array.Fill(groupOf, -1);
        var groups = new Dictionary<long, int>();
        var families = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupFamily = new List<int>();
        var groupDocument = new List<int>();
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var ar = leaf.AtomicReader;
            var live = ar.LiveDocs;
            var did = ar.GetNumericDocValues(SearchSchema.Document);
            var gid = ar.GetNumericDocValues(SearchSchema.Group);
            var cid = ar.GetNumericDocValues(SearchSchema.Clause);
            var fam = ar.GetSortedDocValues(SearchSchema.Family);
            if (did is null || gid is null || cid is null || fam is null) continue;
            for (int doc = 0; doc < ar.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                // A document that is no longer current (its deletion not yet committed) is not found.
                if (!docOrd.TryGetValue(did.Get(doc), out var d)) continue;
                int global = leaf.DocBase + doc;
                documentOf[global] = d;
                clauseOf[global] = cid.Get(doc);
                long g = gid.Get(doc);
                if (!groups.TryGetValue(g, out var go))
                {
                    groups[g] = go = groupFamily.Count;
                    fam.Get(doc, bytes);
                    var key = bytes.Utf8ToString();
                    if (!families.TryGetValue(key, out var f)) families[key] = f = families.Count;
                    groupFamily.Add(f);
                    groupDocument.Add(d);
                }
                groupOf[global] = go;
            }
        }
        return new ReaderData
        {
            Documents = [.. docs], DocumentOf = documentOf, GroupOf = groupOf, ClauseOf = clauseOf,
            GroupFamily = [.. groupFamily], GroupDocument = [.. groupDocument], LabelsAvailable = labels,
            FamilyCount = families.Count,
        };
    }
}

/// <summary>A reader of the index held for one search; disposing it releases the reader.</summary>
internal sealed class IndexView(DirectoryReader reader, ReaderData data) : IDisposable
{
    public DirectoryReader Reader { get; } = reader;
    public ReaderData Data { get; } = data;
    public IndexSearcher Searcher { get; } = new(reader) { Similarity = new BM25Similarity() };
    public void Dispose() => Reader.DecRef();
}

/// <summary>
/// Open readers per index folder, reopened only when the index changed (the part of Lucene's
/// SearcherManager we need), with their <see cref="ReaderData"/>. A few folders are kept; the oldest is released.
/// </summary>
internal static class IndexReaders
{
    private sealed class Entry
    {
        public required FSDirectory Directory;
        public required DirectoryReader Reader;
        public required ReaderData Data;
        public long LastUsed;
    }

    private const int MaxFolders = 8;
    private static readonly Dictionary<string, Entry> Entries = new(StringComparer.Ordinal);
    private static long _clock;

    /// <summary>The current index of this store, or null when nothing has been indexed yet.</summary>
    public static IndexView? Open(CaoStore store)
    {
        var folder = SearchIndex.FolderOf(store);
        lock (Entries)
        {
            if (Entries.TryGetValue(folder, out var e))
            {
                var newer = DirectoryReader.OpenIfChanged(e.Reader);
                if (newer is not null)
                {
                    var data = ReaderData.Build(newer, store);
                    e.Reader.DecRef();
                    e.Reader = newer;
                    e.Data = data;
                }
            }
            else
            {
                if (!System.IO.Directory.Exists(folder)) return null;
                var dir = FSDirectory.Open(folder);
                if (!DirectoryReader.IndexExists(dir)) { dir.Dispose(); return null; }
                var reader = DirectoryReader.Open(dir);
                e = new Entry { Directory = dir, Reader = reader, Data = ReaderData.Build(reader, store) };
                Entries[folder] = e;
                if (Entries.Count > MaxFolders)
                {
                    var oldest = Entries.Where(x => x.Key != folder).MinBy(x => x.Value.LastUsed);
                    Entries.Remove(oldest.Key);
                    oldest.Value.Reader.DecRef();
                }
            }
            e.LastUsed = ++_clock;
            e.Reader.IncRef();
            return new IndexView(e.Reader, e.Data);
        }
    }

    /// <summary>Forgets the reader of a folder (its files are about to be deleted or replaced).</summary>
    public static void Release(string folder)
    {
        lock (Entries)
        {
            if (Entries.Remove(folder, out var e)) e.Reader.DecRef();
        }
    }

    internal static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
