using Hangfire;

namespace CaoMonitor.Jobs.Jobs;

/// <summary>
/// Checks on its schedule whether the taxonomy or classifier version changed since the last
/// reclassification, and if so reclassifies the store. `jobs run reclassify` runs it regardless.
/// </summary>
public sealed class ReclassifyJob(JobServices services)
{
    public const string StateKey = "classification_version";

    // One run at a time across workers: a second run started while one reclassifies would read the old version
    // state, redo nothing and report "0 of N"; it waits for the first and then sees the version unchanged.
    [JobDisplayName("reclassify")]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task<JobResult> Run(bool force, CancellationToken ct)
    {
        var reclassifier = services.Options.Reclassifier ?? throw new JobFailedException("no reclassifier is wired into the jobs");
        var current = reclassifier.Version;
        var last = services.GetState(StateKey);
        if (!force && last == current) return JobResult.Skipped($"{current}: unchanged");
        var summary = await reclassifier.Reclassify(services.Store, ct);
        services.SetState(StateKey, current);
        return JobResult.Ok($"{last ?? "(none)"} -> {current}: {summary}");
    }
}
