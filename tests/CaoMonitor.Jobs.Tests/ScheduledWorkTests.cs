using CaoMonitor.Classification;
using CaoMonitor.Jobs.Jobs;
using CaoMonitor.Jobs.Tests.Support;
using CaoMonitor.Monitoring;
using CaoMonitor.Tests.Support;


namespace CaoMonitor.Jobs.Tests;

/// <summary>Reclassify, monitor snapshot and maintenance through the real scheduler, store and jobs database.</summary>
public class ScheduledWorkTests
{
    private const string Registry = "id,agreement_id,name,type,sector,start,end,file\n" +
        "bouw-2025,bouw,Cao Bouw,sector,Bouw,2025-01-01,2026-12-31,bouw.txt\n" +
        "metaal-2025,metaal,Cao Metaal,sector,Metaal,2025-01-01,2026-12-31,metaal.txt\n";

    private static string Scholing(string who) =>
        $"Artikel 1 Scholing\nDe werknemer van {who} heeft recht op een persoonlijk ontwikkelbudget van 500 euro per jaar voor scholing.";

    [Fact]
    public async Task ReclassifyRunsWhenTheClassifierVersionChangesAndOnlyThen()
    {
        using var tmp = new TempDir();
        var drop = tmp.Sub("drop");
        File.WriteAllText(Path.Combine(drop, "registry.csv"), Registry);
        File.WriteAllText(Path.Combine(drop, "bouw.txt"), Scholing("de bouw"));
        var options = Hosts.Options(Hosts.Folder(drop));
        options = options with { Config = options.Config with { Schedules = options.Config.Schedules with { Reclassify = new ScheduleConfig { Cron = "0/1 * * * * ?" } } } };
        var ct = TestContext.Current.CancellationToken;
        await using var host = await JobsHost.Start(tmp.Sub("data"), options, ct);
        var store = host.Services.Store;
        var current = new ClauseClassifier().ClassifierVersion;
        long Stale() => (long)store.Scalar("SELECT count(*) FROM clause_classification WHERE classifier_version <> $v", ("$v", current))!;

        // The worker's store classifies in the ingest transaction: labels arrive with the document.
        await Wait.Until(() => store.ListDocuments().Count == 1, "bouw.txt ingested");
        Assert.True((long)store.Scalar("SELECT count(*) FROM clause_classification")! > 0, "clauses classified at ingest");
        Assert.Equal(0, Stale());

        // First run records the version; the following runs see nothing changed.
        // Only skips that found the version unchanged: a run that starts while the first still works is skipped too
        // ("another reclassification is running"), and two of those came before the first ended on a loaded machine.
        await Wait.Until(() => host.History(JobNames.Reclassify).Count(r => r.Status == "skipped" && r.Detail?.EndsWith(": unchanged", StringComparison.Ordinal) == true) >= 2,
            "two unchanged checks");
        Assert.Equal(new StoreReclassifier().Version, host.Services.GetState(ReclassifyJob.StateKey));
        Assert.Single(host.History(JobNames.Reclassify), r => r.Status == "succeeded");

        // A new classifier release: the stored labels are an older version, and so is the last run.
        store.Write((db, tx) => Storage.CaoStore.Command(db, tx, "UPDATE clause_classification SET classifier_version = 'rules 0.9.0+old; engine 1'").ExecuteNonQuery());
        host.Services.SetState(ReclassifyJob.StateKey, "taxonomy 1/0.9.0; rules 0.9.0+old; engine 1");
        Assert.True(Stale() > 0);
        await Wait.Until(() => host.History(JobNames.Reclassify).Count(r => r.Status == "succeeded") == 2, "a second real run");
        var run = host.History(JobNames.Reclassify).Last(r => r.Status == "succeeded");
        Assert.StartsWith("taxonomy 1/0.9.0; rules 0.9.0+old; engine 1 -> ", run.Detail);
        Assert.DoesNotContain(" 0 of ", run.Detail);
        Assert.Equal(0, Stale());
    }

    /// <summary>A reclassification that holds until the test lets it go.</summary>
    private sealed class GatedReclassifier : IReclassifier
    {
        public readonly SemaphoreSlim Entered = new(0), Go = new(0);
        public string Version => "taxonomy test; rules gated";

        public async Task<string> Reclassify(Storage.CaoStore store, CancellationToken ct)
        {
            Entered.Release();
            await Go.WaitAsync(ct);
            return "1 of 1 clauses reclassified";
        }
    }

    [Fact]
    public async Task ASecondReclassificationBesideARunningOneSaysSoInsteadOfRunning()
    {
        using var tmp = new TempDir();
        var gated = new GatedReclassifier();
        var ct = TestContext.Current.CancellationToken;
        await using var host = await JobsHost.Start(tmp.Sub("data"), Hosts.Options() with { Reclassifier = gated }, ct);

        var first = host.RunNow(JobNames.Reclassify, ct: ct);
        Assert.True(await gated.Entered.WaitAsync(TimeSpan.FromMinutes(2), ct), "the first run started");
        // Beside it, a second one neither runs nor races it to record the version.
        var second = await host.RunNow(JobNames.Reclassify, ct: ct);
        Assert.Equal("skipped", second.Status);
        Assert.Contains("another reclassification is running", second.Detail);
        Assert.Equal(0, gated.Entered.CurrentCount); // the second never reached the reclassifier

        gated.Go.Release();
        var done = await first;
        Assert.Equal("succeeded", done.Status);
        Assert.Equal(gated.Version, host.Services.GetState(ReclassifyJob.StateKey));
    }

