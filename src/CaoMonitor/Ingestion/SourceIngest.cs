using CaoMonitor.Extraction;
using CaoMonitor.Sources;
using CaoMonitor.Storage;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Ingestion;

/// <summary>How one item's ingest ended: <see cref="Failure"/> set means failed for good (not worth a retry).</summary>
public sealed record ItemIngestResult(string Summary, bool Skipped = false, string? Failure = null);

/// <summary>An ingest failure that may pass on a later attempt.</summary>
public sealed class TransientIngestException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Ingests one item a source delivered: a settled file from a drop folder, or a link from an
/// index page (fetched with a conditional GET first). Transient trouble (HTTP 5xx, timeouts, a busy
/// database, a file still locked) is thrown as <see cref="TransientIngestException"/> for the caller
/// to retry; permanent trouble is returned as a failure with its reason. The document itself is
/// written in one transaction by the pipeline, and its content hash makes a rerun after a crash a
/// no-op, so a killed worker leaves neither duplicates nor half-written documents.
/// </summary>
public sealed class SourceIngest(SourceItems items, SourcePoller poller, HttpFetcher fetcher, CaoStore store, IngestPipeline pipeline, Action<string>? log = null)
{
    /// <param name="lastAttempt">True when no retry follows: a transient failure then marks the item failed too.</param>
    public async Task<ItemIngestResult> Ingest(SourceConfig src, string item, bool lastAttempt, CancellationToken ct)
    {
        try
        {
            return src.IsFolder ? IngestFile(src, item, ct) : await FetchAndIngest(src, item, ct);
        }
        catch (Exception e) when (IsTransient(e) && !ct.IsCancellationRequested)
        {
            if (lastAttempt) MarkFailed(src, item, e.Message);
            throw e as TransientIngestException ?? new TransientIngestException(e.Message, e);
        }
        catch (PermanentFetchException e)
        {
            MarkFailed(src, item, e.Message);
            return new ItemIngestResult("", Failure: e.Message);
        }
    }

    private static bool IsTransient(Exception e) =>
        e is TransientFetchException or IOException or SqliteException or TransientIngestException or HttpRequestException;

    private ItemIngestResult IngestFile(SourceConfig src, string relative, CancellationToken ct)
    {
        var full = Path.Combine(src.Path!, relative);
        var info = new FileInfo(full);
        if (!info.Exists)
        {
            items.Put(new SourceItem(src.Name, relative, "gone", null, null, null, null, "the file was removed before it was ingested", DateTimeOffset.UtcNow));
            return new ItemIngestResult("the file was removed before it was ingested", Skipped: true);
        }
        // Taken before reading: if the file changes during ingest, the next poll sees a new signature.
        var signature = $"{info.Length}:{info.LastWriteTimeUtc.Ticks}";
        ApplyMetadata(src, relative);
        var outcome = Run(new SourceFile(full, relative), ct);
        items.Put(new SourceItem(src.Name, relative, outcome.Status == IngestStatus.Failed ? "failed" : "done", signature, null, null,
            full, outcome.Error, DateTimeOffset.UtcNow));
        return Result(outcome);
    }

    private async Task<ItemIngestResult> FetchAndIngest(SourceConfig src, string url, CancellationToken ct)
    {
        var uri = new Uri(url);
        var relative = HttpIndex.RegistryPath(uri, new Uri(src.Url!));
        var prev = items.Get(src.Name, url);
        // Validators are stored only once a download was ingested, so a 304 means "already in the store".
        var validators = prev?.ETag is not null || prev?.LastModified is not null ? new HttpValidators(prev.ETag, prev.LastModified) : null;
        var target = Path.Combine(poller.DownloadsFor(src.Name), relative.Replace('/', Path.DirectorySeparatorChar));
        var fetched = await fetcher.Fetch(uri, validators, target, src.Limits(), ct);
        if (fetched.Status == FetchStatus.NotModified)
        {
            items.Put(prev! with { State = "done", Error = null, Job = null, Updated = DateTimeOffset.UtcNow });
            return new ItemIngestResult("not modified (304)");
        }
        if (!Extractor.IsSupported(target))
        {
            var renamed = target + HttpFetcher.ExtensionFor(fetched.MediaType);
            File.Move(target, renamed, overwrite: true);
            target = renamed;
            relative += Path.GetExtension(renamed);
        }
        ApplyMetadata(src, relative);
        var outcome = Run(new SourceFile(target, relative), ct);
        items.Put(new SourceItem(src.Name, url, outcome.Status == IngestStatus.Failed ? "failed" : "done", null,
            fetched.Validators.ETag, fetched.Validators.LastModified, target, outcome.Error, DateTimeOffset.UtcNow));
        return Result(outcome);
    }

    private IngestOutcome Run(SourceFile file, CancellationToken ct)
    {
        var outcome = pipeline.Ingest(file, ct);
        // Unreadable (still locked, vanished mid-read) and internal errors may pass; a PDF with no text will not.
        if (outcome.Status == IngestStatus.Failed && outcome.Reason is "unreadable" or "internal")
            throw new TransientIngestException($"{outcome.Reason}: {outcome.Error}");
        log?.Invoke($"{outcome.Status.ToString().ToLowerInvariant()}: {file.RegistryPath}{(outcome.Error is null ? "" : " — " + outcome.Error)}");
        return outcome;
    }

    private static ItemIngestResult Result(IngestOutcome o) => o.Status switch
    {
        IngestStatus.Failed => new ItemIngestResult($"document {o.DocumentId} recorded as failed", Failure: $"{o.Reason}: {o.Error}"),
        IngestStatus.Unchanged => new ItemIngestResult($"unchanged (document {o.DocumentId})"),
        IngestStatus.NewRevision => new ItemIngestResult($"new revision (document {o.DocumentId}, {o.Pages} pages, {o.Clauses} clauses)"),
        _ => new ItemIngestResult($"added (document {o.DocumentId}, {o.Pages} pages, {o.Clauses} clauses)"),
    };

    /// <summary>The source's type and sector, for files no registry row describes.</summary>
    private void ApplyMetadata(SourceConfig src, string relative)
    {
        var meta = src.Metadata();
        if (meta.IsEmpty) return;
        var existing = store.FindRegistryByFile(relative);
        if (existing is not null && existing.Source != $"source:{src.Name}") return; // a registry file knows better
        store.UpsertRegistry([meta.ToRegistryEntry(relative, src.Name)]);
    }

    private void MarkFailed(SourceConfig src, string item, string error)
    {
        var prev = items.Get(src.Name, item);
        items.Put(new SourceItem(src.Name, item, "failed", prev?.Signature, prev?.ETag, prev?.LastModified, prev?.LocalPath, error, DateTimeOffset.UtcNow));
        log?.Invoke($"FAILED for good: {item}: {error}");
    }
}
