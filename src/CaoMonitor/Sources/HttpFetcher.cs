using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace CaoMonitor.Sources;

/// <summary>Limits for one site: how many requests at once, the pause between them, and per download.</summary>
public sealed record HttpLimits(int Concurrency = 2, TimeSpan? Delay = null, long MaxBytes = 100L * 1024 * 1024, TimeSpan? Timeout = null)
{
    public TimeSpan DelayBetweenRequests => Delay ?? TimeSpan.FromSeconds(1);
    public TimeSpan DownloadTimeout => Timeout ?? TimeSpan.FromSeconds(120);
}

/// <summary>What the server said last time, sent back so an unchanged document costs a 304.</summary>
public sealed record HttpValidators(string? ETag, string? LastModified);

public enum FetchStatus { Downloaded, NotModified }

public sealed record FetchResult(FetchStatus Status, HttpValidators Validators, string? MediaType, long Bytes);

/// <summary>A download that failed in a way worth retrying later (5xx, 429, timeout, connection).</summary>
public sealed class TransientFetchException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A download that will fail the same way next time (404, too large, not a document).</summary>
public sealed class PermanentFetchException(string message) : Exception(message);

/// <summary>
/// Polite conditional GETs: at most <see cref="HttpLimits.Concurrency"/> requests per host at a time,
/// a pause between request starts, a size and a time limit per download. Writes to a temporary file
/// and renames, so the target is never half a document.
/// </summary>
public sealed class HttpFetcher(HttpClient client)
{
    private sealed class HostGate(int concurrency)
    {
        public readonly SemaphoreSlim Slots = new(concurrency, concurrency);
        public readonly SemaphoreSlim Spacing = new(1, 1);
        public DateTimeOffset NextStart = DateTimeOffset.MinValue;
    }

    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.OrdinalIgnoreCase);

    public const string UserAgent = "CaoMonitor/1.0 (+cao monitor; polite crawler)";

    public async Task<FetchResult> Fetch(Uri uri, HttpValidators? previous, string targetPath, HttpLimits limits, CancellationToken ct)
    {
        var gate = _gates.GetOrAdd(uri.Authority, _ => new HostGate(Math.Max(1, limits.Concurrency)));
        await gate.Slots.WaitAsync(ct);
        try
        {
            await WaitTurn(gate, limits.DelayBetweenRequests, ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(limits.DownloadTimeout);
            try
            {
                return await Download(uri, previous, targetPath, limits, timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TransientFetchException($"timed out after {limits.DownloadTimeout.TotalSeconds:0.#} s: {uri}");
            }
            catch (HttpRequestException e)
            {
                throw new TransientFetchException($"request failed: {e.Message}: {uri}", e);
            }
            catch (IOException e) when (!ct.IsCancellationRequested)
            {
                throw new TransientFetchException($"connection broke off: {e.Message}: {uri}", e);
            }
        }
        finally { gate.Slots.Release(); }
    }

    /// <summary>Fetches a page as text (the index), conditionally; null content means 304.</summary>
    public async Task<(string? Html, HttpValidators Validators)> FetchText(Uri uri, HttpValidators? previous, HttpLimits limits, CancellationToken ct)
    {
        var tmp = Path.Combine(Path.GetTempPath(), "caomonitor-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            var r = await Fetch(uri, previous, tmp, limits, ct);
            return r.Status == FetchStatus.NotModified ? (null, r.Validators) : (await File.ReadAllTextAsync(tmp, ct), r.Validators);
        }
        finally { File.Delete(tmp); }
    }

    private static async Task WaitTurn(HostGate gate, TimeSpan delay, CancellationToken ct)
    {
        await gate.Spacing.WaitAsync(ct);
        try
        {
            var wait = gate.NextStart - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
            gate.NextStart = DateTimeOffset.UtcNow + delay;
        }
        finally { gate.Spacing.Release(); }
    }

    private async Task<FetchResult> Download(Uri uri, HttpValidators? previous, string targetPath, HttpLimits limits, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        if (previous?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
        if (previous?.LastModified is { } lm && DateTimeOffset.TryParse(lm, out var since)) request.Headers.IfModifiedSince = since;

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode == HttpStatusCode.NotModified)
            return new FetchResult(FetchStatus.NotModified, previous ?? new HttpValidators(null, null), null, 0);
        var code = (int)response.StatusCode;
        if (code >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout)
            throw new TransientFetchException($"HTTP {code} {response.ReasonPhrase}: {uri}");
        if (!response.IsSuccessStatusCode)
            throw new PermanentFetchException($"HTTP {code} {response.ReasonPhrase}: {uri}");
        if (response.Content.Headers.ContentLength is { } announced && announced > limits.MaxBytes)
            throw new PermanentFetchException($"too large: {announced} bytes (limit {limits.MaxBytes}): {uri}");

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetPath))!);
        var part = targetPath + ".part-" + Guid.NewGuid().ToString("N");
        long total = 0;
        try
        {
            await using (var body = await response.Content.ReadAsStreamAsync(ct))
            await using (var file = File.Create(part))
            {
                var buffer = new byte[81920];
                int n;
                while ((n = await body.ReadAsync(buffer, ct)) > 0)
                {
                    total += n;
                    // The announced length can lie or be absent; count what actually arrives.
                    if (total > limits.MaxBytes) throw new PermanentFetchException($"too large: over {limits.MaxBytes} bytes: {uri}");
                    await file.WriteAsync(buffer.AsMemory(0, n), ct);
                }
            }
            File.Move(part, targetPath, overwrite: true);
        }
        finally { if (File.Exists(part)) File.Delete(part); }

        var validators = new HttpValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
        return new FetchResult(FetchStatus.Downloaded, validators, response.Content.Headers.ContentType?.MediaType, total);
    }

    /// <summary>An extension for a link without one, from the server's media type.</summary>
    public static string ExtensionFor(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "application/pdf" => ".pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
        "text/plain" => ".txt",
        _ => ".html",
    };
}
