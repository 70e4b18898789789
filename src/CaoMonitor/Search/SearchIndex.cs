using System.Runtime.CompilerServices;
using CaoMonitor.Analysis;
using CaoMonitor.Domain;
using CaoMonitor.Storage;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Search;

/// <summary>
/// Keeps <see cref="SearchSchema.Table"/> in step with the clauses: registered as a clause writer,
/// it indexes a document's leaf clauses in the transaction that stores them and drops the rows of
/// the revisions it replaces, so the index holds exactly the leaf clauses of current documents.
/// </summary>
public sealed class SearchIndex : IClauseWriter
{
    private static readonly ConditionalWeakTable<CaoStore, SearchIndex> Attached = new();
    private readonly DutchAnalyzer _analyzer;

    public SearchIndex(DutchAnalyzer? analyzer = null) => _analyzer = analyzer ?? DutchAnalyzer.ForIndex();

    /// <summary>Registers the index writer on a store once (idempotent); call it wherever a store is opened for ingest.</summary>
    public static CaoStore Attach(CaoStore store)
    {
        lock (Attached)
        {
            if (!Attached.TryGetValue(store, out _))
            {
                var index = new SearchIndex();
                Attached.Add(store, index);
                store.AddClauseWriter(index);
            }
        }
        return store;
    }

    /// <summary>The three column texts of one clause.</summary>
    public readonly record struct Row(long ClauseId, string Title, string Body, string Parts);

    public Row Analyse(long clauseId, string? title, string text)
    {
        var t = TermSerializer.Serialise(title is null ? [] : _analyzer.Analyze(title));
        var b = TermSerializer.Serialise(_analyzer.Analyze(text));
        var parts = t.Extras.Count == 0 ? b.Extras : [.. b.Extras, .. t.Extras];
        return new Row(clauseId, string.Join(' ', t.Positional), string.Join(' ', b.Positional), string.Join(' ', parts));
    }

    public void Write(SqliteConnection db, SqliteTransaction tx, long documentId, IReadOnlyList<Clause> storedClauses)
    {
        // Earlier revisions of this version are no longer current: their rows leave the index.
        using (var del = CaoStore.Command(db, tx, $"""
            DELETE FROM {SearchSchema.Table} WHERE rowid IN (
                SELECT c.id FROM clauses c JOIN documents d ON d.id = c.document_id
                WHERE c.is_leaf = 1 AND d.id <> $doc AND d.is_current = 0
                  AND d.version_id = (SELECT version_id FROM documents WHERE id = $doc))
            """, ("$doc", documentId)))
            del.ExecuteNonQuery();

        var byId = storedClauses.ToDictionary(c => c.Id);
        using var ins = InsertCommand(db, tx);
        foreach (var c in storedClauses)
        {
            if (!c.IsLeaf) continue;
            Insert(ins, Analyse(c.Id, TitleOf(c, byId), c.Text));
        }
    }

    /// <summary>The title a clause is found by: its own, else its nearest titled ancestor's (a lid takes
    /// its article's title). At most <see cref="TitleDepth"/> levels, as in <see cref="Rebuild"/>.</summary>
    internal static string? TitleOf(Clause c, IReadOnlyDictionary<long, Clause> byId)
    {
        var cur = c;
        for (int level = 0; level < TitleDepth; level++)
        {
            if (!string.IsNullOrWhiteSpace(cur.Title)) return cur.Title;
            if (cur.ParentId is not { } p || !byId.TryGetValue(p, out var parent)) return null;
            cur = parent;
        }
        return null;
    }

    private const int TitleDepth = 4;

    internal static SqliteCommand InsertCommand(SqliteConnection db, SqliteTransaction tx)
    {
        var cmd = CaoStore.Command(db, tx, $"INSERT INTO {SearchSchema.Table} (rowid, title, body, parts) VALUES ($id, $t, $b, $p)",
            ("$id", 0L), ("$t", ""), ("$b", ""), ("$p", ""));
        cmd.Prepare();
        return cmd;
    }

    internal static void Insert(SqliteCommand ins, Row row)
    {
        ins.Parameters["$id"].Value = row.ClauseId;
        ins.Parameters["$t"].Value = row.Title;
        ins.Parameters["$b"].Value = row.Body;
        ins.Parameters["$p"].Value = row.Parts;
        ins.ExecuteNonQuery();
    }

    /// <summary>Leaf clauses of current, successfully read documents: what the index must hold.</summary>
    internal const string IndexedClausesSql = """
        FROM clauses c
        JOIN documents d ON d.id = c.document_id
        LEFT JOIN clauses p1 ON p1.id = c.parent_id
        LEFT JOIN clauses p2 ON p2.id = p1.parent_id
        LEFT JOIN clauses p3 ON p3.id = p2.parent_id
        WHERE c.is_leaf = 1 AND d.is_current = 1 AND d.status = 'ok'
        """;

    public sealed record RebuildStats(int Clauses, TimeSpan Elapsed)
    {
        public double ClausesPerSecond => Elapsed.TotalSeconds > 0 ? Clauses / Elapsed.TotalSeconds : 0;
    }

    /// <summary>
    /// Empties the index and indexes every leaf clause of every current document again, in one
    /// transaction (readers keep the old index until it commits). Analysis of the next batch runs
    /// while the current batch is written.
    /// </summary>
    public static RebuildStats Rebuild(CaoStore store, Action<int, int>? progress = null, CancellationToken ct = default)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var total = Convert.ToInt32(store.Scalar($"SELECT count(*) {IndexedClausesSql}"));
        var index = new SearchIndex();
        int done = 0;
        store.Write((db, tx) =>
        {
            CaoStore.Command(db, tx, $"INSERT INTO {SearchSchema.Table}({SearchSchema.Table}) VALUES ('delete-all')").ExecuteNonQuery();
            using var read = CaoStore.Command(db, tx, $"""
                SELECT c.id, coalesce(nullif(trim(c.title), ''), nullif(trim(p1.title), ''), nullif(trim(p2.title), ''), nullif(trim(p3.title), '')), c.text
                {IndexedClausesSql} ORDER BY c.id
                """);
            using var r = read.ExecuteReader();
            using var ins = InsertCommand(db, tx);
            const int BatchSize = 2000;
            var pending = Task.FromResult(Array.Empty<Row>());
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var batch = new List<(long Id, string? Title, string Text)>(BatchSize);
                while (batch.Count < BatchSize && r.Read())
                    batch.Add((r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2)));
                var rows = pending.Result;
                pending = batch.Count == 0 ? Task.FromResult(Array.Empty<Row>()) : Task.Run(() =>
                {
                    var result = new Row[batch.Count];
                    Parallel.For(0, batch.Count, i => result[i] = index.Analyse(batch[i].Id, batch[i].Title, batch[i].Text));
                    return result;
                });
                foreach (var row in rows) Insert(ins, row);
                done += rows.Length;
                if (rows.Length > 0) progress?.Invoke(done, total);
                if (batch.Count == 0) break;
            }
            return 0;
        });
        progress?.Invoke(done, total);
        return new RebuildStats(done, sw.Elapsed);
    }
}
