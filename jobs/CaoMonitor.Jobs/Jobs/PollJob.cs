using CaoMonitor.Sources;
using Hangfire;
using Hangfire.Storage;

namespace CaoMonitor.Jobs.Jobs;

/// <summary>Hangfire's face of <see cref="SourcePoller"/>: polls one source and queues an <see cref="IngestJob"/> per new or changed document.</summary>
public sealed class PollJob(JobServices services, IIngestQueue queue)
{
    [JobDisplayName("poll:{0}")]
    public async Task<JobResult> Run(string source, CancellationToken ct)
    {
        if (!services.Sources.TryGetValue(source, out var src)) return JobResult.Skipped($"source '{source}' is no longer configured");
        // Polls of one source never overlap, whichever worker runs them.
        IDisposable held;
        try { held = services.Storage.GetConnection().AcquireDistributedLock("caomonitor:poll:" + source, TimeSpan.Zero); }
        catch (DistributedLockTimeoutException) { return JobResult.Skipped("another poll of this source is running"); }
        using (held)
        {
            var r = await services.Poller.Poll(src, queue, ct);
            if (r.Failed) throw new JobFailedException(r.Summary);
            return JobResult.Ok(r.Summary);
        }
    }
}
