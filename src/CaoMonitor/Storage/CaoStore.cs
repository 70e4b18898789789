using System.Globalization;
using CaoMonitor.Domain;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Storage;

/// <summary>
/// The embedded store: one SQLite file (data/caomonitor.db) holding registry, documents, pages and
/// clauses, plus the originals by sha256 under data/originals. The other stages keep their tables in
/// the same file (so a document, its index rows and labels commit together) and define them
/// themselves (<see cref="EnsureSchema"/>). SQL stays inside the library: faces call typed methods.
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
        store.StartBookkeeping();
        store.EnsureSchema(StorageSchema.Schema);
        return store;
    }

    /// <summary>The owner name of Storage's own tables in schema_versions.</summary>
    internal const string Owner = "storage";

    /// <summary>
    /// A new (pooled) connection: one per operation, so parallel ingest, web requests and jobs never
    /// share a connection; WAL lets readers go on while one writer writes.
    /// </summary>
    internal SqliteConnection OpenConnection()
    {
        var db = new SqliteConnection(_connectionString);
        db.Open();
        Exec(db, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");
        return db;
    }

    /// <summary>Migrations applied per owner (storage, search, classification), for diagnostics and tests.</summary>
    public IReadOnlyDictionary<string, int> SchemaVersions =>
        Query("SELECT owner, version FROM schema_versions", r => (r.GetString(0), r.GetInt32(1))).ToDictionary(x => x.Item1, x => x.Item2);

    /// <summary>
    /// Creates the per-owner bookkeeping. A store made before the stages owned their tables kept one
    /// counter (PRAGMA user_version) over one list: 1 was Storage's tables, 2 Search's index, 3
    /// Classification's tables; those become the first migration of each owner.
    /// </summary>
    private void StartBookkeeping()
    {
        lock (_writeLock)
        {
            using var db = OpenConnection();
            using var tx = db.BeginTransaction();
            using (var exists = Command(db, tx, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_versions'"))
                if ((long)exists.ExecuteScalar()! == 0)
                {
                    Exec(db, "CREATE TABLE schema_versions (owner TEXT PRIMARY KEY, version INTEGER NOT NULL)", tx);
                    int legacy = Convert.ToInt32(Command(db, tx, "PRAGMA user_version").ExecuteScalar(), CultureInfo.InvariantCulture);
                    string[] owners = [Owner, "search", "classification"];
                    for (int i = 0; i < Math.Min(legacy, owners.Length); i++)
                        Command(db, tx, "INSERT INTO schema_versions (owner, version) VALUES ($o, 1)", ("$o", owners[i])).ExecuteNonQuery();
                }
            tx.Commit();
        }
    }

    // Read without the write lock: a long write (reclassify) must not hold up readers that only check this.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _migrated = new();

    /// <summary>
    /// Applies the migrations of one owner's schema that this database lacks, one transaction each.
    /// Each stage calls it before it first touches its tables; after the first call it costs nothing.
    /// </summary>
    public void EnsureSchema(StoreSchema schema)
    {
        if (_migrated.ContainsKey(schema.Owner)) return;
        lock (_writeLock)
        {
            if (_migrated.ContainsKey(schema.Owner)) return;
            using var db = OpenConnection();
            int version = Convert.ToInt32(Scalar(db, "SELECT coalesce(max(version), 0) FROM schema_versions WHERE owner = $o", ("$o", schema.Owner)),
                CultureInfo.InvariantCulture);
            for (int v = version; v < schema.Migrations.Count; v++)
            {
                using var tx = db.BeginTransaction();
                Exec(db, schema.Migrations[v], tx);
                Command(db, tx, "INSERT INTO schema_versions (owner, version) VALUES ($o, $v) ON CONFLICT (owner) DO UPDATE SET version = $v",
                    ("$o", schema.Owner), ("$v", v + 1)).ExecuteNonQuery();
                tx.Commit();
            }
            _migrated[schema.Owner] = true;
        }
    }

    /// <summary>Runs work in one write transaction.</summary>
    internal T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work)
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
    internal List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] args)
    {
        using var db = OpenConnection();
        using var cmd = Command(db, null, sql, args);
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read()) list.Add(map(r));
        return list;
    }

    internal object? Scalar(string sql, params (string Name, object? Value)[] args)
    {
        using var db = OpenConnection();
        return Scalar(db, sql, args);
    }

    private static object? Scalar(SqliteConnection db, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(db, null, sql, args);
        return cmd.ExecuteScalar();
    }

    internal static SqliteCommand Command(SqliteConnection db, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] args)
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
