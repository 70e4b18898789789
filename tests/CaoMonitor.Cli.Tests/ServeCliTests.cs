using CaoMonitor.Tests.Support;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CaoMonitor.Cli.Tests;

public class ServeCliTests
{
    [Fact]
    public async Task ServeAnswersOnTheGivenAddressWithTheSchedulerAndStopsOnSigterm()
    {
        using var tmp = new TempDir();
        var data = Path.Combine(tmp.Path, "data");
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; }
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = tmp.Path };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "CaoMonitor.Cli.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--data", data })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            HttpResponseMessage? home = null;
            // Wait for the server to listen (it opens the store and compiles the classifier first).
            for (int i = 0; i < 240 && home is null && !p.HasExited; i++)
            {
                try { home = await http.GetAsync("/", TestContext.Current.CancellationToken); }
                catch (HttpRequestException) { await Task.Delay(500, TestContext.Current.CancellationToken); }
            }
            Assert.NotNull(home);
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("Zoek in cao", await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            var jobs = await http.GetStringAsync("/jobs", TestContext.Current.CancellationToken);
            Assert.Contains("maintenance", jobs);
            Assert.True(File.Exists(Path.Combine(data, "jobs.db")));
        }
        finally
        {
            if (!p.HasExited) Process.Start("kill", ["-TERM", p.Id.ToString()])!.WaitForExit();
            if (!p.WaitForExit(TimeSpan.FromSeconds(60))) p.Kill(true);
        }
        Assert.Equal(0, p.ExitCode);
        Assert.Contains("with the scheduler", await stdout);
    }
}
