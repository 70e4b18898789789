using Quartz;

namespace CaoMonitor.Jobs.Jobs;

/// <summary>
/// Checks on its schedule whether the taxonomy or classifier version changed since the last
/// reclassification, and if so reclassifies the store. `jobs run reclassify` runs it regardless.
/// </summary>
public sealed class ReclassifyJob(JobsContext ctx) : IJob
{
    public const string StateKey = "classification_version";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await Run(ctx, force: false, cancellationToken);

    public static async Task<JobResult> Run(JobsContext ctx, bool force, CancellationToken ct)
    {
        var reclassifier = ctx.Options.Reclassifier ?? throw new InvalidOperationException("no reclassifier is wired into the jobs");
        var current = reclassifier.Version;
        var last = ctx.Db.GetState(StateKey);
        if (!force && last == current) return JobResult.Skipped($"{current}: unchanged");
        var summary = await reclassifier.Reclassify(ctx.Store, ct);
        ctx.Db.SetState(StateKey, current);
        return JobResult.Ok($"{last ?? "(none)"} -> {current}: {summary}");
    }
}
