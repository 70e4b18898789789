using Microsoft.Data.Sqlite;
using Quartz;

namespace CaoMonitor.Jobs.Jobs;

/// <summary>
/// Nightly store maintenance: SQLite's integrity check of the document store and the jobs
/// database, a consistent backup copy of both under data/backups (the newest few kept), and
/// pruning of old run history. A failed check fails the run, with SQLite's report as the reason.
/// </summary>
public sealed class MaintenanceJob(JobsContext ctx) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        context.Result = Run(ctx);
        return ValueTask.CompletedTask;
    }

    public static JobResult Run(JobsContext ctx)
    {
        var storeCheck = ctx.Store.IntegrityCheck();
        var jobsCheck = ctx.Db.IntegrityCheck();
        var dir = Directory.CreateDirectory(Path.Combine(ctx.DataDir, "backups")).FullName;
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss");
        var storeBackup = Path.Combine(dir, $"caomonitor-{stamp}.db");
        var jobsBackup = Path.Combine(dir, $"jobs-{stamp}.db");
        // Written under a temporary name first: a backup that exists is a complete one.
        Backup(tmp => ctx.Store.BackupTo(tmp), storeBackup);
        Backup(tmp =>
        {
            using var src = ctx.Db.Connect();
            using var target = new SqliteConnection($"Data Source={tmp};Pooling=False");
            target.Open();
            src.BackupDatabase(target);
        }, jobsBackup);
        var keep = Math.Max(1, ctx.Options.Config.Schedules.KeepBackups);
        int removed = Prune(dir, "caomonitor-*.db", keep) + Prune(dir, "jobs-*.db", keep);
        var pruned = ctx.Db.PruneHistory(TimeSpan.FromDays(Math.Max(1, ctx.Options.Config.Schedules.KeepHistoryDays)));
        var detail = $"integrity: store {storeCheck}, jobs {jobsCheck}; backup {Path.GetFileName(storeBackup)}; {removed} old backups and {pruned} old runs removed";
        return storeCheck == "ok" && jobsCheck == "ok" ? JobResult.Ok(detail) : JobResult.Failed($"integrity check failed: store: {storeCheck}; jobs: {jobsCheck}", detail);
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
