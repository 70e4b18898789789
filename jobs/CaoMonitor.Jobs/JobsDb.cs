using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Jobs;

/// <summary>One run of a job as `jobs history` shows it.</summary>
public sealed record JobRun(long Id, string Job, DateTimeOffset Started, DateTimeOffset? Finished, string Status, string? Error, int Attempt, string? Detail, string? Instance);

/// <summary>What a source has delivered of one item (a file or a URL).</summary>
public sealed record SourceItem(string Source, string Item, string State, string? Signature, string? ETag, string? LastModified,
    string? Sha256, string? LocalPath, string? Error, DateTimeOffset Updated);

/// <summary>
/// data/jobs.db: Quartz's job store tables (created here when absent) and CaoMonitor's own run
/// history, source state and job state. Kept apart from caomonitor.db so scheduling never
/// contends with the document store, and so the store's backup is the documents alone.
/// </summary>
public sealed class JobsDb
{
    public const string FileName = "jobs.db";
    public const string TablePrefix = "QRTZ_";

    public string Path { get; }
    public string ConnectionString { get; }

    private JobsDb(string path)
    {
        Path = path;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Quartz and our own writes share the file; waiting beats failing on a busy writer.
            DefaultTimeout = 30,
        }.ToString();
    }

    public static JobsDb Open(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        var db = new JobsDb(System.IO.Path.Combine(System.IO.Path.GetFullPath(dataDir), FileName));
        db.EnsureSchema();
        return db;
    }

    public SqliteConnection Connect()
    {
        var c = new SqliteConnection(ConnectionString);
        c.Open();
        Exec(c, "PRAGMA busy_timeout=30000;");
        return c;
    }

    /// <summary>Creates Quartz's tables and ours if absent; safe on every start.</summary>
    private void EnsureSchema()
    {
        using var c = Connect();
        Exec(c, "PRAGMA journal_mode=WAL;");
        using var tx = c.BeginTransaction();
        Exec(c, Resource("quartz-sqlite.sql").Replace("{P}", TablePrefix), tx);
        Exec(c, Resource("jobs.sql"), tx);
        tx.Commit();
    }

    internal static string Resource(string name)
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("CaoMonitor.Jobs.Schema." + name)
                      ?? throw new InvalidOperationException($"embedded schema {name} missing");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    // ---- run history -------------------------------------------------------------------------

    public long StartRun(string job, string? fireId, string? instance, int attempt, DateTimeOffset started)
    {
        using var c = Connect();
        return (long)Cmd(c, "INSERT INTO job_runs (job, fire_id, instance, started, status, attempt) VALUES ($j, $f, $i, $s, 'running', $a) RETURNING id",
            ("$j", job), ("$f", fireId), ("$i", instance), ("$s", Iso(started)), ("$a", attempt)).ExecuteScalar()!;
    }

    public void FinishRun(long id, string status, string? error, string? detail, DateTimeOffset finished)
    {
        using var c = Connect();
        Cmd(c, "UPDATE job_runs SET finished = $f, status = $s, error = $e, detail = $d WHERE id = $id",
            ("$f", Iso(finished)), ("$s", status), ("$e", Trim(error)), ("$d", Trim(detail)), ("$id", id)).ExecuteNonQuery();
    }

    public long? RunIdForFire(string fireId)
    {
        using var c = Connect();
        return Cmd(c, "SELECT id FROM job_runs WHERE fire_id = $f ORDER BY id DESC LIMIT 1", ("$f", fireId)).ExecuteScalar() as long?;
    }

    /// <summary>Rows left 'running' by a process that died: nobody will finish them now.</summary>
    public int MarkInterrupted()
    {
        using var c = Connect();
        return Cmd(c, "UPDATE job_runs SET status = 'interrupted', finished = $f, error = coalesce(error, 'the worker stopped during this run') " +
                      "WHERE status = 'running'", ("$f", Iso(DateTimeOffset.UtcNow))).ExecuteNonQuery();
    }

    public IReadOnlyList<JobRun> History(string? job = null, int limit = 100)
    {
        using var c = Connect();
        using var cmd = Cmd(c, """
            SELECT id, job, started, finished, status, error, attempt, detail, instance FROM job_runs
            WHERE $j IS NULL OR job = $j OR job LIKE $prefix
            ORDER BY id DESC LIMIT $n
            """, ("$j", job), ("$prefix", job is null ? null : job + ":%"), ("$n", limit));
        using var r = cmd.ExecuteReader();
        var list = new List<JobRun>();
        while (r.Read())
            list.Add(new JobRun(r.GetInt64(0), r.GetString(1), Parse(r.GetString(2)), r.IsDBNull(3) ? null : Parse(r.GetString(3)), r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.GetInt32(6), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8)));
        list.Reverse();
        return list;
    }

    public int PruneHistory(TimeSpan olderThan)
    {
        using var c = Connect();
        return Cmd(c, "DELETE FROM job_runs WHERE status <> 'running' AND started < $t", ("$t", Iso(DateTimeOffset.UtcNow - olderThan))).ExecuteNonQuery();
    }

    // ---- source items ------------------------------------------------------------------------

    public SourceItem? GetItem(string source, string item)
    {
        using var c = Connect();
        using var cmd = Cmd(c, "SELECT source, item, state, signature, etag, last_modified, sha256, local_path, error, updated FROM source_items WHERE source = $s AND item = $i",
            ("$s", source), ("$i", item));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new SourceItem(r.GetString(0), r.GetString(1), r.GetString(2), S(3), S(4), S(5), S(6), S(7), S(8), Parse(r.GetString(9)));
    }

    public IReadOnlyList<SourceItem> Items(string source)
    {
        using var c = Connect();
        using var cmd = Cmd(c, "SELECT item FROM source_items WHERE source = $s ORDER BY item", ("$s", source));
        using var r = cmd.ExecuteReader();
        var keys = new List<string>();
        while (r.Read()) keys.Add(r.GetString(0));
        return keys.Select(k => GetItem(source, k)!).ToList();
    }

    public void PutItem(SourceItem i)
    {
        using var c = Connect();
        Cmd(c, """
            INSERT INTO source_items (source, item, state, signature, etag, last_modified, sha256, local_path, error, updated)
            VALUES ($s, $i, $st, $sig, $etag, $lm, $sha, $path, $err, $u)
            ON CONFLICT(source, item) DO UPDATE SET state = excluded.state, signature = excluded.signature, etag = excluded.etag,
              last_modified = excluded.last_modified, sha256 = excluded.sha256, local_path = excluded.local_path,
              error = excluded.error, updated = excluded.updated
            """, ("$s", i.Source), ("$i", i.Item), ("$st", i.State), ("$sig", i.Signature), ("$etag", i.ETag), ("$lm", i.LastModified),
            ("$sha", i.Sha256), ("$path", i.LocalPath), ("$err", Trim(i.Error)), ("$u", Iso(i.Updated))).ExecuteNonQuery();
    }

    // ---- job state ---------------------------------------------------------------------------

    public string? GetState(string key)
    {
        using var c = Connect();
        return Cmd(c, "SELECT value FROM job_state WHERE key = $k", ("$k", key)).ExecuteScalar() as string;
    }

    public void SetState(string key, string value)
    {
        using var c = Connect();
        Cmd(c, "INSERT INTO job_state (key, value, updated) VALUES ($k, $v, $u) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated = excluded.updated",
            ("$k", key), ("$v", value), ("$u", Iso(DateTimeOffset.UtcNow))).ExecuteNonQuery();
    }

    public string IntegrityCheck()
    {
        using var c = Connect();
        return (string)Cmd(c, "PRAGMA integrity_check").ExecuteScalar()!;
    }

    // ---- helpers -----------------------------------------------------------------------------

    internal static void Exec(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    private static SqliteCommand Cmd(SqliteConnection c, string sql, params (string, object?)[] args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        return cmd;
    }

    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    private static DateTimeOffset Parse(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    private static string? Trim(string? s) => s is null ? null : s.Length <= 2000 ? s : s[..2000];
}
