using Hangfire;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Jobs.Jobs;

/// <summary>
/// Nightly maintenance: the integrity check of the document store and the sources' state, and a
/// consistent backup copy of both (and of jobs.db when the jobs live there) under data/backups, the
/// newest few kept. A failed check fails the run, with SQLite's report as the reason. Old job history
/// is not pruned here: Hangfire expires it after keepHistoryDays.
/// </summary>
public sealed class MaintenanceJob(JobServices services)
{
    [JobDisplayName("maintenance")]
    public JobResult Run()
    {
        var storeCheck = services.Store.IntegrityCheck();
        var sourcesCheck = services.Items.IntegrityCheck();
        var dir = Directory.CreateDirectory(Path.Combine(services.DataDir, "backups")).FullName;
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss");
        var storeBackup = Path.Combine(dir, $"caomonitor-{stamp}.db");
        // Written under a temporary name first: a backup that exists is a complete one.
        Backup(tmp => services.Store.BackupTo(tmp), storeBackup);
        Backup(tmp => services.Items.BackupTo(tmp), Path.Combine(dir, $"sources-{stamp}.db"));
        var jobsDb = Path.Combine(services.DataDir, JobsStore.FileName);
        if (services.Options.JobsStore is null && File.Exists(jobsDb))
            Backup(tmp =>
            {
                // SQLite's online backup copies a consistent state while Hangfire writes on.
                using var src = new SqliteConnection($"Data Source={jobsDb};Mode=ReadOnly;Pooling=False");
                using var target = new SqliteConnection($"Data Source={tmp};Pooling=False");
                src.Open();
                target.Open();
                src.BackupDatabase(target);
            }, Path.Combine(dir, $"jobs-{stamp}.db"));
        var keep = Math.Max(1, services.Options.Config.Schedules.KeepBackups);
        int removed = Prune(dir, "caomonitor-*.db", keep) + Prune(dir, "sources-*.db", keep) + Prune(dir, "jobs-*.db", keep);
        var detail = $"integrity: store {storeCheck}, sources {sourcesCheck}; backup {Path.GetFileName(storeBackup)}; {removed} old backups removed";
        if (storeCheck != "ok" || sourcesCheck != "ok") throw new JobFailedException($"integrity check failed: store: {storeCheck}; sources: {sourcesCheck}");
        return JobResult.Ok(detail);
    }

    private static void Backup(Action<string> write, string path)
    {
        var tmp = path + ".tmp";
        File.Delete(tmp);
        write(tmp);
        SqliteConnection.ClearAllPools();
        File.Move(tmp, path, overwrite: true);
    }

    private static int Prune(string dir, string pattern, int keep)
    {
        var old = Directory.GetFiles(dir, pattern).Order(StringComparer.Ordinal).SkipLast(keep).ToList();
        foreach (var f in old) File.Delete(f);
        return old.Count;
    }
}
