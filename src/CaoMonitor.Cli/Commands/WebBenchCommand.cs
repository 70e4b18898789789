using System.CommandLine;
using System.Diagnostics;
using CaoMonitor.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CaoMonitor.Cli.Commands;

/// <summary>
/// `caomonitor bench web`: a bounded load test on loopback. N clients search in a loop for a fixed
/// time (search page with facets and the JSON API, a fixed mix of queries); prints latency
/// percentiles and throughput, and fails when any request failed. Not part of the tests.
/// </summary>
internal static class WebBenchCommand
{
    // The mix: plain words, compounds, phrases, prefixes, filters, facets clicked, sorting, paging, the API.
    private static readonly string[] Mix =
    [
        "/?q=ontwikkelbudget", "/?q=scholing", "/?q=loopbaanadvies", "/?q=%22van+werk+naar+werk%22", "/?q=studie*",
        "/?q=outplacement+OR+mobiliteitsbureau", "/?q=budget+-pensioen", "/?q=scholing&sector=bouw", "/?q=ontwikkelbudget&jaar=2025",
        "/?q=loopbaan&categorie=VWNW.LOOPBAAN", "/?q=ontwikkelbudget&categorie=LLO.BUDGET&sterkte=recht", "/?q=opleidingsfonds&sorteer=datum",
        "/?q=scholing&pagina=2", "/?q=NEAR(budget+scholing,+5)", "/?q=evc", "/?q=sociaal+plan", "/?q=werkend+leren+type:sector",
        "/api/search?q=ontwikkelbudget", "/api/search?q=scholing&sector=zorg", "/api/search?q=transitievergoeding&aantal=20",
    ];

    public static Command Create()
    {
        var url = new Option<string?>("--url") { Description = "A running server to load (default: start one in this process over --data)" };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "Duration of the load", DefaultValueFactory = _ => 60 };
        var cmd = new Command("web", "Load test: concurrent searches against the web UI and API on loopback; p50/p95/p99 latency, zero errors expected")
            { url, clients, seconds };
        cmd.SetAction(async (pr, ct) =>
        {
            var n = Math.Clamp(pr.GetValue(clients), 1, 1000);
            var duration = TimeSpan.FromSeconds(Math.Clamp(pr.GetValue(seconds), 1, 3600));
            Microsoft.AspNetCore.Builder.WebApplication? app = null;
            var target = pr.GetValue(url);
            if (target is null)
            {
                // All simulated users share one address, so the per-minute budget (meant for one person) is off;
                // the per-client cap on searches running at once stays on, as in production.
                app = WebApp.Build(new WebOptions { DataDir = pr.GetValue(CliOptions.Data)!.FullName, Urls = "http://127.0.0.1:0", Quiet = true, SearchPerMinute = 0 });
                await app.StartAsync(ct);
                target = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            }
            try
            {
                return await Run(target.TrimEnd('/'), n, duration, ct);
            }
            finally
            {
                if (app is not null) { await app.StopAsync(CancellationToken.None); await app.DisposeAsync(); }
            }
        });
        return cmd;
    }

    private static async Task<int> Run(string baseUrl, int clients, TimeSpan duration, CancellationToken ct)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60),
        };
        // Warm up: every query once, so the measurement is of a running server, not of its first requests.
        foreach (var path in Mix) (await http.GetAsync(path, ct)).EnsureSuccessStatusCode();

        Console.WriteLine($"bench web: {clients} clients, {duration.TotalSeconds:0} s, {Mix.Length} queries in the mix, against {baseUrl}");
        var latencies = new List<double>[clients];
        var errors = new List<string>();
        var stop = DateTime.UtcNow + duration;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
        {
            var mine = latencies[i] = [];
            int k = i;
            while (DateTime.UtcNow < stop && !ct.IsCancellationRequested)
            {
                var path = Mix[k++ % Mix.Length];
                var sw = Stopwatch.StartNew();
                try
                {
                    using var r = await http.GetAsync(path, ct);
                    await r.Content.ReadAsByteArrayAsync(ct);
                    if (!r.IsSuccessStatusCode) lock (errors) errors.Add($"{(int)r.StatusCode} {path}");
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    lock (errors) errors.Add($"{e.GetType().Name} {path}: {e.Message}");
                }
                mine.Add(sw.Elapsed.TotalMilliseconds);
            }
        }));
        total.Stop();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double P(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
        Console.WriteLine($"requests {all.Length}, errors {errors.Count}, throughput {all.Length / total.Elapsed.TotalSeconds:0.0}/s");
        Console.WriteLine($"latency ms: p50 {P(0.50):0.0}, p95 {P(0.95):0.0}, p99 {P(0.99):0.0}, max {(all.Length == 0 ? 0 : all[^1]):0.0}");
        foreach (var e in errors.GroupBy(e => e).OrderByDescending(g => g.Count()).Take(5)) Console.WriteLine($"  {e.Count()} x {e.Key}");
        return errors.Count == 0 ? 0 : 1;
    }
}
