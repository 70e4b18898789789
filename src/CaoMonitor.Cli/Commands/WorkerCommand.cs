using System.CommandLine;
using System.Runtime.InteropServices;
using CaoMonitor.Jobs;

namespace CaoMonitor.Cli.Commands;

/// <summary>`caomonitor worker`: runs only the scheduler, until Ctrl+C (or SIGTERM).</summary>
internal static class WorkerCommand
{
    public static readonly Option<DirectoryInfo?> Config = new("--config")
    {
        Description = "Folder with sources.json and schedules.json (default: ./jobs when it has them)",
        Recursive = true,
    };

    public static Command Create()
    {
        var watch = new Option<string[]>("--watch") { Description = "Also watch this drop folder (repeatable)", AllowMultipleArgumentsPerToken = false };
        var interval = new Option<int>("--watch-interval") { Description = "Seconds between polls of --watch folders (1 to 30)", DefaultValueFactory = _ => 30 };
        var clustered = new Option<bool>("--clustered") { Description = "Share the work with other workers on the same jobs database (Quartz clustering)" };
        var cmd = new Command("worker", "Run the scheduled jobs (polls, ingest, maintenance) until stopped") { watch, interval, clustered };
        cmd.SetAction(async (pr, ct) =>
        {
            var seconds = pr.GetValue(interval);
            if (seconds is < 1 or > 30) return CliOptions.Fail("--watch-interval must be between 1 and 30 seconds");
            var folders = pr.GetValue(watch) ?? [];
            foreach (var f in folders)
                if (!Directory.Exists(f)) return CliOptions.Fail($"--watch: '{f}' is not a folder");
            JobsOptions options;
            try { options = Options(pr) with { Watch = folders, WatchIntervalSeconds = seconds, Clustered = pr.GetValue(clustered), Log = Console.WriteLine }; }
            catch (InvalidDataException e) { return CliOptions.Fail(e.Message); }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            // Both signals stop gracefully whichever way the command line is invoked: running jobs are handed back.
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
            using var intr = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
            var dataDir = pr.GetValue(CliOptions.Data)!.FullName;
            await using (var host = await JobsHost.Start(dataDir, options, stop.Token))
            {
                Console.WriteLine($"caomonitor worker: {options.AllSources().Count} sources, jobs in {host.Context.Db.Path}; Ctrl+C stops");
                try { await Task.Delay(Timeout.Infinite, stop.Token); }
                catch (OperationCanceledException) { }
                Console.WriteLine("caomonitor worker: stopping (running jobs are handed back to the store)");
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>Options from --config (or ./jobs), shared by `worker` and `jobs`.</summary>
    public static JobsOptions Options(ParseResult pr)
    {
        var dir = pr.GetValue(Config)?.FullName;
        if (dir is not null && !Directory.Exists(dir)) throw new InvalidDataException($"--config: '{dir}' is not a folder");
        dir ??= File.Exists(Path.Combine("jobs", "sources.json")) || File.Exists(Path.Combine("jobs", "schedules.json")) ? "jobs" : null;
        // The reclassify and monitor jobs are registered here once their implementations exist.
        return new JobsOptions { Config = dir is null ? JobsConfig.Empty : JobsConfig.Load(dir) };
    }
}
