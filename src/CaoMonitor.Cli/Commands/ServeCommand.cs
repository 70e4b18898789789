using System.CommandLine;
using CaoMonitor.Jobs;
using CaoMonitor.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaoMonitor.Cli.Commands;

/// <summary>`caomonitor serve`: the web UI, the JSON API and the scheduled jobs in one process.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Address(es) to listen on, separated by ';'", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var loginToRead = new Option<bool>("--login-to-read") { Description = "Reading needs a login too (default: reading is open, writing needs a login)" };
        var perMinute = new Option<int>("--search-per-minute") { Description = "Searches one client may run per minute (0: no limit)", DefaultValueFactory = _ => 600 };
        var noJobs = new Option<bool>("--no-jobs") { Description = "Do not run the scheduler here (e.g. when `caomonitor worker` runs it)" };
        var cmd = new Command("serve", "Serve the web UI and JSON API (http://127.0.0.1:5080 by default) with the scheduled jobs")
            { urls, loginToRead, perMinute, noJobs, WorkerCommand.Config, WorkerCommand.JobsStore, WorkerCommand.Watch, WorkerCommand.WatchInterval };
        cmd.SetAction(async (pr, ct) =>
        {
            var options = new WebOptions
            {
                DataDir = pr.GetValue(CliOptions.Data)!.FullName, Urls = pr.GetValue(urls)!, OpenReading = !pr.GetValue(loginToRead),
                SearchPerMinute = pr.GetValue(perMinute),
            };
            JobsHost? jobs = null;
            if (!pr.GetValue(noJobs))
            {
                try { jobs = await JobsHost.Start(options.DataDir, WorkerCommand.Options(pr, Console.WriteLine), ct); }
                catch (InvalidDataException e) { return CliOptions.Fail(e.Message); }
                // The job store cannot be reached: serve without the jobs rather than not at all.
                catch (InvalidOperationException e) { Console.Error.WriteLine($"caomonitor: {e.Message}; serving without the scheduler"); }
            }
            try
            {
                var app = WebApp.Build(options, s => { if (jobs is not null) s.AddSingleton(jobs); });
                Console.WriteLine($"CaoMonitor serves {options.Urls} (data: {options.DataDir}{(jobs is null ? ", no scheduler" : ", with the scheduler")}); Ctrl+C stops.");
                await app.StartAsync(ct);
                await app.WaitForShutdownAsync(ct);
                return 0;
            }
            finally
            {
                if (jobs is not null) await jobs.DisposeAsync();
            }
        });
        return cmd;
    }
}
