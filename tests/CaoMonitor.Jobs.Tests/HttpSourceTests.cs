using CaoMonitor.Domain;
using CaoMonitor.Jobs.Tests.Support;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Jobs.Tests;

/// <summary>The HTTP index source against a real Kestrel site, through the real scheduler and job store.</summary>
public class HttpSourceTests
{
    private static IReadOnlyList<StoredDocument> Docs(JobsHost host) => host.Services.Store.ListDocuments(currentOnly: false);
    private static StoredDocument? Doc(JobsHost host, string file) => Docs(host).Where(d => d.Version.File == file || d.Document.SourceFile.EndsWith("/" + file)).OrderBy(d => d.Id).LastOrDefault();

    [Fact]
    public async Task ANewDocumentOnTheIndexIsIngestedOnTheNextPoll()
    {
        using var tmp = new TempDir();
        await using var site = await TestSite.Start();
        site.Put("bouw.html", "<html><body><h1>Artikel 1 Scholing</h1><p>De werknemer heeft recht op scholing.</p></body></html>", "text/html");
        await using var host = await JobsHost.Start(tmp.Sub("data"), Hosts.Options(Hosts.Http(site.Index)), TestContext.Current.CancellationToken);

        await Wait.Until(() => Docs(host).Any(d => d.Document.SourceFile.EndsWith("bouw.html") && d.Document.Status == DocumentStatus.Ok), "bouw.html ingested");
        Assert.Equal(0, site.Log.Count(r => r.Path.Contains("plaatje") || r.Path.Contains("elders")));

        site.Put("zorg.txt", "Artikel 3 Ontwikkelbudget\nDe werknemer ontvangt jaarlijks een persoonlijk ontwikkelbudget.");
        await Wait.Until(() => Docs(host).Any(d => d.Document.SourceFile.EndsWith("zorg.txt") && d.Document.Status == DocumentStatus.Ok), "zorg.txt ingested on a later poll");
        Assert.Equal(2, Docs(host).Count);
        // The run is recorded as the job returns, just after the document is stored.
        await Wait.Until(() => host.History("ingest:site:" + new Uri(site.Index, "zorg.txt").AbsoluteUri).Any(r => r.Status == "succeeded"), "the run recorded");
    }

    [Fact]
    public async Task AChangedDocumentBecomesANewVersionAndAnUnchangedOneIsNotDownloadedAgain()
    {
        using var tmp = new TempDir();
        await using var site = await TestSite.Start();
        site.Put("cao-twopage.pdf", File.ReadAllBytes(Repo.Fixture("cao-twopage.pdf")), "application/pdf");
        site.Put("metaal.txt", "Artikel 1 Scholing\nDe werkgever vergoedt de studiekosten.");
        await using var host = await JobsHost.Start(tmp.Sub("data"), Hosts.Options(Hosts.Http(site.Index)), TestContext.Current.CancellationToken);

        await Wait.Until(() => Doc(host, "cao-twopage.pdf") is { } d && d.Document.Status == DocumentStatus.Ok && Doc(host, "metaal.txt") is not null, "both ingested");
        // Later polls ask again with the ETag and get 304s; the PDF is downloaded once.
        await Wait.Until(() => site.Count("cao-twopage.pdf", 304) >= 2, "two conditional GETs answered 304");
        Assert.Equal(1, site.Count("cao-twopage.pdf", 200));
        Assert.All(site.Log.Where(r => r.Path.EndsWith("cao-twopage.pdf") && r.Status == 304), r => Assert.False(string.IsNullOrEmpty(r.IfNoneMatch)));
        Assert.Single(Docs(host), d => d.Document.SourceFile.EndsWith("cao-twopage.pdf"));

        site.Put("metaal.txt", "Artikel 1 Scholing\nDe werkgever vergoedt de studiekosten.\nArtikel 2 Loopbaan\nDe werknemer heeft recht op loopbaanadvies.");
        await Wait.Until(() => Doc(host, "metaal.txt") is { Document.Revision: 2 }, "metaal.txt revision 2");
        var versions = Docs(host).Where(d => d.Document.SourceFile.EndsWith("metaal.txt")).ToList();
        Assert.Equal(2, versions.Count);
        Assert.Single(versions, v => v.IsCurrent);
        Assert.Equal(2, site.Count("metaal.txt", 200));
    }

