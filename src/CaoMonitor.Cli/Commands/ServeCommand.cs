using System.CommandLine;
using CaoMonitor.Web;

namespace CaoMonitor.Cli.Commands;

/// <summary>`caomonitor serve`: the web UI and JSON API in one process.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Address(es) to listen on, separated by ';'", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var loginToRead = new Option<bool>("--login-to-read") { Description = "Reading needs a login too (default: reading is open, writing needs a login)" };
        var perMinute = new Option<int>("--search-per-minute") { Description = "Searches one client may run per minute (0: no limit)", DefaultValueFactory = _ => 600 };
        var cmd = new Command("serve", "Serve the web UI and JSON API (http://127.0.0.1:5080 by default)") { urls, loginToRead, perMinute };
        cmd.SetAction(pr =>
        {
            var options = new WebOptions
            {
                DataDir = pr.GetValue(CliOptions.Data)!.FullName, Urls = pr.GetValue(urls)!, OpenReading = !pr.GetValue(loginToRead),
                SearchPerMinute = pr.GetValue(perMinute),
            };
            var app = WebApp.Build(options);
            Console.WriteLine($"CaoMonitor serves {options.Urls} (data: {options.DataDir}); Ctrl+C stops.");
            app.Run();
            return 0;
        });
        return cmd;
    }
}
