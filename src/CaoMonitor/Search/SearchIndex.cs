using System.Runtime.CompilerServices;
using CaoMonitor.Analysis;
using CaoMonitor.Domain;
using CaoMonitor.Storage;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Search;

/// <summary>
/// Keeps <see cref="SearchSchema.Table"/> in step with the clauses: registered as a clause writer,
/// it indexes a document's leaf clauses (under their heading title) in the transaction that stores
/// them and drops the rows of the revisions it replaces, so the index holds exactly the leaf clauses
/// of current documents.
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

    public StoreSchema Schema => SearchSchema.Schema;

    public void Write(StoreTransaction tx, WrittenClauses written)
    {
        // Earlier revisions of this version are no longer current: their rows leave the index.
        using (var del = tx.Command($"DELETE FROM {SearchSchema.Table} WHERE rowid IN (SELECT value FROM json_each($ids))",
                   ("$ids", System.Text.Json.JsonSerializer.Serialize(written.SupersededLeafIds))))
            del.ExecuteNonQuery();
        using var ins = InsertCommand(tx.Db, tx.Tx);
        foreach (var c in written.Leaves) Insert(ins, Analyse(c.Id, c.Heading.Title, c.Text));
    }

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
        store.EnsureSchema(SearchSchema.Schema);
        var index = new SearchIndex();
        int done = 0;
        int total = store.LeafCount(currentOnly: true);
        store.Write((db, tx) =>
        {
            CaoStore.Command(db, tx, $"INSERT INTO {SearchSchema.Table}({SearchSchema.Table}) VALUES ('delete-all')").ExecuteNonQuery();
            using var ins = InsertCommand(db, tx);
            // Storage streams the leaves on its own connection while this transaction writes the index.
            using var leaves = store.Leaves(currentOnly: true).GetEnumerator();
            const int BatchSize = 2000;
            var pending = Task.FromResult(Array.Empty<Row>());
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var batch = new List<(long Id, string? Title, string Text)>(BatchSize);
                while (batch.Count < BatchSize && leaves.MoveNext())
                    batch.Add((leaves.Current.Id, leaves.Current.Heading.Title, leaves.Current.Text));
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
