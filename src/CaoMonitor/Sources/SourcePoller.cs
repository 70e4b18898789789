using CaoMonitor.Registry;
using CaoMonitor.Storage;

namespace CaoMonitor.Sources;

/// <summary>Where a poll hands the documents it found: one ingest job per new or changed item.</summary>
public interface IIngestQueue
{
    /// <summary>Queues the ingest of one item; returns the job's id.</summary>
    string Enqueue(string source, string item);

    /// <summary>True while the job is waiting, scheduled for a retry or running.</summary>
    bool IsPending(string jobId);
}

/// <summary>What a poll did, in one line for the run history; <see cref="Failed"/> means the source could not be read.</summary>
public sealed record PollResult(string Summary, bool Failed = false);

/// <summary>
/// Polls a source and queues one ingest per new or changed document. A drop folder's file is
/// queued once it is settled (same size and time on two polls, nobody writing it); an index page's
/// links are each queued, and the conditional GET of the ingest decides whether anything changed.
/// </summary>
public sealed class SourcePoller(SourceItems items, HttpFetcher fetcher, CaoStore store, string downloadsDir, Action<string>? log = null)
{
    /// <summary>Where an HTTP source's downloads are kept (the ingested file's source path).</summary>
    public string DownloadsFor(string source) => Path.Combine(downloadsDir, source);

    public async Task<PollResult> Poll(SourceConfig src, IIngestQueue queue, CancellationToken ct)
    {
        ImportRegistries(src);
        return src.IsFolder ? PollFolder(src, queue, ct) : await PollHttp(src, queue, ct);
    }

    private PollResult PollFolder(SourceConfig src, IIngestQueue queue, CancellationToken ct)
    {
        if (!Directory.Exists(src.Path)) return new PollResult($"folder {src.Path} does not exist", Failed: true);
        int queued = 0, waiting = 0;
        foreach (var obs in DropFolder.Observe(src.Path!))
        {
            ct.ThrowIfCancellationRequested();
            var item = items.Get(src.Name, obs.RelativePath);
            var sig = obs.Signature;
            if (item is { State: "done" or "failed" } && item.Signature == sig) continue;
            if (item is { State: "queued" } && item.Signature == sig)
            {
                // Normally its job is waiting; if the job store lost it (deleted on the dashboard), queue again.
                if ((item.Job is null || !queue.IsPending(item.Job)) && Queue(src, obs.RelativePath, sig, item, queue)) queued++;
                continue;
            }
            // Stable means: the same size and time as the previous poll saw, and nobody writing it now.
            if (item is { State: "seen" } && item.Signature == sig && DropFolder.CanOpenExclusively(obs.FullPath))
            {
                if (Queue(src, obs.RelativePath, sig, item, queue)) queued++;
            }
            else
            {
                items.Put(Row(src, obs.RelativePath, "seen", sig, item));
                waiting++;
            }
        }
        return new PollResult($"{queued} queued, {waiting} waiting to settle");
    }

    private async Task<PollResult> PollHttp(SourceConfig src, IIngestQueue queue, CancellationToken ct)
    {
        var index = new Uri(src.Url!);
        var key = "index:" + index.AbsoluteUri;
        var prev = items.Get(src.Name, key);
        var cached = Path.Combine(DownloadsFor(src.Name), "_index.html");
        var validators = prev is { State: "done" } && File.Exists(cached) ? new HttpValidators(prev.ETag, prev.LastModified) : null;
        // The index is fetched in the poll itself: if it fails, the poll fails and the next one tries again.
        var (html, fresh) = await fetcher.FetchText(index, validators, src.Limits(), ct);
        if (html is null) html = await File.ReadAllTextAsync(cached, ct);
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
            await File.WriteAllTextAsync(cached, html, ct);
            items.Put(new SourceItem(src.Name, key, "done", null, fresh.ETag, fresh.LastModified, cached, null, DateTimeOffset.UtcNow));
        }
        int queued = 0, skipped = 0;
        foreach (var link in HttpIndex.Links(html, index))
        {
            ct.ThrowIfCancellationRequested();
            var item = items.Get(src.Name, link.AbsoluteUri);
            if (item is { State: "failed" } && item.Updated > DateTimeOffset.UtcNow.AddHours(-src.RetryFailedAfterHours)) { skipped++; continue; }
            if (item is { State: "queued", Job: { } job } && queue.IsPending(job)) { skipped++; continue; }
            // Every known link gets its own job: a conditional GET is what tells whether it changed.
            if (Queue(src, link.AbsoluteUri, item?.Signature, item, queue)) queued++;
            else skipped++;
        }
        return new PollResult($"{queued} queued, {skipped} skipped");
    }

    /// <summary>
    /// Marks the item queued before the job exists, so a job that runs at once finds it so; false (nothing
    /// queued) when the item changed since <paramref name="prev"/> was read, e.g. its job just finished.
    /// </summary>
    private bool Queue(SourceConfig src, string item, string? sig, SourceItem? prev, IIngestQueue queue)
    {
        if (!items.PutIfUnchanged(Row(src, item, "queued", sig, prev), prev)) return false;
        // The job may have finished already (then its state is newer): the id goes only on a still-queued row.
        items.RecordJob(src.Name, item, queue.Enqueue(src.Name, item));
        return true;
    }

    private static SourceItem Row(SourceConfig src, string item, string state, string? sig, SourceItem? prev) =>
        new(src.Name, item, state, sig, prev?.ETag, prev?.LastModified, prev?.LocalPath, null, DateTimeOffset.UtcNow);

    /// <summary>Reads the source's registry files when they changed since the last poll.</summary>
    private void ImportRegistries(SourceConfig src)
    {
        var files = new List<string>();
        if (src.Registry is { } r) files.Add(r);
        if (src.IsFolder && src.Path is { } p && DropFolder.RegistryFile(p) is { } own && !files.Contains(own)) files.Add(own);
        foreach (var f in files)
        {
            if (!File.Exists(f)) { log?.Invoke($"{src.Name}: registry {f} does not exist"); continue; }
            var stamp = File.GetLastWriteTimeUtc(f).Ticks + ":" + new FileInfo(f).Length;
            var key = $"registry:{src.Name}:{f}";
            if (items.Stamp(key) == stamp) continue;
            var rows = RegistryFile.Read(f);
            store.UpsertRegistry(rows);
            items.SetStamp(key, stamp);
            log?.Invoke($"{src.Name}: read {rows.Count} registry rows from {Path.GetFileName(f)}");
        }
    }
}
