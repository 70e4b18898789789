using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CaoMonitor.Jobs.Tests.Support;

/// <summary>
/// A small web site on a real Kestrel server at 127.0.0.1 and a free port: an index page at
/// /caos/ linking to the documents, ETag/304 support, and switches for 500s and slow answers.
/// Every request is logged so tests can assert what was (not) downloaded.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    public sealed record Request(string Path, int Status, string? IfNoneMatch, string? IfModifiedSince = null)
    {
        public DateTimeOffset At { get; } = DateTimeOffset.UtcNow;
    }

    private sealed class Doc
    {
        public required byte[] Body;
        public required string ContentType;
        public int? FailWith;
        public TimeSpan Delay;
        /// <summary>Set: the document is validated by Last-Modified/If-Modified-Since instead of an ETag.</summary>
        public DateTimeOffset? LastModified;
        public string ETag => "\"" + Convert.ToHexStringLower(SHA256.HashData(Body))[..16] + "\"";
    }

    private readonly ConcurrentDictionary<string, Doc> _docs = new();
    private readonly WebApplication _app;
    public ConcurrentQueue<Request> Log { get; } = new();
    public Uri Index { get; private set; } = null!;
    /// <summary>More links for the index page (off-site, images, mail) the crawler must ignore.</summary>
    public string ExtraIndexHtml { get; set; } = "";
    private int _inFlight;
    private int _maxInFlight;
    /// <summary>The most document requests the site was answering at one moment.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);
    /// <summary>When each document request arrived, in order.</summary>
    public ConcurrentQueue<DateTimeOffset> DocumentRequestTimes { get; } = new();

    private TestSite(WebApplication app) => _app = app;

    public static async Task<TestSite> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var site = new TestSite(app);
        app.Run(site.Handle);
        await app.StartAsync();
        site.Index = new Uri(new Uri(app.Urls.First()), "/caos/");
        return site;
    }

    public void Put(string name, string text, string contentType = "text/plain; charset=utf-8") =>
        Put(name, System.Text.Encoding.UTF8.GetBytes(text), contentType);

    public void Put(string name, byte[] body, string contentType) =>
        _docs.AddOrUpdate(name, _ => new Doc { Body = body, ContentType = contentType }, (_, d) => { d.Body = body; d.ContentType = contentType; return d; });

    public void FailWith(string name, int status) => _docs[name].FailWith = status;
    public void Slow(string name, TimeSpan delay) => _docs[name].Delay = delay;
    public void ValidateByDate(string name, DateTimeOffset lastModified) => _docs[name].LastModified = lastModified;

    public int Count(string name, int? status = null) => Log.Count(r => r.Path == "/caos/" + name && (status is null || r.Status == status));

    private async Task Handle(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        var ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
        if (path == "/caos/")
        {
            // The index links its documents, plus links the crawler must ignore.
            var links = string.Join("\n", _docs.Keys.Order().Select(n => $"<li><a href=\"{n}\">{n}</a></li>"));
            var html = $"<html><body><h1>Cao's</h1><ul>{links}</ul><a href=\"https://elders.example/x.pdf\">elders</a><a href=\"/plaatje.png\">png</a>{ExtraIndexHtml}</body></html>";
            Log.Enqueue(new Request(path, 200, ifNoneMatch));
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(html);
            return;
        }
        if (!path.StartsWith("/caos/") || !_docs.TryGetValue(path["/caos/".Length..], out var doc))
        {
            Log.Enqueue(new Request(path, 404, ifNoneMatch));
            http.Response.StatusCode = 404;
            return;
        }
        DocumentRequestTimes.Enqueue(DateTimeOffset.UtcNow);
        var now = Interlocked.Increment(ref _inFlight);
        try
        {
            int max;
            while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max) { }
            await Answer(http, path, doc, ifNoneMatch);
        }
        finally { Interlocked.Decrement(ref _inFlight); }
    }

    private async Task Answer(HttpContext http, string path, Doc doc, string ifNoneMatch)
    {
        if (doc.Delay > TimeSpan.Zero)
        {
            Log.Enqueue(new Request(path, 0, ifNoneMatch));
            try { await Task.Delay(doc.Delay, http.RequestAborted); } catch (OperationCanceledException) { return; }
        }
        if (doc.FailWith is { } code)
        {
            Log.Enqueue(new Request(path, code, ifNoneMatch));
            http.Response.StatusCode = code;
            return;
        }
        if (doc.LastModified is { } lm)
        {
            var since = http.Request.GetTypedHeaders().IfModifiedSince;
            if (since is { } s && s >= lm.AddTicks(-(lm.Ticks % TimeSpan.TicksPerSecond)))
            {
                Log.Enqueue(new Request(path, 304, ifNoneMatch, http.Request.Headers.IfModifiedSince));
                http.Response.StatusCode = 304;
                return;
            }
            Log.Enqueue(new Request(path, 200, ifNoneMatch, http.Request.Headers.IfModifiedSince));
            http.Response.GetTypedHeaders().LastModified = lm;
        }
        else if (ifNoneMatch == doc.ETag)
        {
            Log.Enqueue(new Request(path, 304, ifNoneMatch));
            http.Response.StatusCode = 304;
            return;
        }
        else
        {
            Log.Enqueue(new Request(path, 200, ifNoneMatch));
            http.Response.Headers.ETag = doc.ETag;
        }
        http.Response.ContentType = doc.ContentType;
        http.Response.ContentLength = doc.Body.Length;
        await http.Response.Body.WriteAsync(doc.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
