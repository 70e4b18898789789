using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Npgsql;

namespace CaoMonitor.Jobs;

/// <summary>
/// Hangfire's job storage, which is the jobs' own state: queued and scheduled jobs, recurring
/// schedules, state history, and a few values the jobs remember. By default a SQLite file,
/// data/jobs.db (Hangfire.Storage.SQLite); with a postgres:// URL a PostgreSQL database
/// (Hangfire.PostgreSql), which lets workers in several processes share one queue.
/// </summary>
public static class JobsStore
{
    public const string FileName = "jobs.db";

    /// <summary>The storage for a data folder and the options' <see cref="JobsOptions.JobsStore"/>.</summary>
    public static JobStorage Open(string dataDir, JobsOptions options)
    {
        if (options.JobsStore is { } url)
        {
            var pg = new PostgreSqlStorageOptions
            {
                QueuePollInterval = options.PollInterval,
                // Running jobs keep their claim alive (sliding), so only a dead worker's jobs become visible again.
                InvisibilityTimeout = TimeSpan.FromMinutes(5),
                UseSlidingInvisibilityTimeout = true,
                DistributedLockTimeout = TimeSpan.FromMinutes(1),
                PrepareSchemaIfNecessary = true,
                SchemaName = "hangfire",
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(ConnectionString(url), pg), pg);
        }
        var path = Path.Combine(Directory.CreateDirectory(dataDir).FullName, FileName);
        return new SQLiteStorage(path, new SQLiteStorageOptions
        {
            QueuePollInterval = options.PollInterval,
            // This storage does not keep a running job's claim alive: a job running longer than this
            // would be fetched and run a second time meanwhile (shown by LongJobTests with a short value).
            // So it is long, and a dead worker's jobs are recovered by OrphanRecovery instead.
            InvisibilityTimeout = TimeSpan.FromHours(3),
            DistributedLockLifetime = TimeSpan.FromSeconds(30),
            JournalMode = SQLiteStorageOptions.JournalModes.WAL,
        });
    }

    /// <summary>The place, without a password, for messages.</summary>
    public static string Describe(string url)
    {
        var b = new NpgsqlConnectionStringBuilder(ConnectionString(url));
        return $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
    }

    /// <summary>postgres://user:password@host:port/database?key=value to Npgsql's form; a connection string passes as is.</summary>
    public static string ConnectionString(string url)
    {
        if (!url.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            try { return new NpgsqlConnectionStringBuilder(url).ConnectionString; }
            catch (ArgumentException e) { throw new InvalidDataException($"--jobs-store: '{url}' is neither a postgres:// URL nor a connection string ({e.Message})"); }
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || string.IsNullOrEmpty(u.Host))
            throw new InvalidDataException($"--jobs-store: '{url}' is not a valid postgres:// URL (postgres://user:password@host:port/database)");
        var b = new NpgsqlConnectionStringBuilder { Host = u.Host, Port = u.Port > 0 ? u.Port : 5432, Database = Uri.UnescapeDataString(u.AbsolutePath.Trim('/')) };
        if (string.IsNullOrEmpty(b.Database)) throw new InvalidDataException($"--jobs-store: '{Describe0(u)}' names no database");
        var user = u.UserInfo.Split(':', 2);
        if (user[0].Length > 0) b.Username = Uri.UnescapeDataString(user[0]);
        if (user.Length > 1) b.Password = Uri.UnescapeDataString(user[1]);
        foreach (var kv in u.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var p = kv.Split('=', 2);
            try { b[Uri.UnescapeDataString(p[0])] = p.Length > 1 ? Uri.UnescapeDataString(p[1]) : ""; }
            catch (ArgumentException e) { throw new InvalidDataException($"--jobs-store: {e.Message}"); }
        }
        return b.ConnectionString;
    }

    private static string Describe0(Uri u) => $"{u.Scheme}://{u.Host}:{u.Port}{u.AbsolutePath}";
}
