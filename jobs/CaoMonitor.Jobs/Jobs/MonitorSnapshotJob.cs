using Quartz;

namespace CaoMonitor.Jobs.Jobs;

/// <summary>
/// Computes and freezes the yearly monitor snapshot: on its schedule for the current year (in the
/// configured time zone), or on demand for a given year (`jobs run monitor --year YEAR`).
/// </summary>
public sealed class MonitorSnapshotJob(JobsContext ctx) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        int? year = context.MergedJobDataMap.TryGetValue(JobNames.YearKey, out var y) && int.TryParse(y?.ToString(), out var v) ? v : null;
        context.Result = await Run(ctx, year, cancellationToken);
    }

    public static async Task<JobResult> Run(JobsContext ctx, int? year, CancellationToken ct)
    {
        var snapshotter = ctx.Options.Snapshotter ?? throw new InvalidOperationException("no monitor snapshotter is wired into the jobs");
        var y = year ?? TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, ctx.TimeZone).Year;
        // A different snapshot already frozen for the year stays: the run fails and says why, without retries.
        try { return JobResult.Ok(await snapshotter.FreezeSnapshot(ctx.Store, y, ct)); }
        catch (Exception e) when (e is IOException or ArgumentException) { return JobResult.Failed($"monitor {y}: {e.Message}"); }
    }
}
