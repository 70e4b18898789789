using System.Globalization;
using CaoMonitor.Domain;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Storage;

/// <summary>
/// The embedded store: one SQLite file (data/caomonitor.db) holding registry, documents, pages and
/// clauses, plus the originals by sha256 under data/originals. All reads and writes go through here.
/// </summary>
public sealed partial class CaoStore : IDisposable
{
    public const string DatabaseFile = "caomonitor.db";
    private readonly SqliteConnection _db;
    private readonly Lock _writeLock = new();

    public string DataDir { get; }
    public BlobStore Originals { get; }

    private CaoStore(string dataDir, SqliteConnection db)
    {
        DataDir = dataDir;
        _db = db;
        Originals = new BlobStore(Path.Combine(dataDir, "originals"));
    }

    public static CaoStore Open(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDir, DatabaseFile),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        db.Open();
        Exec(db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;");
        var store = new CaoStore(Path.GetFullPath(dataDir), db);
        store.Migrate();
        return store;
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);

    private void Migrate()
    {
        for (int v = SchemaVersion; v < Migrations.All.Count; v++)
        {
            using var tx = _db.BeginTransaction();
            Exec(_db, Migrations.All[v], tx);
            Exec(_db, $"PRAGMA user_version = {v + 1}", tx);
            tx.Commit();
        }
    }

    /// <summary>Runs work in one write transaction; the store's single writer lock keeps parallel ingest safe.</summary>
    public T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        lock (_writeLock)
        {
            using var tx = _db.BeginTransaction();
            var result = work(_db, tx);
            tx.Commit();
            return result;
        }
    }

    /// <summary>Read access for the stages that query the store (search, monitor).</summary>
    public SqliteConnection Connection => _db;

    public SqliteCommand Command(string sql, params (string Name, object? Value)[] args) => Command(_db, null, sql, args);

    public static SqliteCommand Command(SqliteConnection db, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    internal static void Exec(SqliteConnection db, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string, object?)[] args)
    {
        using var cmd = Command(sql, args);
        return cmd.ExecuteScalar();
    }

    /// <summary>SQLite's own check of the file (used by the nightly maintenance job and tests).</summary>
    public string IntegrityCheck() => (string)Scalar("PRAGMA integrity_check")!;

    /// <summary>A consistent copy of the database while it is in use.</summary>
    public void BackupTo(string path)
    {
        using var target = new SqliteConnection($"Data Source={path};Pooling=False");
        target.Open();
        _db.BackupDatabase(target);
    }

    public void Dispose() => _db.Dispose();

    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    internal static DateOnly? Date(object v) => v is string s && s.Length > 0 ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    internal static int? Int(object v) => v is DBNull ? null : Convert.ToInt32(v, CultureInfo.InvariantCulture);
    internal static string? Str(object v) => v is DBNull ? null : (string)v;
}
