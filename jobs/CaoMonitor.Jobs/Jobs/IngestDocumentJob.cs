using CaoMonitor.Extraction;
using CaoMonitor.Ingestion;
using CaoMonitor.Sources;
using Microsoft.Data.Sqlite;
using Quartz;

namespace CaoMonitor.Jobs.Jobs;

/// <summary>
/// Ingests one document: a settled file from a drop folder, or a link from an index page (fetched
/// with a conditional GET first). Transient trouble (HTTP 5xx, timeouts, a busy database, a file
/// still locked) is thrown, and the trigger's retry policy fires it again with exponential backoff;
/// when the attempts are spent the item is marked failed with the reason. The document itself is
/// written in one transaction by the pipeline, and its content hash makes a rerun after a crash a
/// no-op, so a killed worker leaves neither duplicates nor half-written documents.
/// </summary>
public sealed class IngestDocumentJob(JobsContext ctx) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var sourceName = context.MergedJobDataMap.GetString(JobNames.SourceKey)!;
        var item = context.MergedJobDataMap.GetString(JobNames.ItemKey)!;
        if (!ctx.Sources.TryGetValue(sourceName, out var src))
        {
            context.Result = JobResult.Skipped($"source '{sourceName}' is no longer configured");
            return;
        }
        var lastAttempt = context.RetryPolicy is not { MaxAttempts: > 0 } policy || context.RetryAttempt >= policy.MaxAttempts;
        try
        {
            context.Result = src.IsFolder ? IngestFile(src, item, cancellationToken) : await FetchAndIngest(src, item, cancellationToken);
        }
        catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
            if (lastAttempt) MarkFailed(src, item, e.Message);
            throw new JobExecutionException(e.Message, e);
        }
        catch (PermanentFetchException e)
        {
            MarkFailed(src, item, e.Message);
            context.Result = JobResult.Failed(e.Message);
        }
    }

    private static bool IsTransient(Exception e) =>
        e is TransientFetchException or IOException or SqliteException or TransientIngestException or HttpRequestException;

    private JobResult IngestFile(SourceConfig src, string relative, CancellationToken ct)
    {
        var full = Path.Combine(src.Path!, relative);
        var info = new FileInfo(full);
        if (!info.Exists)
        {
            ctx.Db.PutItem(new SourceItem(src.Name, relative, "gone", null, null, null, null, null, "the file was removed before it was ingested", DateTimeOffset.UtcNow));
            return JobResult.Skipped("the file was removed before it was ingested");
        }
        // Taken before reading: if the file changes during ingest, the next poll sees a new signature.
        var signature = $"{info.Length}:{info.LastWriteTimeUtc.Ticks}";
        ApplyMetadata(src, relative);
        var outcome = Ingest(new SourceFile(full, relative), ct);
        ctx.Db.PutItem(new SourceItem(src.Name, relative, outcome.Status == IngestStatus.Failed ? "failed" : "done", signature, null, null,
            null, full, outcome.Error, DateTimeOffset.UtcNow));
        return Result(outcome);
    }

    private async Task<JobResult> FetchAndIngest(SourceConfig src, string url, CancellationToken ct)
    {
        var uri = new Uri(url);
        var relative = HttpIndex.RegistryPath(uri, new Uri(src.Url!));
        var prev = ctx.Db.GetItem(src.Name, url);
        // Validators are stored only once a download was ingested, so a 304 means "already in the store".
        var validators = prev?.ETag is not null || prev?.LastModified is not null ? new HttpValidators(prev.ETag, prev.LastModified) : null;
        var target = Path.Combine(ctx.DownloadsFor(src.Name), relative.Replace('/', Path.DirectorySeparatorChar));
        var fetched = await ctx.Fetcher.Fetch(uri, validators, target, src.Limits(), ct);
        if (fetched.Status == FetchStatus.NotModified)
        {
            ctx.Db.PutItem(prev! with { State = "done", Error = null, Updated = DateTimeOffset.UtcNow });
            return JobResult.Ok("not modified (304)");
        }
        if (!Extractor.IsSupported(target))
        {
            var renamed = target + HttpFetcher.ExtensionFor(fetched.MediaType);
            File.Move(target, renamed, overwrite: true);
            target = renamed;
            relative += Path.GetExtension(renamed);
        }
        ApplyMetadata(src, relative);
        var outcome = Ingest(new SourceFile(target, relative), ct);
        ctx.Db.PutItem(new SourceItem(src.Name, url, outcome.Status == IngestStatus.Failed ? "failed" : "done", null,
            fetched.Validators.ETag, fetched.Validators.LastModified, null, target, outcome.Error, DateTimeOffset.UtcNow));
        return Result(outcome);
    }

    private IngestOutcome Ingest(SourceFile file, CancellationToken ct)
    {
        var outcome = ctx.Pipeline.Ingest(file, ct);
        // Unreadable (still locked, vanished mid-read) and internal errors may pass; a PDF with no text will not.
        if (outcome.Status == IngestStatus.Failed && outcome.Reason is "unreadable" or "internal")
            throw new TransientIngestException($"{outcome.Reason}: {outcome.Error}");
        ctx.Log($"{outcome.Status.ToString().ToLowerInvariant()}: {file.RegistryPath}{(outcome.Error is null ? "" : " — " + outcome.Error)}");
        return outcome;
    }

    private static JobResult Result(IngestOutcome o) => o.Status switch
    {
        IngestStatus.Failed => JobResult.Failed($"{o.Reason}: {o.Error}", $"document {o.DocumentId} recorded as failed"),
        IngestStatus.Unchanged => JobResult.Ok($"unchanged (document {o.DocumentId})"),
        IngestStatus.NewRevision => JobResult.Ok($"new revision (document {o.DocumentId}, {o.Pages} pages, {o.Clauses} clauses)"),
        _ => JobResult.Ok($"added (document {o.DocumentId}, {o.Pages} pages, {o.Clauses} clauses)"),
    };

    /// <summary>The source's type and sector, for files no registry row describes.</summary>
    private void ApplyMetadata(SourceConfig src, string relative)
    {
        var meta = src.Metadata();
        if (meta.IsEmpty) return;
        var existing = ctx.Store.FindRegistryByFile(relative);
        if (existing is not null && existing.Source != $"source:{src.Name}") return; // a registry file knows better
        ctx.Store.UpsertRegistry([meta.ToRegistryEntry(relative, src.Name)]);
    }

    private void MarkFailed(SourceConfig src, string item, string error)
    {
        var prev = ctx.Db.GetItem(src.Name, item);
        ctx.Db.PutItem(new SourceItem(src.Name, item, "failed", prev?.Signature, prev?.ETag, prev?.LastModified, prev?.Sha256, prev?.LocalPath,
            error, DateTimeOffset.UtcNow));
        ctx.Log($"FAILED for good: {item}: {error}");
    }
}

/// <summary>An ingest failure that may pass on a later attempt.</summary>
public sealed class TransientIngestException(string message) : Exception(message);