    [Fact]
    public async Task TheMonitorSnapshotIsScheduledYearlyRunsOnDemandAndStaysFrozen()
    {
        using var tmp = new TempDir();
        var drop = tmp.Sub("drop");
        File.WriteAllText(Path.Combine(drop, "registry.csv"), Registry);
        File.WriteAllText(Path.Combine(drop, "bouw.txt"), Scholing("de bouw"));
        var options = Hosts.Options(Hosts.Folder(drop));
        options = options with { Config = options.Config with { Schedules = options.Config.Schedules with { Monitor = new ScheduleConfig { Cron = "0 0 4 2 1 ?" } } } };
        var ct = TestContext.Current.CancellationToken;
        var data = tmp.Sub("data");
        await using var host = await JobsHost.Start(data, options, ct);

        // Yearly: 2 January, 04:00 in Amsterdam (03:00 UTC in winter).
        var schedule = host.Schedule(JobNames.Monitor)!;
        Assert.Equal("Europe/Amsterdam", schedule.TimeZoneId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId);
        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(schedule.NextExecution!.Value, TimeSpan.Zero), zone);
        Assert.Equal((1, 2, 4, 0), (local.Month, local.Day, local.Hour, local.Minute));
        var thisYear = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).Year;
        Assert.Equal(thisYear + 1, local.Year);

        await Wait.Until(() => host.Services.Store.ListDocuments().Count == 1, "bouw.txt ingested");
        // On demand (`jobs run monitor --year 2025`): frozen under data/snapshots/2025.
        var first = await host.RunNow(JobNames.Monitor, 2025, ct);
        Assert.Equal("succeeded", first.Status);
        Assert.Contains("monitor 2025", first.Detail);
        Assert.Contains("1 cao versions counted", first.Detail);
        var manifest = Path.Combine(MonitorRun.DefaultDir(data, 2025), SnapshotFolder.ManifestFile);
        var frozen = File.ReadAllText(manifest);

        // Same inputs, same snapshot.
        var second = await host.RunNow(JobNames.Monitor, 2025, ct);
        Assert.Equal("succeeded", second.Status);
        Assert.Contains("unchanged", second.Detail);

        // The scheduled job itself, triggered as the dashboard does: this year's snapshot.
        host.Recurring.Trigger(JobNames.Monitor);
        await Wait.Until(() => host.History(JobNames.Monitor).Count(r => r.Finished is not null) == 3, "the triggered run");
        Assert.Equal("succeeded", host.History(JobNames.Monitor)[2].Status);
        Assert.True(File.Exists(Path.Combine(MonitorRun.DefaultDir(data, thisYear), SnapshotFolder.ManifestFile)));

        // New data after the freeze: the frozen snapshot is kept and the run says why it did not replace it.
        File.WriteAllText(Path.Combine(drop, "metaal.txt"), Scholing("het metaal"));
        await Wait.Until(() => host.Services.Store.ListDocuments().Count == 2, "metaal.txt ingested");
        var third = await host.RunNow(JobNames.Monitor, 2025, ct);
        Assert.Equal("failed", third.Status);
        Assert.Contains("already holds a different snapshot", third.Error);
        Assert.Equal(frozen, File.ReadAllText(manifest));

    }

    [Fact]
    public async Task MaintenanceChecksIntegrityAndKeepsABackupOfBothDatabases()
    {
        using var tmp = new TempDir();
        var drop = tmp.Sub("drop");
        File.WriteAllText(Path.Combine(drop, "bouw.txt"), Scholing("de bouw"));
        var data = tmp.Sub("data");
        var ct = TestContext.Current.CancellationToken;
        await using var host = await JobsHost.Start(data, Hosts.Options(Hosts.Folder(drop)), ct);
        await Wait.Until(() => host.Services.Store.ListDocuments().Count == 1, "bouw.txt ingested");

        var run = await host.RunNow(JobNames.Maintenance, ct: ct);
        Assert.Equal("succeeded", run.Status);
        Assert.Contains("integrity: store ok, sources ok", run.Detail);
        var backups = Path.Combine(data, "backups");
        var storeCopy = Assert.Single(Directory.GetFiles(backups, "caomonitor-*.db"));
        Assert.Single(Directory.GetFiles(backups, "sources-*.db"));
        Assert.Single(Directory.GetFiles(backups, "jobs-*.db"));
        Assert.Empty(Directory.GetFiles(backups, "*.tmp"));
        // The copy is a complete store: it opens and holds the document.
        using var copy = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={storeCopy};Mode=ReadOnly;Pooling=False");
        copy.Open();
        using var cmd = copy.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM documents";
        Assert.Equal(1L, (long)cmd.ExecuteScalar()!);
    }
}
