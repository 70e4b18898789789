using CaoMonitor.Jobs.Tests.Support;
using CaoMonitor.Tests.Support;
using Hangfire.Common;

namespace CaoMonitor.Jobs.Tests;

/// <summary>Schedules missed while no worker ran fire once at the next start, not once per missed slot.</summary>
public class MisfireTests
{
    [Fact]
    public async Task AfterDowntimeAMissedScheduleRunsOnceThenKeepsItsRhythm()
    {
        using var tmp = new TempDir();
        var data = tmp.Sub("data");
        // Hourly, half an hour away from now: no natural slot falls inside the test.
        var minute = (DateTime.UtcNow.Minute + 30) % 60;
        var hourly = Hosts.Folder(tmp.Sub("a")) with { Name = "hourly", EverySeconds = null, Cron = $"0 {minute} * * * ?" };
        var options = Hosts.Options(hourly);
        var ct = TestContext.Current.CancellationToken;

        // First start stores the schedule; nothing is due yet.
        await using (var host = await JobsHost.Start(data, options, ct))
        {
            var stored = host.Schedule("poll:hourly")!;
            Assert.Equal("Europe/Amsterdam", stored.TimeZoneId);
            Assert.True(stored.NextExecution > DateTime.UtcNow);
            Assert.Empty(host.History("poll:hourly"));
        }

        // Five hours of downtime: the stored next run lies five slots in the past (set through Hangfire's own storage API).
        await using (var offline = await JobsHost.Create(data, options, ct))
        {
            // Hangfire keeps the next run in the job's hash and, as a score, in the recurring-jobs set it scans for due jobs.
            var past = DateTime.UtcNow.AddHours(-5);
            using var c = offline.Storage.GetConnection();
            using var tx = c.CreateWriteTransaction();
            // Hangfire counts missed runs from the job's creation (or last run), so that moves back too.
            tx.SetRangeInHash("recurring-job:poll:hourly", [
                new KeyValuePair<string, string>("NextExecution", JobHelper.SerializeDateTime(past)),
                new KeyValuePair<string, string>("CreatedAt", JobHelper.SerializeDateTime(past.AddHours(-1))),
            ]);
            tx.AddToSet("recurring-jobs", "poll:hourly", JobHelper.ToTimestamp(past));
            tx.Commit();
        }

        await using (var host = await JobsHost.Start(data, options, ct))
        {
            await Wait.Until(() => host.History("poll:hourly").Count >= 1, "the missed poll");
            // Back in rhythm: the next run lies ahead, in the next slot at the configured minute, so no
            // catch-up run for the other four slots can follow.
            await Wait.Until(() => host.Schedule("poll:hourly")!.NextExecution > DateTime.UtcNow, "the next run scheduled ahead");
            await Wait.Until(() => host.Storage.GetMonitoringApi().EnqueuedCount(JobsHost.DefaultQueue) == 0
                                   && host.History("poll:hourly").All(r => r.Finished is not null), "nothing left to run");
            var next = host.Schedule("poll:hourly")!.NextExecution!.Value;
            Assert.True(next <= DateTime.UtcNow.AddHours(1) && next.Minute == minute && next.Second == 0, $"poll:hourly next runs at {next:O}");
            Assert.Single(host.History("poll:hourly"));
        }
    }

    [Fact]
    public async Task JobsAndHistorySurviveARestart()
    {
        using var tmp = new TempDir();
        var data = tmp.Sub("data");
        var drop = tmp.Sub("drop");
        File.WriteAllText(Path.Combine(drop, "a.txt"), "Artikel 1 Scholing\nDe werknemer heeft recht op scholing.");
        var ct = TestContext.Current.CancellationToken;
        await using (var host = await JobsHost.Start(data, Hosts.Options(Hosts.Folder(drop)), ct))
            await Wait.Until(() => host.Services.Store.ListDocuments().Count == 1 && host.History("ingest:drop").Count == 1, "a.txt ingested");

        await using (var host = await JobsHost.Create(data, Hosts.Options(Hosts.Folder(drop)), ct))
        {
            Assert.Contains(host.History(), r => r.Job == "ingest:drop:a.txt" && r.Status == "succeeded");
            var jobs = await host.List(ct);
            Assert.Contains(jobs, j => j.Name == "poll:drop" && j.NextRun is not null && j.LastRun is not null);
        }
    }
}
