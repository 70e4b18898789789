using Hangfire;

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
        var last = services.GetState(StateKey);
        if (!force && last == current) return JobResult.Skipped($"{current}: unchanged");
        var summary = await reclassifier.Reclassify(services.Store, ct);
        // Two firings close together can both start before either records the version; the one that finishes
        // second finds it recorded (its pass redid nothing that was still stale) and says so, without a lock
        // that a killed worker could leave behind.
        if (!force && services.GetState(StateKey) == current) return JobResult.Skipped($"{current}: recorded by a concurrent run ({summary})");
        services.SetState(StateKey, current);
        return JobResult.Ok($"{last ?? "(none)"} -> {current}: {summary}");
    }
}
