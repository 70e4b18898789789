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
    private readonly string _connectionString;
    // SQLite allows one writer; serialising writes here avoids busy retries between our own threads.
    private readonly Lock _writeLock = new();

    public string DataDir { get; }
    public BlobStore Originals { get; }

    private CaoStore(string dataDir)
    {
        DataDir = dataDir;
        Originals = new BlobStore(Path.Combine(dataDir, "originals"));
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDir, DatabaseFile),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public static CaoStore Open(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        var store = new CaoStore(Path.GetFullPath(dataDir));
        using (var db = store.OpenConnection()) Exec(db, "PRAGMA journal_mode=WAL;");
        store.Migrate();
        return store;
    }

    /// <summary>
    /// A new (pooled) connection: one per operation, so parallel ingest, web requests and jobs never
    /// share a connection; WAL lets readers go on while one writer writes.
    /// </summary>
    public SqliteConnection OpenConnection()
    {
        var db = new SqliteConnection(_connectionString);
        db.Open();
        Exec(db, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");
        return db;
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);

    private void Migrate()
    {
        lock (_writeLock)
        {
            using var db = OpenConnection();
            for (int v = Convert.ToInt32(Scalar(db, "PRAGMA user_version"), CultureInfo.InvariantCulture); v < Migrations.All.Count; v++)
            {
                using var tx = db.BeginTransaction();
                Exec(db, Migrations.All[v], tx);
                Exec(db, $"PRAGMA user_version = {v + 1}", tx);
                tx.Commit();
            }
        }
    }

    /// <summary>Runs work in one write transaction.</summary>
    public T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        lock (_writeLock)
        {
            using var db = OpenConnection();
            using var tx = db.BeginTransaction();
            var result = work(db, tx);
            tx.Commit();
            return result;
        }
    }

    /// <summary>Runs a query on its own connection and maps every row.</summary>
    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] args)
    {
        using var db = OpenConnection();
        using var cmd = Command(db, null, sql, args);
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read()) list.Add(map(r));
        return list;
    }

    public object? Scalar(string sql, params (string Name, object? Value)[] args)
    {
        using var db = OpenConnection();
        return Scalar(db, sql, args);
    }

    private static object? Scalar(SqliteConnection db, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(db, null, sql, args);
        return cmd.ExecuteScalar();
    }

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

    /// <summary>SQLite's own check of the file (used by the nightly maintenance job and tests).</summary>
    public string IntegrityCheck() => (string)Scalar("PRAGMA integrity_check")!;

    /// <summary>A consistent copy of the database while it is in use.</summary>
    public void BackupTo(string path)
    {
        using var db = OpenConnection();
        using var target = new SqliteConnection($"Data Source={path};Pooling=False");
        target.Open();
        db.BackupDatabase(target);
    }

    /// <summary>Releases pooled connections so the files can be moved or deleted.</summary>
    public void Dispose() => SqliteConnection.ClearPool(new SqliteConnection(_connectionString));

    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    internal static DateOnly? Date(object v) => v is string s && s.Length > 0 ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    internal static int? Int(object v) => v is DBNull ? null : Convert.ToInt32(v, CultureInfo.InvariantCulture);
    internal static string? Str(object v) => v is DBNull ? null : (string)v;
}
