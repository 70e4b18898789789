using CaoMonitor.Registry;
using CaoMonitor.Sources;
using Quartz;

namespace CaoMonitor.Jobs.Jobs;

/// <summary>
/// Polls one source (its trigger says when) and queues one ingest job per new or changed
/// document. Polls of the same source never overlap.
/// </summary>
public sealed class PollSourceJob(JobsContext ctx) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var name = context.MergedJobDataMap.GetString(JobNames.SourceKey)!;
        context.Result = await Poll(ctx, context.Scheduler, name, cancellationToken);
    }

    public static async Task<JobResult> Poll(JobsContext ctx, IScheduler scheduler, string sourceName, CancellationToken ct)
    {
        if (!ctx.Sources.TryGetValue(sourceName, out var src))
            return JobResult.Skipped($"source '{sourceName}' is no longer configured");
        ImportRegistries(ctx, src);
        return src.IsFolder ? await PollFolder(ctx, scheduler, src, ct) : await PollHttp(ctx, scheduler, src, ct);
    }

    private static async Task<JobResult> PollFolder(JobsContext ctx, IScheduler scheduler, SourceConfig src, CancellationToken ct)
    {
        if (!Directory.Exists(src.Path)) return JobResult.Failed($"folder {src.Path} does not exist");
        int queued = 0, waiting = 0;
        foreach (var obs in DropFolder.Observe(src.Path!))
        {
            ct.ThrowIfCancellationRequested();
            var item = ctx.Db.GetItem(src.Name, obs.RelativePath);
            var sig = obs.Signature;
            var jobKey = new JobKey(JobNames.Ingest(src.Name, obs.RelativePath), JobNames.IngestGroup);
            if (item is { State: "done" or "failed" } && item.Signature == sig) continue;
            if (item is { State: "queued" } && item.Signature == sig)
            {
                // Normally its job is waiting; if the store lost it (a crash at the wrong moment), queue again.
                if (!await scheduler.Exists(jobKey, ct)) { await Queue(ctx, scheduler, src, obs.RelativePath, ct); queued++; }
                continue;
            }
            // Stable means: the same size and time as the previous poll saw, and nobody writing it now.
            if (item is { State: "seen" } && item.Signature == sig && DropFolder.CanOpenExclusively(obs.FullPath))
            {
                ctx.Db.PutItem(Row(src, obs.RelativePath, "queued", sig, item));
                await Queue(ctx, scheduler, src, obs.RelativePath, ct);
                queued++;
            }
            else
            {
                ctx.Db.PutItem(Row(src, obs.RelativePath, "seen", sig, item));
                waiting++;
            }
        }
        return JobResult.Ok($"{queued} queued, {waiting} waiting to settle");
    }

    private static async Task<JobResult> PollHttp(JobsContext ctx, IScheduler scheduler, SourceConfig src, CancellationToken ct)
    {
        var index = new Uri(src.Url!);
        var key = "index:" + index.AbsoluteUri;
        var prev = ctx.Db.GetItem(src.Name, key);
        var cached = Path.Combine(ctx.DownloadsFor(src.Name), "_index.html");
        var validators = prev is { State: "done" } && File.Exists(cached) ? new HttpValidators(prev.ETag, prev.LastModified) : null;
        // The index is fetched in the poll itself: if it fails, the poll fails and the next one tries again.
        var (html, fresh) = await ctx.Fetcher.FetchText(index, validators, src.Limits(), ct);
        if (html is null) html = await File.ReadAllTextAsync(cached, ct);
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
            await File.WriteAllTextAsync(cached, html, ct);
            ctx.Db.PutItem(new SourceItem(src.Name, key, "done", null, fresh.ETag, fresh.LastModified, null, cached, null, DateTimeOffset.UtcNow));
        }
        int queued = 0, skipped = 0;
        foreach (var link in HttpIndex.Links(html, index))
        {
            ct.ThrowIfCancellationRequested();
            var item = ctx.Db.GetItem(src.Name, link.AbsoluteUri);
            if (item is { State: "failed" } && item.Updated > DateTimeOffset.UtcNow.AddHours(-src.RetryFailedAfterHours)) { skipped++; continue; }
            var jobKey = new JobKey(JobNames.Ingest(src.Name, link.AbsoluteUri), JobNames.IngestGroup);
            if (await scheduler.Exists(jobKey, ct)) { skipped++; continue; }
            // Every known link gets its own job: a conditional GET is what tells whether it changed.
            ctx.Db.PutItem(Row(src, link.AbsoluteUri, "queued", item?.Signature, item));
            await Queue(ctx, scheduler, src, link.AbsoluteUri, ct);
            queued++;
        }
        return JobResult.Ok($"{queued} queued, {skipped} skipped");
    }

    private static SourceItem Row(SourceConfig src, string item, string state, string? sig, SourceItem? prev) =>
        new(src.Name, item, state, sig, prev?.ETag, prev?.LastModified, prev?.Sha256, prev?.LocalPath, null, DateTimeOffset.UtcNow);

    /// <summary>
    /// Stores one ingest job and its one-shot trigger. The trigger carries the retry policy, so the
    /// backoff survives a restart with the rest of the store.
    /// </summary>
    public static async Task Queue(JobsContext ctx, IScheduler scheduler, SourceConfig src, string item, CancellationToken ct)
    {
        var name = JobNames.Ingest(src.Name, item);
        var job = JobBuilder.Create<IngestDocumentJob>()
            .WithIdentity(name, JobNames.IngestGroup)
            .WithDescription($"ingest {item} from {src.Name}")
            .UsingJobData(JobNames.SourceKey, src.Name)
            .UsingJobData(JobNames.ItemKey, item)
            .RequestRecovery(true)          // a worker killed mid-ingest runs it again on restart
            .DisallowConcurrentExecution(true)
            .Build();
        var r = ctx.Retry;
        var trigger = TriggerBuilder.Create()
            .WithIdentity(name, JobNames.IngestGroup)
            .ForJob(job)
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .WithRetryPolicy(r.MaxAttempts <= 0 ? RetryPolicy.None
                : RetryPolicy.Exponential(r.MaxAttempts, TimeSpan.FromSeconds(r.InitialDelaySeconds), r.BackoffFactor, TimeSpan.FromSeconds(r.MaxDelaySeconds)))
            .Build();
        try { await scheduler.ScheduleJob(job, trigger, default, ct); }
        catch (ObjectAlreadyExistsException) { /* already queued by an earlier poll */ }
    }

    /// <summary>Reads the source's registry files when they changed since the last poll.</summary>
    private static void ImportRegistries(JobsContext ctx, SourceConfig src)
    {
        var files = new List<string>();
        if (src.Registry is { } r) files.Add(r);
        if (src.IsFolder && src.Path is { } p && DropFolder.RegistryFile(p) is { } own && !files.Contains(own)) files.Add(own);
        foreach (var f in files)
        {
            if (!File.Exists(f)) { ctx.Log($"{src.Name}: registry {f} does not exist"); continue; }
            var stamp = File.GetLastWriteTimeUtc(f).Ticks.ToString() + ":" + new FileInfo(f).Length;
            var key = $"registry:{src.Name}:{f}";
            if (ctx.Db.GetState(key) == stamp) continue;
            var rows = RegistryFile.Read(f);
            ctx.Store.UpsertRegistry(rows);
            ctx.Db.SetState(key, stamp);
            ctx.Log($"{src.Name}: read {rows.Count} registry rows from {Path.GetFileName(f)}");
        }
    }
}
