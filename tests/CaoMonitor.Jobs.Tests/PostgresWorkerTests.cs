using System.Diagnostics;
using CaoMonitor.Domain;
using CaoMonitor.Jobs.Tests.Support;
using CaoMonitor.Sources;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Jobs.Tests;

/// <summary>
/// Two `caomonitor worker` processes sharing one job store on a real PostgreSQL (--jobs-store),
/// and one data folder (the document store is one SQLite file per machine, shared in WAL mode).
/// </summary>
public class PostgresWorkerTests
{
    private static Process StartWorker(string data, string drop, string store, string log)
    {
        var p = Process.Start(Cli.StartInfo(Path.GetDirectoryName(data)!, "worker", "--data", data, "--jobs-store", store, "--watch", drop, "--watch-interval", "1"))!;
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) File.AppendAllText(log, $"[{p.Id}] {e.Data}\n"); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) File.AppendAllText(log, $"[{p.Id}] ERR {e.Data}\n"); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static async Task Stop(Process p)
    {
        if (p.HasExited) return;
        Process.Start("kill", ["-TERM", p.Id.ToString()])!.WaitForExit();
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try { await p.WaitForExitAsync(grace.Token); }
        catch (OperationCanceledException) { p.Kill(entireProcessTree: true); }
    }

    private static bool Idle(JobsHost observer) =>
        observer.Storage.GetMonitoringApi() is var api && api.EnqueuedCount(JobsHost.DefaultQueue) == 0 && api.ProcessingCount() == 0 && api.ScheduledCount() == 0;

    [Fact]
    public async Task TwoWorkersRunEachOfAHundredIngestJobsExactlyOnce()
    {
        Assert.SkipWhen(Postgres.Missing is not null, Postgres.Missing ?? "");
        await using var pg = await Postgres.Start();
        var store = await pg.CreateDatabase("hundred");
        using var tmp = new TempDir();
        var data = tmp.Sub("data");
        var drop = tmp.Sub("drop");
        var log = tmp.File("workers.log");
        for (int i = 1; i <= 100; i++)
            File.WriteAllText(Path.Combine(drop, $"brief-{i:000}.txt"), $"Artikel 1 Brief {i}\nDe werkgever bevordert scholing van werknemer {i}.");
        var ct = TestContext.Current.CancellationToken;
        await using var observer = await JobsHost.Create(data, new JobsOptions { JobsStore = store }, ct);
        var items = SourceItems.Open(data);

        var a = StartWorker(data, drop, store, log);
        var b = StartWorker(data, drop, store, log);
        try
        {
            await Wait.Until(() => items.Items().Count(i => i.State == "done") == 100 && Idle(observer) || a.HasExited || b.HasExited,
                "a hundred documents ingested", 600);
            Assert.False(a.HasExited || b.HasExited, File.ReadAllText(log));
        }
        finally
        {
            await Task.WhenAll(Stop(a), Stop(b));
        }

        var runs = observer.History("ingest", limit: 1000);
        // A hundred jobs, one run each, all succeeded.
        Assert.Equal(100, runs.Select(r => r.JobId).Distinct().Count());
        Assert.Equal(100, runs.Count);
        Assert.All(runs, r => Assert.Equal("succeeded", r.Status));
        // Both workers took jobs from the shared queue.
        var servers = runs.Select(r => r.Instance!.Split(':')[1]).Distinct().ToList();
        Assert.Equal(2, servers.Count);
        Assert.Contains(a.Id.ToString(), servers);
        Assert.Contains(b.Id.ToString(), servers);
        using var docs = CaoStore.Open(data);
        var stored = docs.ListDocuments(currentOnly: false);
        Assert.Equal(100, stored.Count);
        Assert.All(stored, d => Assert.Equal(1, d.Document.Revision));
    }

    [Fact]
    public async Task KillingOneWorkerMidJobLetsTheOtherFinishThatJob()
    {
        Assert.SkipWhen(Postgres.Missing is not null, Postgres.Missing ?? "");
        await using var pg = await Postgres.Start();
        var store = await pg.CreateDatabase("kill");
        using var tmp = new TempDir();
        var data = tmp.Sub("data");
        var drop = tmp.Sub("drop");
        var log = tmp.File("workers.log");
        // Big enough PDFs that the kill lands while one is being read.
        for (int i = 1; i <= 4; i++)
            TestPdf.Write(Path.Combine(drop, $"cao-{i}.pdf"), Enumerable.Range(1, 400).Select(p => (IReadOnlyList<string>)
                [$"Cao nummer {i}", $"Hoofdstuk {p}", "Onderdeel A", $"Artikel {p} Scholing {i}", $"De werknemer {i} heeft recht op een ontwikkelbudget van {p * 10} euro per jaar.",
                 "Hij of zij kiest zelf een opleiding.", "Dit artikel geldt voor iedereen.", "Versie 2025", $"pagina {p}"]));
        var ct = TestContext.Current.CancellationToken;
        await using var observer = await JobsHost.Create(data, new JobsOptions { JobsStore = store }, ct);
        var items = SourceItems.Open(data);

        var a = StartWorker(data, drop, store, log);
        var b = StartWorker(data, drop, store, log);
        JobRun? cut = null;
        try
        {
            // An ingest under way on worker a: kill it there.
            await Wait.Until(() => (cut = observer.History("ingest").FirstOrDefault(r => r.Status == "running" && r.Instance?.Split(':')[1] == a.Id.ToString())) is not null
                                   || a.HasExited, "an ingest running on the first worker", 300);
            Assert.False(a.HasExited, File.ReadAllText(log));
            a.Kill(entireProcessTree: true);
            await a.WaitForExitAsync(ct);

            await Wait.Until(() => items.Items().Count(i => i.State == "done") == 4 && Idle(observer) || b.HasExited, "the other worker finished", 600);
            Assert.False(b.HasExited, File.ReadAllText(log));
        }
        finally
        {
            if (!a.HasExited) a.Kill(entireProcessTree: true);
            await Stop(b);
        }

        // The job cut short on a: interrupted there, then finished on b.
        var runs = observer.History(cut!.Job);
        Assert.Contains(runs, r => r.JobId == cut.JobId && r.Status == "interrupted" && r.Instance!.Split(':')[1] == a.Id.ToString());
        Assert.Contains(runs, r => r.JobId == cut.JobId && r.Status == "succeeded" && r.Instance!.Split(':')[1] == b.Id.ToString());
        using var docs = CaoStore.Open(data);
        var stored = docs.ListDocuments(currentOnly: false);
        Assert.Equal(4, stored.Count);
        Assert.All(stored, d => Assert.Equal(DocumentStatus.Ok, d.Document.Status));
        Assert.All(stored, d => Assert.Equal(1, d.Document.Revision));
        Assert.Equal("ok", docs.IntegrityCheck());
    }
}
