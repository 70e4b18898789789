using System.Text.Json;
using CaoMonitor.Jobs.Tests.Support;
using CaoMonitor.Tests.Support;


namespace CaoMonitor.Jobs.Tests;

/// <summary>`caomonitor worker` and `caomonitor jobs` as the user runs them: the real CLI binary.</summary>
public class CommandLineTests
{
    [Fact]
    public async Task JobsHistoryJsonIsAnArrayOfRunsWithJobStartedFinishedStatusAndError()
    {
        using var tmp = new TempDir();
        var drop = tmp.Sub("drop");
        var data = tmp.Sub("data");
        File.WriteAllText(Path.Combine(drop, "goed.txt"), "Artikel 1 Scholing\nDe werknemer heeft recht op scholing.");
        File.WriteAllText(Path.Combine(drop, "kapot.pdf"), "%PDF-1.4\nthis file was cut off half-way");
        var ct = TestContext.Current.CancellationToken;
        await using (var host = await JobsHost.Start(data, Hosts.Options(Hosts.Folder(drop)), ct))
            await Wait.Until(() => host.History("ingest:drop").Count(r => r.Finished is not null) == 2, "both files ingested or failed");

        var (exit, stdout, stderr) = await Cli.Run(tmp.Path, "jobs", "history", "--json", "--data", data);
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        var runs = json.RootElement.EnumerateArray().ToList();
        Assert.Contains(runs, r => r.GetProperty("job").GetString() == "poll:drop");
        foreach (var r in runs)
        {
            foreach (var field in new[] { "job", "started", "finished", "status", "error" }) Assert.True(r.TryGetProperty(field, out _), $"{field} missing in {r}");
            Assert.True(DateTimeOffset.TryParse(r.GetProperty("started").GetString(), out var started));
            Assert.True(DateTimeOffset.TryParse(r.GetProperty("finished").GetString(), out var finished) && finished >= started);
        }
        var good = Assert.Single(runs, r => r.GetProperty("job").GetString() == "ingest:drop:goed.txt");
        Assert.Equal("succeeded", good.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, good.GetProperty("error").ValueKind);
        var bad = Assert.Single(runs, r => r.GetProperty("job").GetString() == "ingest:drop:kapot.pdf");
        Assert.Equal("failed", bad.GetProperty("status").GetString());
        Assert.Contains("cut off", bad.GetProperty("error").GetString());

        // --job narrows it to one job (or a prefix).
        (exit, stdout, _) = await Cli.Run(tmp.Path, "jobs", "history", "--json", "--data", data, "--job", "ingest:drop");
        Assert.Equal(0, exit);
        using var only = JsonDocument.Parse(stdout);
        Assert.Equal(2, only.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task WatchFoldersArePolledAtLeastEveryThirtySeconds()
    {
        using var tmp = new TempDir();
        var ct = TestContext.Current.CancellationToken;
        // Whatever interval is asked for, a --watch folder is never polled less often than every 30 s.
        foreach (var asked in new[] { 30, 300 })
        {
            var options = Hosts.Options() with { Watch = [tmp.Sub("inbox")], WatchIntervalSeconds = asked };
            await using var host = await JobsHost.Start(tmp.Sub($"data-{asked}"), options, ct);
            Assert.Equal("*/30 * * * * *", host.Schedule("poll:watch-inbox")!.Cron);
        }
        Assert.Equal(TimeSpan.FromSeconds(30), JobsConfig.Watch("x", 30).EverySeconds is { } s ? TimeSpan.FromSeconds(s) : default);

        // The command line refuses an interval above 30 s and a folder that does not exist, with a clear message.
        var (exit, _, err) = await Cli.Run(tmp.Path, "worker", "--data", tmp.Sub("data"), "--watch", tmp.Sub("inbox"), "--watch-interval", "31");
        Assert.Equal(2, exit);
        Assert.Contains("--watch-interval must be between 1 and 30 seconds", err);
        (exit, _, err) = await Cli.Run(tmp.Path, "worker", "--data", tmp.Sub("data"), "--watch", Path.Combine(tmp.Path, "nope"));
        Assert.Equal(2, exit);
        Assert.Contains("is not a folder", err);
        var twice = Assert.Throws<InvalidDataException>(() => JobsOptions.FromCommandLine(null, [tmp.Sub("a/inbox"), tmp.Sub("b/inbox")]));
        Assert.Contains("two sources would be called 'watch-inbox'", twice.Message);
    }

    [Fact]
    public async Task JobsListShowsTheScheduleAndJobsRunRunsANamedJob()
    {
        using var tmp = new TempDir();
        var config = tmp.Sub("jobs");
        var inbox = tmp.Sub("inbox");
        File.WriteAllText(Path.Combine(config, "sources.json"), $$"""
            { "sources": [ { "name": "inbox", "kind": "folder", "path": "{{inbox}}", "everySeconds": 30, "type": "policy" } ] }
            """);
        File.WriteAllText(Path.Combine(inbox, "brief.txt"), "Artikel 1 Scholing\nDe minister bevordert scholing.");
        var data = Path.Combine(tmp.Path, "data");

        var (exit, stdout, stderr) = await Cli.Run(tmp.Path, "jobs", "list", "--json", "--data", data, "--config", config);
        Assert.True(exit == 0, stderr);
        var names = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Select(j => j.GetProperty("name").GetString()).ToList();
        Assert.Equal(["poll:inbox", "maintenance", "reclassify", "monitor"], names);

        (exit, stdout, stderr) = await Cli.Run(tmp.Path, "jobs", "run", "poll:inbox", "--data", data, "--config", config);
        Assert.True(exit == 0, stderr);
        Assert.Contains("poll:inbox: succeeded", stdout);

        (exit, _, stderr) = await Cli.Run(tmp.Path, "jobs", "run", "nonsense", "--data", data, "--config", config);
        Assert.Equal(2, exit);
        Assert.Contains("no job called 'nonsense'", stderr);
    }

    [Fact]
    public async Task AWorkerBesideServeSharesTheQueueAndEachDocumentIsIngestedOnce()
    {
        // Quartz refused a second scheduler on one data folder; Hangfire's servers share one job store.
        using var tmp = new TempDir();
        var data = tmp.Sub("data");
        var drop = tmp.Sub("drop");
        for (int i = 1; i <= 12; i++)
            File.WriteAllText(Path.Combine(drop, $"brief-{i}.txt"), $"Artikel 1 Brief {i}\nDe werkgever bevordert scholing ({i}).");
        var ct = TestContext.Current.CancellationToken;
        await using var first = await JobsHost.Start(data, Hosts.Options(Hosts.Folder(drop)), ct);
        await using var second = await JobsHost.Start(data, Hosts.Options(Hosts.Folder(drop)), ct);
        await Wait.Until(() => first.History("ingest:drop").Count(r => r.Status == "succeeded") >= 12, "all twelve ingested");
        var polls = first.History("poll:drop").Count;
        await Wait.Until(() => first.History("poll:drop").Count >= polls + 2, "two more polls");

        var runs = first.History("ingest:drop");
        Assert.Equal(12, runs.Count);
        Assert.All(runs, r => Assert.Equal("succeeded", r.Status));
        Assert.Equal(12, runs.Select(r => r.Job).Distinct().Count());
        Assert.Equal(12, first.Services.Store.ListDocuments(currentOnly: false).Count);
        // Two servers on the one store, each job run by one of them.
        Assert.Equal(2, first.Storage.GetMonitoringApi().Servers().Count);
    }
}
