using System.Security.Cryptography;
using System.Text;
using CaoMonitor.Ingestion;
using Hangfire;
using Hangfire.Server;
using Hangfire.Storage;

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
        // One run per document at a time, across workers: two jobs for one item (a poll that queued it
        // again after a crash, a requeued orphan) must not both store it; the second finds it unchanged.
        using var connection = services.Storage.GetConnection();
        IDisposable held;
        try { held = connection.AcquireDistributedLock("caomonitor:ingest:" + Key(source, item), TimeSpan.FromMinutes(2)); }
        catch (DistributedLockTimeoutException) { throw new TransientIngestException("another run of this document is still in progress"); }
        using (held)
        {
            // AutomaticRetry counts the retries in this job parameter.
            var retries = context?.GetJobParameter<int>("RetryCount") ?? 0;
            var r = await services.Ingest.Ingest(src, item, lastAttempt: retries >= Math.Max(0, services.Retry.MaxAttempts), ct);
            if (r.Failure is { } reason) throw new JobFailedException(reason);
            return r.Skipped ? JobResult.Skipped(r.Summary) : JobResult.Ok(r.Summary);
        }
    }

    // Lock names have a length limit in the storages; a URL may be long.
    private static string Key(string source, string item) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source + "\n" + item)))[..32];
}
