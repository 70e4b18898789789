using Hangfire;
using Hangfire.Storage;

namespace CaoMonitor.Jobs.Jobs;

/// <summary>
/// Checks on its schedule whether the taxonomy or classifier version changed since the last
/// reclassification, and if so reclassifies the store. `jobs run reclassify` runs it regardless.
/// </summary>
public sealed class ReclassifyJob(JobServices services)
{
    public const string StateKey = "classification_version";

    [JobDisplayName("reclassify")]
    public async Task<JobResult> Run(bool force, CancellationToken ct)
    {
        var reclassifier = services.Options.Reclassifier ?? throw new JobFailedException("no reclassifier is wired into the jobs");
        var current = reclassifier.Version;
        if (!force && services.GetState(StateKey) == current) return JobResult.Skipped($"{current}: unchanged");
        // One run at a time, whichever worker: a second run beside the first would find nothing stale, report
        // "0 of N" and race it to record the version. It does not wait (like a poll): it says so and ends. A
        // killed worker's lock expires with the storage's lock lifetime.
        using var connection = services.Storage.GetConnection();
        IDisposable held;
        try { held = connection.AcquireDistributedLock("caomonitor:reclassify", TimeSpan.Zero); }
        catch (DistributedLockTimeoutException) { return JobResult.Skipped("another reclassification is running"); }
        using var _ = held;
        // Read again under the lock: a run that has just ended may have recorded it.
        var last = services.GetState(StateKey);
        if (!force && last == current) return JobResult.Skipped($"{current}: unchanged");
        var summary = await reclassifier.Reclassify(services.Store, ct);
        services.SetState(StateKey, current);
        return JobResult.Ok($"{last ?? "(none)"} -> {current}: {summary}");
    }
}
