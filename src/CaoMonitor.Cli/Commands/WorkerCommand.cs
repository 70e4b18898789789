using System.CommandLine;
using System.Runtime.InteropServices;
using CaoMonitor.Jobs;

namespace CaoMonitor.Cli.Commands;

/// <summary>`caomonitor worker`: runs only the scheduler, until Ctrl+C (or SIGTERM).</summary>
internal static class WorkerCommand
{
    // Shared with `serve` (which runs the same scheduler in-process) and `jobs`.
    public static readonly Option<DirectoryInfo?> Config = new("--config")
    {
        Description = "Folder with sources.json and schedules.json (default: ./jobs when it has them)",
        Recursive = true,
    };
    public static readonly Option<string[]> Watch = new("--watch") { Description = "Also watch this drop folder (repeatable)", AllowMultipleArgumentsPerToken = false };
    public static readonly Option<int> WatchInterval = new("--watch-interval")
    {
        Description = "Seconds between polls of --watch folders (1 to 30)",
        DefaultValueFactory = _ => 30,
    };

    public static readonly Option<string?> JobsStore = new("--jobs-store")
    {
        Description = "Keep the jobs in PostgreSQL (postgres://user:password@host:port/database) so several workers share them; default: data/jobs.db",
        Recursive = true,
    };

    public static Command Create()
    {
        var cmd = new Command("worker", "Run the scheduled jobs (polls, ingest, reclassify, monitor, maintenance) until stopped")
            { Config, JobsStore, Watch, WatchInterval };
        cmd.SetAction(async (pr, ct) =>
        {
            JobsOptions options;
            try { options = Options(pr, Console.WriteLine); }
            catch (InvalidDataException e) { return CliOptions.Fail(e.Message); }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            // Both signals stop gracefully whichever way the command line is invoked: running jobs are handed back.
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
            using var intr = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
            var dataDir = pr.GetValue(CliOptions.Data)!.FullName;
            JobsHost host;
            try { host = await JobsHost.Start(dataDir, options, stop.Token); }
            catch (Exception e) when (e is InvalidOperationException or InvalidDataException) { return CliOptions.Fail(e.Message); }
            await using (host)
            {
                Console.WriteLine($"caomonitor worker: {options.AllSources().Count} sources, jobs in {(options.JobsStore is { } js ? Jobs.JobsStore.Describe(js) : Path.Combine(dataDir, Jobs.JobsStore.FileName))}; Ctrl+C stops");
                try { await Task.Delay(Timeout.Infinite, stop.Token); }
                catch (OperationCanceledException) { }
                Console.WriteLine("caomonitor worker: stopping (running jobs are handed back to the store)");
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>
    /// The jobs' options from a command that has <see cref="Config"/> and, optionally, the other
    /// options above. Throws <see cref="InvalidDataException"/> with a message for the user.
    /// </summary>
    public static JobsOptions Options(ParseResult pr, Action<string>? log = null)
    {
        var has = (Option o) => pr.CommandResult.Command.Options.Contains(o);
        return JobsOptions.FromCommandLine(pr.GetValue(Config)?.FullName,
            has(Watch) ? pr.GetValue(Watch) : null,
            has(WatchInterval) ? pr.GetValue(WatchInterval) : 30, log, pr.GetValue(JobsStore));
    }
}
