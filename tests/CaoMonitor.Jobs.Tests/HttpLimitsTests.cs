using CaoMonitor.Domain;
using CaoMonitor.Jobs.Tests.Support;
using CaoMonitor.Sources;
using CaoMonitor.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CaoMonitor.Jobs.Tests;

/// <summary>What the HTTP source follows and how politely, against a real Kestrel site.</summary>
public class HttpLimitsTests
{
    private static byte[] Docx(string title, string body)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text(title))), new W.Paragraph(new W.Run(new W.Text(body)))));
        }
        return ms.ToArray();
    }

    [Fact]
    public void OnlyDocumentLinksOnTheSameSiteAreFollowed()
    {
        var page = new Uri("http://127.0.0.1:5000/caos/index.html");
        var html = """
            <html><head><base href="/caos/"></head><body>
            <a href="bouw.pdf">pdf</a> <a href="zorg.DOCX">docx</a> <a href="sub/metaal.html#art3">html</a> <a href="/caos/bouw.pdf">again</a>
            <a href="http://127.0.0.1:5001/caos/x.pdf">other port</a> <a href="https://127.0.0.1:5000/caos/y.pdf">other scheme</a>
            <a href="https://elders.example/z.pdf">other host</a> <a href="logo.png">image</a> <a href="mailto:a@b.nl">mail</a>
            <a href="#top">fragment</a> <a href="index.html">itself</a> <a href="javascript:alert(1)">script</a>
            </body></html>
            """;
        var links = HttpIndex.Links(html, page).Select(u => u.AbsoluteUri).ToList();
        Assert.Equal(["http://127.0.0.1:5000/caos/bouw.pdf", "http://127.0.0.1:5000/caos/zorg.DOCX", "http://127.0.0.1:5000/caos/sub/metaal.html"], links);
    }

    [Fact]
    public async Task DocxAndDateValidatedDocumentsAreFetchedOnceAndOversizedOnesFailWithoutRetries()
    {
        using var tmp = new TempDir();
        await using var site = await TestSite.Start();
        site.ExtraIndexHtml = "<a href=\"mailto:cao@example.org\">mail</a><a href=\"#boven\">boven</a>";
        site.Put("zorg.docx", Docx("Artikel 1 Loopbaan", "De werknemer heeft recht op loopbaanadvies."), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        site.Put("datum.txt", "Artikel 1 Scholing\nDe werkgever betaalt de opleiding.");
        site.ValidateByDate("datum.txt", new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
        site.Put("groot.pdf", File.ReadAllBytes(Repo.Fixture("cao-twopage.pdf")), "application/pdf");
        var source = Hosts.Http(site.Index) with { MaxBytes = 4096 };
        await using var host = await JobsHost.Start(tmp.Sub("data"), Hosts.Options(source), TestContext.Current.CancellationToken);
        var docs = () => host.Services.Store.ListDocuments();
        string Url(string f) => new Uri(site.Index, f).AbsoluteUri;

        await Wait.Until(() => docs().Count(d => d.Document.Status == DocumentStatus.Ok) == 2, "the DOCX and the text ingested");
        Assert.Contains(docs(), d => d.Document.SourceFile.EndsWith("zorg.docx") && host.Services.Store.GetText(d.Id).Contains("loopbaanadvies"));
        // Without an ETag the date is the validator: later polls ask If-Modified-Since and get 304s.
        await Wait.Until(() => site.Count("datum.txt", 304) >= 2, "two 304s for the dated document");
        Assert.Equal(1, site.Count("datum.txt", 200));
        Assert.All(site.Log.Where(r => r.Path.EndsWith("datum.txt") && r.Status == 304), r => Assert.False(string.IsNullOrEmpty(r.IfModifiedSince)));

        // Too large is permanent: failed at once with the reason, not retried, and not fetched again by later polls.
        await Wait.Until(() => host.Services.Items.Get("site", Url("groot.pdf")) is { State: "failed" }, "groot.pdf failed");
        var runs = host.History("ingest:site:" + Url("groot.pdf"));
        var run = Assert.Single(runs);
        Assert.Equal("failed", run.Status);
        Assert.Contains("too large", run.Error);
        var polls = host.History("poll:site").Count;
        await Wait.Until(() => host.History("poll:site").Count >= polls + 2, "two more polls");
        Assert.Equal(1, site.Count("groot.pdf"));
        Assert.DoesNotContain(docs(), d => d.Document.SourceFile.EndsWith("groot.pdf"));
        Assert.Empty(Directory.GetFiles(host.Services.DownloadsFor("site"), "*.part-*", SearchOption.AllDirectories));
        Assert.DoesNotContain(site.Log, r => r.Path.Contains("plaatje") || r.Path.Contains("mailto"));
    }

    [Fact]
    public async Task AtMostTheConfiguredNumberOfRequestsRunAtOnceWithAPauseBetweenThem()
    {
        using var tmp = new TempDir();
        await using var site = await TestSite.Start();
        for (int i = 1; i <= 6; i++)
        {
            site.Put($"doc-{i}.txt", $"Artikel 1 Scholing {i}\nDe werknemer heeft recht op scholing ({i}).");
            site.Slow($"doc-{i}.txt", TimeSpan.FromMilliseconds(400));
        }
        var source = Hosts.Http(site.Index) with { Concurrency = 2, DelayMilliseconds = 150, EverySeconds = 30 };
        await using var host = await JobsHost.Start(tmp.Sub("data"), Hosts.Options(source), TestContext.Current.CancellationToken);

        await Wait.Until(() => host.Services.Store.ListDocuments().Count == 6, "all six ingested");
        // Four ingest threads want six documents at once; the site sees two at a time at most,
        // and request starts spaced by the pause (less a little for clocks and scheduling).
        Assert.True(site.MaxInFlight <= 2, $"{site.MaxInFlight} requests at once");
        var times = site.DocumentRequestTimes.ToList();
        Assert.Equal(6, times.Count);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, g => Assert.True(g >= TimeSpan.FromMilliseconds(100), $"requests {g.TotalMilliseconds:0} ms apart"));
    }
}

/// <summary>A live worker keeps its job: an ingest that outlasts the dead-worker timeout is not run a second time meanwhile.</summary>
public class LongJobTests
{
    [Fact]
    public async Task AnIngestLongerThanTheWorkerTimeoutRunsOnce()
    {
        using var tmp = new TempDir();
        await using var site = await TestSite.Start();
        site.Put("lang.txt", "Artikel 1 Scholing\nDe werknemer heeft recht op scholing.");
        site.Slow("lang.txt", TimeSpan.FromSeconds(8));
        var options = Hosts.Options(Hosts.Http(site.Index, timeoutSeconds: 30) with { EverySeconds = 30 }) with { WorkerTimeout = TimeSpan.FromSeconds(2) };
        await using var host = await JobsHost.Start(tmp.Sub("data"), options, TestContext.Current.CancellationToken);
        await Wait.Until(() => host.Services.Store.ListDocuments().Count == 1, "lang.txt ingested");
        await Wait.Until(() => host.History("ingest:site").Any(r => r.Status == "succeeded"), "the run recorded");
        // One download; each ingest job ran once (a later poll's conditional GET may add a 304 run of a new job).
        Assert.Equal(1, site.Count("lang.txt", 200));
        var runs = host.History("ingest:site");
        Assert.All(runs.GroupBy(r => r.JobId), g => Assert.Single(g));
        Assert.DoesNotContain(runs, r => r.Status == "interrupted");
    }
}
