using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Sources;

/// <summary>What a source has delivered of one item (a file or a URL), and the queued ingest job.</summary>
public sealed record SourceItem(string Source, string Item, string State, string? Signature, string? ETag, string? LastModified,
    string? LocalPath, string? Error, DateTimeOffset Updated, string? Job = null);

/// <summary>
/// The Sources stage's own state, in data/sources.db: per item what was seen, queued, done or failed
/// (file signatures, ETags, Last-Modified), and small stamps (registry files already read). Its own
/// file, beside the document store, so polling never takes the store's write lock; WAL mode lets
/// several workers on one machine share it.
/// </summary>
public sealed class SourceItems
{
    public const string FileName = "sources.db";
    public string Path { get; }
    private readonly string _connectionString;

    private SourceItems(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public static SourceItems Open(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        var s = new SourceItems(System.IO.Path.Combine(System.IO.Path.GetFullPath(dataDir), FileName));
        using var c = s.Connect();
        Exec(c, """
            PRAGMA journal_mode=WAL;
            create table if not exists source_items (
              source text not null,
              item text not null,           -- relative path (folder) or URL (http)
              state text not null,          -- seen, queued, done, failed, gone
              signature text,               -- size:mtime for files; the folder's stability check compares it
              etag text,
              last_modified text,
              local_path text,
              error text,
              job text,                     -- the queued ingest job's id
              updated text not null,
              primary key (source, item));
            create table if not exists source_stamps (key text primary key, value text not null, updated text not null);
            """);
        return s;
    }

    private SqliteConnection Connect()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        Exec(c, "PRAGMA busy_timeout=30000;");
        return c;
    }

    public SourceItem? Get(string source, string item)
    {
        using var c = Connect();
        using var cmd = Cmd(c, "SELECT source, item, state, signature, etag, last_modified, local_path, error, updated, job FROM source_items WHERE source = $s AND item = $i",
            ("$s", source), ("$i", item));
        using var r = cmd.ExecuteReader();
        return r.Read() ? Read(r) : null;
    }

    public IReadOnlyList<SourceItem> Items(string? source = null)
    {
        using var c = Connect();
        using var cmd = Cmd(c, "SELECT source, item, state, signature, etag, last_modified, local_path, error, updated, job FROM source_items " +
                               "WHERE $s IS NULL OR source = $s ORDER BY source, item", ("$s", source));
        using var r = cmd.ExecuteReader();
        var list = new List<SourceItem>();
        while (r.Read()) list.Add(Read(r));
        return list;
    }

    private static SourceItem Read(SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new SourceItem(r.GetString(0), r.GetString(1), r.GetString(2), S(3), S(4), S(5), S(6), S(7),
            DateTimeOffset.Parse(r.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal), S(9));
    }

    public void Put(SourceItem i)
    {
        using var c = Connect();
        Cmd(c, """
            INSERT INTO source_items (source, item, state, signature, etag, last_modified, local_path, error, job, updated)
            VALUES ($s, $i, $st, $sig, $etag, $lm, $path, $err, $job, $u)
            ON CONFLICT(source, item) DO UPDATE SET state = excluded.state, signature = excluded.signature, etag = excluded.etag,
              last_modified = excluded.last_modified, local_path = excluded.local_path, error = excluded.error, job = excluded.job,
              updated = excluded.updated
            """, Values(i)).ExecuteNonQuery();
    }

    private static (string, object?)[] Values(SourceItem i) =>
        [("$s", i.Source), ("$i", i.Item), ("$st", i.State), ("$sig", i.Signature), ("$etag", i.ETag), ("$lm", i.LastModified),
         ("$path", i.LocalPath), ("$err", i.Error is { Length: > 2000 } e ? e[..2000] : i.Error), ("$job", i.Job), ("$u", Iso(i.Updated))];

    /// <summary>
    /// Writes <paramref name="row"/> only if the item is still as <paramref name="seen"/> read it (same state and
    /// job; absent when null). A job on another worker may finish between a poll's read and its write: writing
    /// over its "done" would queue the file a second time.
    /// </summary>
    public bool PutIfUnchanged(SourceItem row, SourceItem? seen)
    {
        using var c = Connect();
        if (seen is null)
            return Cmd(c, """
                INSERT INTO source_items (source, item, state, signature, etag, last_modified, local_path, error, job, updated)
                VALUES ($s, $i, $st, $sig, $etag, $lm, $path, $err, $job, $u) ON CONFLICT(source, item) DO NOTHING
                """, Values(row)).ExecuteNonQuery() == 1;
        return Cmd(c, """
            UPDATE source_items SET state = $st, signature = $sig, etag = $etag, last_modified = $lm, local_path = $path,
              error = $err, job = $job, updated = $u
            WHERE source = $s AND item = $i AND state = $seenState AND job IS $seenJob
            """, [.. Values(row), ("$seenState", seen.State), ("$seenJob", seen.Job)]).ExecuteNonQuery() == 1;
    }

    /// <summary>
    /// Records the queued job's id, but only on a row that is still queued without one. One conditional
    /// statement, because the job may run on another worker at once: a read-then-write here could put
    /// "queued" back over the "done" that job wrote meanwhile, and the next poll would queue it again.
    /// </summary>
    public bool RecordJob(string source, string item, string job)
    {
        using var c = Connect();
        return Cmd(c, "UPDATE source_items SET job = $job WHERE source = $s AND item = $i AND state = 'queued' AND job IS NULL",
            ("$s", source), ("$i", item), ("$job", job)).ExecuteNonQuery() == 1;
    }

    public string? Stamp(string key)
    {
        using var c = Connect();
        return Cmd(c, "SELECT value FROM source_stamps WHERE key = $k", ("$k", key)).ExecuteScalar() as string;
    }

    public void SetStamp(string key, string value)
    {
        using var c = Connect();
        Cmd(c, "INSERT INTO source_stamps (key, value, updated) VALUES ($k, $v, $u) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated = excluded.updated",
            ("$k", key), ("$v", value), ("$u", Iso(DateTimeOffset.UtcNow))).ExecuteNonQuery();
    }

    public string IntegrityCheck()
    {
        using var c = Connect();
        return (string)Cmd(c, "PRAGMA integrity_check").ExecuteScalar()!;
    }

    /// <summary>A consistent copy (SQLite's online backup) at <paramref name="target"/>.</summary>
    public void BackupTo(string target)
    {
        using var c = Connect();
        using var t = new SqliteConnection($"Data Source={target};Pooling=False");
        t.Open();
        c.BackupDatabase(t);
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static SqliteCommand Cmd(SqliteConnection c, string sql, params (string, object?)[] args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        return cmd;
    }

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
