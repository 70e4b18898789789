using System.Diagnostics;
using CaoMonitor.Domain;
using CaoMonitor.Jobs.Tests.Support;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;
using CaoMonitor.Sources;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Jobs.Tests;

/// <summary>
/// The worker as a real child process (`caomonitor worker --watch DIR`), killed in the middle of
/// ingesting and started again: every document ends up stored exactly once, none half-written.
/// </summary>
public class KillRestartTests
{
    private static Process StartWorker(string data, string drop, string log)
    {
        var p = Process.Start(Cli.StartInfo(Path.GetDirectoryName(data)!, "worker", "--data", data, "--watch", drop, "--watch-interval", "1"))!;
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) File.AppendAllText(log, e.Data + "\n"); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) File.AppendAllText(log, "ERR " + e.Data + "\n"); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static long Scalar(string db, string sql)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(cmd.ExecuteScalar() ?? 0L);
        }
        catch (SqliteException) { return 0; } // not created yet, or its tables not yet
    }

    [Fact]
    public async Task KillingTheWorkerMidIngestAndStartingAgainStoresEveryDocumentExactlyOnce()
    {
        using var tmp = new TempDir();
        var data = Path.Combine(tmp.Path, "data");
        var drop = tmp.Sub("drop");
        var log = tmp.File("worker.log");
        // Big enough PDFs that the kill lands while one is being read.
        for (int i = 1; i <= 5; i++)
            // Three lines at each edge of a page are running headers to the normaliser; the body sits between them.
            TestPdf.Write(Path.Combine(drop, $"cao-{i}.pdf"), Enumerable.Range(1, 400).Select(p => (IReadOnlyList<string>)
                [$"Cao nummer {i}", $"Hoofdstuk {p}", "Onderdeel A", $"Artikel {p} Scholing {i}", $"De werknemer {i} heeft recht op een ontwikkelbudget van {p * 10} euro per jaar.",
                 "Hij of zij kiest zelf een opleiding.", "Dit artikel geldt voor iedereen.", "Versie 2025", $"pagina {p}"]));
        for (int i = 1; i <= 4; i++)
            File.WriteAllText(Path.Combine(drop, $"brief-{i}.txt"), $"Artikel 1 Brief {i}\nDe werkgever bevordert scholing ({i}).");
        File.Copy(Repo.Fixture("cao-twopage.pdf"), Path.Combine(drop, "cao-twopage.pdf"));
        File.WriteAllText(Path.Combine(drop, "pagina.html"), "<html><body><h1>Artikel 1 Loopbaan</h1><p>Loopbaanadvies voor iedereen.</p></body></html>");
        const int total = 11;
        var storeDb = Path.Combine(data, CaoStore.DatabaseFile);
        // The test reads the job store beside the worker, as `caomonitor jobs history` does.
        Directory.CreateDirectory(data);
        await using var observer = await JobsHost.Create(data, new JobsOptions(), TestContext.Current.CancellationToken);
        var items = SourceItems.Open(data);
        int NotDone() => items.Items().Count(i => i.State != "done");
        // Nothing queued or running: the jobs the kill cut short have been run again too.
        bool Idle() => observer.Storage.GetMonitoringApi() is var api && api.EnqueuedCount(JobsHost.DefaultQueue) == 0 && api.ProcessingCount() == 0
                       && api.ScheduledCount() == 0;

        var first = StartWorker(data, drop, log);
        try
        {
            await Wait.Until(() => observer.History("ingest").Any(r => r.Status == "running") || first.HasExited,
                "an ingest under way", 120);
            Assert.False(first.HasExited, File.Exists(log) ? File.ReadAllText(log) : "worker exited");
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        var storedBeforeRestart = Scalar(storeDb, "SELECT count(*) FROM documents");
        Assert.True(storedBeforeRestart < total, "the kill came before the batch was done");

        var second = StartWorker(data, drop, log);
        try
        {
            try
            {
                await Wait.Until(() => Scalar(storeDb, "SELECT count(*) FROM documents WHERE status = 'ok'") >= total
                                       && NotDone() == 0 && Idle() || second.HasExited,
                    "every document stored and nothing left to run", 180);
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"{e.Message}; {Scalar(storeDb, "SELECT count(*) FROM documents")} documents, " +
                    $"{NotDone()} items not done; worker log:\n{File.ReadAllText(log)}");
            }
            Assert.False(second.HasExited, File.ReadAllText(log));
        }
        finally
        {
            // This time a graceful stop (SIGTERM), as a service manager would.
            Process.Start("kill", ["-TERM", second.Id.ToString()])!.WaitForExit();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try { await second.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { second.Kill(entireProcessTree: true); }
        }

        using var store = CaoStore.Open(data);
        var docs = store.ListDocuments(currentOnly: false);
        Assert.Equal(total, docs.Count);
        Assert.All(docs, d => Assert.Equal(DocumentStatus.Ok, d.Document.Status));
        Assert.Equal(total, docs.Select(d => Path.GetFileName(d.Document.SourceFile)).Distinct().Count());
        Assert.All(docs, d => Assert.True(d.Document.PageCount > 0 && d.Document.ClauseCount > 0, $"{d.Document.SourceFile} is complete"));
        Assert.Equal("ok", store.IntegrityCheck());
        // Every stored document has all its pages and clauses (one transaction each).
        Assert.All(docs, d => Assert.Equal(d.Document.PageCount, store.GetPages(d.Id).Count));
        Assert.Equal("ok", items.IntegrityCheck());
        // The job the kill cut short ran again after the restart: an interrupted run, then a finished one.
        var history = observer.History("ingest", limit: 1000);
        var cut = history.Where(r => r.Status == "interrupted").ToList();
        Assert.NotEmpty(cut);
        Assert.All(cut, c => Assert.True(history.Any(r => r.JobId == c.JobId && r.Attempt == c.Attempt + 1 && r.Status == "succeeded"), string.Join("\n", history.Where(r => r.JobId == c.JobId))));
        Assert.DoesNotContain(history, r => r.Status == "running");
        // Each document was ingested once: no run made a second revision (a rerun of a document the
        // killed run had already stored finds it unchanged).
        Assert.All(docs, d => Assert.Equal(1, d.Document.Revision));
        Assert.DoesNotContain(history, r => r.Detail?.StartsWith("new revision") == true);
        // A dead worker's job is queued again within a minute: its server is declared dead after the
        // worker timeout, the next check (a quarter of it later) requeues the job, the next poll fetches it.
        var defaults = new JobsOptions();
        Assert.True(defaults.WorkerTimeout * 1.25 + defaults.PollInterval < TimeSpan.FromSeconds(60));
    }
    /// <summary>Rounds of the soak test: a few in CI; CAOMONITOR_SOAK_ROUNDS=20 for the full run.</summary>
    private static int SoakRounds => int.TryParse(Environment.GetEnvironmentVariable("CAOMONITOR_SOAK_ROUNDS"), out var n) && n > 0 ? n : 3;

    [Fact]
    public async Task SoakRoundsOfKillAndRestartWhileFiftyDocumentsFlowLoseNothingAndStoreEachOnce()
    {
        const int total = 50;
        var rounds = SoakRounds;
        using var tmp = new TempDir();
        var data = Path.Combine(tmp.Path, "data");
        var drop = tmp.Sub("drop");
        var log = tmp.File("worker.log");
        Directory.CreateDirectory(data);
        var ct = TestContext.Current.CancellationToken;
        await using var observer = await JobsHost.Create(data, new JobsOptions(), ct);
        var items = SourceItems.Open(data);
        int Done() => items.Items().Count(i => i.State == "done");
        bool Idle() => observer.Storage.GetMonitoringApi() is var api && api.EnqueuedCount(JobsHost.DefaultQueue) == 0 && api.ProcessingCount() == 0
                       && api.ScheduledCount() == 0;
        var random = new Random(14);
        int written = 0;
        void Deliver(int count)
        {
            for (int k = 0; k < count && written < total; k++, written++)
            {
                var i = written + 1;
                if (i % 2 == 0)
                    TestPdf.Write(Path.Combine(drop, $"cao-{i:00}.pdf"), Enumerable.Range(1, 60).Select(p => (IReadOnlyList<string>)
                        [$"Cao nummer {i}", $"Hoofdstuk {p}", "Onderdeel A", $"Artikel {p} Scholing {i}", $"De werknemer {i} heeft recht op {p * 10} euro ontwikkelbudget.",
                         "Dit artikel geldt voor iedereen.", "Versie 2025", $"pagina {p}"]));
                else
                    File.WriteAllText(Path.Combine(drop, $"brief-{i:00}.txt"), $"Artikel 1 Brief {i}\nDe werkgever bevordert scholing ({i}).");
            }
        }

        for (int round = 1; round <= rounds; round++)
        {
            Deliver((int)Math.Ceiling(total / (double)rounds));
            var before = Done();
            var worker = StartWorker(data, drop, log);
            try
            {
                // Killed once it made progress or has an ingest under way, a little later each time.
                await Wait.Until(() => Done() > before || observer.History("ingest").Any(r => r.Status == "running") || worker.HasExited, $"progress in round {round}", 300);
                Assert.False(worker.HasExited, File.ReadAllText(log));
                await Task.Delay(random.Next(0, 1500), ct);
            }
            finally
            {
                worker.Kill(entireProcessTree: true);
                await worker.WaitForExitAsync(ct);
            }
        }
        Deliver(total);

        var last = StartWorker(data, drop, log);
        try
        {
            await Wait.Until(() => Done() == total && Idle() || last.HasExited, "every document stored and nothing left to run", 900);
            Assert.False(last.HasExited, File.ReadAllText(log));
        }
        finally
        {
            Process.Start("kill", ["-TERM", last.Id.ToString()])!.WaitForExit();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try { await last.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { last.Kill(entireProcessTree: true); }
        }

        using var store = CaoStore.Open(data);
        var docs = store.ListDocuments(currentOnly: false);
        Assert.Equal(total, docs.Count);
        Assert.All(docs, d => Assert.Equal(1, d.Document.Revision));
        Assert.All(docs, d => Assert.Equal(DocumentStatus.Ok, d.Document.Status));
        Assert.All(docs, d => Assert.Equal(d.Document.PageCount, store.GetPages(d.Id).Count));
        Assert.Equal("ok", store.IntegrityCheck());
        Assert.Equal(total, items.Items().Count(i => i.State == "done"));
        Assert.DoesNotContain(observer.History("ingest", limit: 5000), r => r.Status == "running");
    }
}
