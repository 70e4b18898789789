using CaoMonitor.Jobs.Tests.Support;
using CaoMonitor.Tests.Support;
using Microsoft.Data.Sqlite;
using Quartz;

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
        var hourlyCron = Hosts.Folder(tmp.Sub("a")) with { Name = "hourly", EverySeconds = null, Cron = $"0 {minute} * * * ?" };
        var hourlyInterval = Hosts.Folder(tmp.Sub("b")) with { Name = "interval", EverySeconds = 3600 };
        var options = Hosts.Options(hourlyCron, hourlyInterval);
        var ct = TestContext.Current.CancellationToken;

        // First start stores the triggers; the interval one fires at once (its start), then waits an hour.
        await using (var host = await JobsHost.Start(data, options, ct))
        {
            await Wait.Until(() => host.Context.Db.History("poll:interval").Count == 1, "the interval poll's first run");
            var cron = await host.Scheduler.GetTrigger(new TriggerKey("poll:hourly", JobNames.ScheduledGroup), ct);
            Assert.Equal((int)CronTriggerMisfireInstruction.FireAndProceed, cron!.MisfireInstructionCode);
        }

        // Five hours of downtime: both triggers' next fire times lie far in the past, five slots each.
        using (var db = new SqliteConnection($"Data Source={Path.Combine(data, "jobs.db")};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'poll:hourly'";
            var next = (long)cmd.ExecuteScalar()!;
            // Stored as ticks or milliseconds depending on the store; shift by five hours in the same unit.
            var fiveHours = next > 100_000_000_000_000L ? TimeSpan.FromHours(5).Ticks : (long)TimeSpan.FromHours(5).TotalMilliseconds;
            cmd.CommandText = $"UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = NEXT_FIRE_TIME - {fiveHours} WHERE TRIGGER_NAME IN ('poll:hourly', 'poll:interval')";
            Assert.Equal(2, cmd.ExecuteNonQuery());
        }

        await using (var host = await JobsHost.Start(data, options, ct))
        {
            await Wait.Until(() => host.Context.Db.History("poll:hourly").Count >= 1 && host.Context.Db.History("poll:interval").Count >= 2, "the missed polls");
            // Give any catch-up firings every chance to show up before counting.
            int Polls() => host.Context.Db.History().Count(r => r.Job.StartsWith("poll:", StringComparison.Ordinal));
            var polls = Polls();
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            Assert.Equal(polls, Polls());
            Assert.Single(host.Context.Db.History("poll:hourly"));
            Assert.Equal(2, host.Context.Db.History("poll:interval").Count);
            // Back in rhythm: the next fire lies ahead (the next slot within the hour; an hour after the catch-up run).
            var now = DateTimeOffset.UtcNow;
            var hourly = (await host.Scheduler.GetTrigger(new TriggerKey("poll:hourly", JobNames.ScheduledGroup), ct))!.NextFireTimeUtc!.Value;
            Assert.True(hourly > now && hourly <= now.AddHours(1) && hourly.Minute == minute && hourly.Second == 0, $"poll:hourly next fires at {hourly}");
            var interval = (await host.Scheduler.GetTrigger(new TriggerKey("poll:interval", JobNames.ScheduledGroup), ct))!.NextFireTimeUtc!.Value;
            Assert.True(interval > now.AddMinutes(50), $"poll:interval next fires at {interval}");
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
            await Wait.Until(() => host.Context.Store.ListDocuments().Count == 1, "a.txt ingested");

        await using (var host = await JobsHost.Create(data, Hosts.Options(Hosts.Folder(drop)), ct))
        {
            Assert.Contains(host.Context.Db.History(), r => r.Job == "ingest:drop:a.txt" && r.Status == "succeeded");
            var jobs = await host.List(ct);
            Assert.Contains(jobs, j => j.Name == "poll:drop" && j.NextRun is not null && j.LastRun is not null);
        }
    }
}
