using System.CommandLine;
using CaoMonitor.Jobs;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

/// <summary>`caomonitor jobs list|run NAME|history`: the scheduled jobs from the command line.</summary>
internal static class JobsCommand
{
    /// <summary>The public JSON shape of `jobs history --json` (documented in jobs/README.md).</summary>
    public sealed record RunJson(string Job, string Started, string? Finished, string Status, string? Error, int Attempt, string? Detail);

    public static Command Create()
    {
        var cmd = new Command("jobs", "List, run and inspect the scheduled jobs") { WorkerCommand.Config, WorkerCommand.JobsStore };
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(Run());
        cmd.Subcommands.Add(History());
        return cmd;
    }

    private static Command List()
    {
        var json = CliOptions.Json();
        var cmd = new Command("list", "The jobs, their schedules, next and last runs, and documents waiting to be ingested") { json };
        cmd.SetAction(async (pr, ct) =>
        {
            var (host, error) = await Open(pr, ct);
            if (host is null) return error;
            await using var _ = host;
            var jobs = await host.List(ct);
            if (pr.GetValue(json))
            {
                CliOptions.PrintJson(jobs.Select(j => new { j.Name, j.Kind, j.Schedule, NextRun = j.NextRun?.ToString("O"), LastStatus = j.LastRun?.Status, LastRun = j.LastRun?.Started.ToString("O") }));
                return 0;
            }
            var t = new Table().AddColumns("job", "schedule", "next run", "last run", "last status");
            foreach (var j in jobs)
                t.AddRow(Markup.Escape(j.Name), Markup.Escape(j.Schedule), j.NextRun is { } n ? TimeZoneInfo.ConvertTime(n, host.Services.TimeZone).ToString("yyyy-MM-dd HH:mm:ss") : "",
                    j.LastRun is { } l ? TimeZoneInfo.ConvertTime(l.Started, host.Services.TimeZone).ToString("yyyy-MM-dd HH:mm:ss") : "", Markup.Escape(j.LastRun?.Status ?? ""));
            AnsiConsole.Write(t);
            return 0;
        });
        return cmd;
    }

    private static Command Run()
    {
        var name = new Argument<string>("name") { Description = "maintenance, poll:SOURCE, reclassify or monitor" };
        var year = new Option<int?>("--year") { Description = "For monitor: the year to freeze (default: this year)" };
        var cmd = new Command("run", "Run a job now and wait for its end (a running worker, or this process, runs it); a poll queues its documents for the workers") { name, year };
        cmd.SetAction(async (pr, ct) =>
        {
            var (host, error) = await Open(pr, ct);
            if (host is null) return error;
            await using var _ = host;
            JobRun run;
            try { run = await host.RunNow(pr.GetValue(name)!, pr.GetValue(year), ct); }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException) { return CliOptions.Fail(e.Message); }
            Console.WriteLine($"{run.Job}: {run.Status}{(run.Detail is null ? "" : " — " + run.Detail)}{(run.Error is null ? "" : " — " + run.Error)}");
            return run.Status is "succeeded" or "skipped" ? 0 : 1;
        });
        return cmd;
    }

    private static Command History()
    {
        var json = CliOptions.Json();
        var job = new Option<string?>("--job") { Description = "Only this job (a prefix such as ingest:inbox works too)" };
        var limit = new Option<int>("--limit") { Description = "At most this many runs, newest last", DefaultValueFactory = _ => 100 };
        var cmd = new Command("history", "Past runs: job, started, finished, status, error") { json, job, limit };
        cmd.SetAction(async (pr, ct) =>
        {
            // History needs no server: it is Hangfire's state history in the job store.
            var (host, error) = await Open(pr, ct);
            if (host is null) return error;
            await using var _ = host;
            var runs = host.History(pr.GetValue(job), pr.GetValue(limit));
            if (pr.GetValue(json))
            {
                CliOptions.PrintJson(runs.Select(r => new RunJson(r.Job, r.Started.ToString("O"), r.Finished?.ToString("O"), r.Status, r.Error, r.Attempt, r.Detail)));
                return 0;
            }
            var t = new Table().AddColumns("job", "started", "finished", "status", "attempt", "error / detail");
            foreach (var r in runs)
                t.AddRow(Markup.Escape(r.Job), r.Started.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss"), r.Finished?.ToLocalTime().ToString("HH:mm:ss") ?? "",
                    r.Status is "failed" ? "[red]failed[/]" : Markup.Escape(r.Status), r.Attempt.ToString(), Markup.Escape(r.Error ?? r.Detail ?? ""));
            AnsiConsole.Write(t);
            return 0;
        });
        return cmd;
    }

    private static async Task<(JobsHost? Host, int Error)> Open(ParseResult pr, CancellationToken ct)
    {
        try
        {
            return (await JobsHost.Create(pr.GetValue(CliOptions.Data)!.FullName, WorkerCommand.Options(pr), ct), 0);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException) { return (null, CliOptions.Fail(e.Message)); }
    }
}
