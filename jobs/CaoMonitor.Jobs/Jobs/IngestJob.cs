using CaoMonitor.Ingestion;
using Hangfire;
using Hangfire.Server;

namespace CaoMonitor.Jobs.Jobs;

/// <summary>
/// Hangfire's face of <see cref="SourceIngest"/>: one document of one source. Transient trouble
/// is retried with the configured backoff (the retry filter); a permanent failure ends Failed with
/// its reason, at once.
/// </summary>
public sealed class IngestJob(JobServices services)
{
    [JobDisplayName("ingest:{0}:{1}")]
    public async Task<JobResult> Run(string source, string item, PerformContext? context, CancellationToken ct)
    {
        if (!services.Sources.TryGetValue(source, out var src)) return JobResult.Skipped($"source '{source}' is no longer configured");
        // AutomaticRetry counts the retries in this job parameter.
        var retries = context?.GetJobParameter<int>("RetryCount") ?? 0;
        var r = await services.Ingest.Ingest(src, item, lastAttempt: retries >= Math.Max(0, services.Retry.MaxAttempts), ct);
        if (r.Failure is { } reason) throw new JobFailedException(reason);
        return r.Skipped ? JobResult.Skipped(r.Summary) : JobResult.Ok(r.Summary);
    }
}
