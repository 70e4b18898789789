using Hangfire;

namespace CaoMonitor.Jobs.Jobs;

/// <summary>
/// Computes and freezes the yearly monitor snapshot: on its schedule for the current year (in the
/// configured time zone), or on demand for a given year (`jobs run monitor --year YEAR`).
/// </summary>
public sealed class MonitorJob(JobServices services)
{
    [JobDisplayName("monitor")]
    public async Task<JobResult> Run(int? year, CancellationToken ct)
    {
        var snapshotter = services.Options.Snapshotter ?? throw new JobFailedException("no monitor snapshotter is wired into the jobs");
        var y = year ?? TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, services.TimeZone).Year;
        // A different snapshot already frozen for the year stays: the run fails and says why, without retries.
        try { return JobResult.Ok(await snapshotter.FreezeSnapshot(services.Store, y, ct)); }
        catch (Exception e) when (e is IOException or ArgumentException) { throw new JobFailedException($"monitor {y}: {e.Message}"); }
    }
}