    [Fact]
    public async Task ServerErrorsAndTimeoutsAreRetriedWithBackoffThenMarkedFailed()
    {
        using var tmp = new TempDir();
        await using var site = await TestSite.Start();
        site.Put("kapot.pdf", File.ReadAllBytes(Repo.Fixture("cao-twopage.pdf")), "application/pdf");
        site.FailWith("kapot.pdf", 500);
        site.Put("traag.txt", "Artikel 1 Scholing");
        site.Slow("traag.txt", TimeSpan.FromSeconds(30));
        site.Put("goed.txt", "Artikel 1 Scholing\nDe werknemer heeft recht op scholing.");
        await using var host = await JobsHost.Start(tmp.Sub("data"), Hosts.Options(Hosts.Http(site.Index, timeoutSeconds: 5)), TestContext.Current.CancellationToken);

        string Job(string file) => "ingest:site:" + new Uri(site.Index, file).AbsoluteUri;
        // All three attempts recorded and the item given up on (the state history may be read between two of its writes).
        bool FailedForGood(string file) => host.History(Job(file)) is { Count: 3 } runs && runs[2].Status == "failed"
                                           && host.Services.Items.Get("site", new Uri(site.Index, file).AbsoluteUri) is { State: "failed" };
        await Wait.Until(() => FailedForGood("kapot.pdf") && FailedForGood("traag.txt"), "both marked failed");

        // First attempt plus MaxAttempts (2) retries, each recorded, the last one failed with the reason.
        foreach (var (file, reason) in new[] { ("kapot.pdf", "HTTP 500"), ("traag.txt", "timed out") })
        {
            var runs = host.History(Job(file));
            Assert.Equal(["retrying", "retrying", "failed"], runs.Select(r => r.Status));
            Assert.Equal([1, 2, 3], runs.Select(r => r.Attempt));
            Assert.All(runs, r => Assert.Contains(reason, r.Error));
            Assert.Equal("failed", host.Services.Items.Get("site", new Uri(site.Index, file).AbsoluteUri)!.State);
        }
        Assert.Equal(3, site.Count("kapot.pdf", 500));
        Assert.Equal(3, site.Log.Count(r => r.Path.EndsWith("traag.txt")));
        // Backoff: the retries are spaced further apart each time.
        // Backoff as configured (1 s, ×2, at most 2 s): the delays Hangfire scheduled the retries with.
        var kapot = host.History(Job("kapot.pdf"));
        var delays = host.Storage.GetMonitoringApi().JobDetails(kapot[0].JobId).History.Where(h => h.StateName == "Scheduled").OrderBy(h => h.CreatedAt)
            .Select(h => (DateTime.Parse(h.Data["EnqueueAt"], null, System.Globalization.DateTimeStyles.RoundtripKind)
                          - DateTime.Parse(h.Data["ScheduledAt"], null, System.Globalization.DateTimeStyles.RoundtripKind)).TotalSeconds)
            .Select(d => Math.Round(d)).ToList();
        Assert.Equal([1.0, 2.0], delays);
        Assert.Contains(Docs(host), d => d.Document.SourceFile.EndsWith("goed.txt") && d.Document.Status == DocumentStatus.Ok);
        Assert.DoesNotContain(Docs(host), d => d.Document.SourceFile.EndsWith("kapot.pdf"));

        // A failed document is left alone by the next polls (until retryFailedAfterHours).
        var polls = host.History("poll:site").Count;
        await Wait.Until(() => host.History("poll:site").Count >= polls + 2, "two more polls");
        Assert.Equal(3, site.Count("kapot.pdf", 500));
    }
}
