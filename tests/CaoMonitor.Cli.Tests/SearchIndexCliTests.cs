using CaoMonitor.Tests.Support;
using System.Diagnostics;

namespace CaoMonitor.Cli.Tests;

/// <summary>Issue 13: the index is written after the store commits; a kill -9 between the two commits heals on the next start.</summary>
public class SearchIndexCliTests
{
    [Fact]
    public void AKillBetweenStoreCommitAndIndexCommitHealsOnTheNextStart()
    {
        using var tmp = new TempDir();
        var input = tmp.Sub("in");
        File.WriteAllText(Path.Combine(input, "proef-2025.txt"), "Artikel 1 Scholing\nDe werknemer krijgt een zeldzaamwoord per jaar.\n");
        var data = Path.Combine(tmp.Path, "data");

        // The process kills itself (SIGKILL) right after the store transaction committed, before the index is written.
        var killed = Run(new() { ["CAOMONITOR_FAULT"] = "kill-after-store-commit" }, "ingest", input, "--data", data);
        Assert.NotEqual(0, killed.ExitCode);
        var check = CliProcess.Run("index", "verify", "--check", "--json", "--data", data);
        Assert.Equal(1, check.ExitCode);
        Assert.Single(check.Json.GetProperty("missing").EnumerateArray());
        Assert.Equal(1, check.Json.GetProperty("documents").GetInt32()); // the store has it

        // The next start (any command that opens the store) repairs the index; the document is found.
        var search = CliProcess.Run("search", "zeldzaamwoord", "--json", "--data", data);
        Assert.True(search.ExitCode == 0, search.Stderr);
        Assert.Single(search.Json.EnumerateArray());
        var healthy = CliProcess.Run("index", "verify", "--check", "--json", "--data", data);
        Assert.Equal(0, healthy.ExitCode);
        Assert.True(healthy.Json.GetProperty("healthy").GetBoolean());
    }

    [Fact]
    public void BadSyntaxIsOneDutchLineAndExitCodeTwo()
    {
        using var tmp = new TempDir();
        var r = CliProcess.Run("search", "\"recht op scholing", "--data", Path.Combine(tmp.Path, "data"));
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("caomonitor: aanhalingsteken niet gesloten (bij teken 1)", r.Stderr.Trim());
    }

    private static CliProcess.Result Run(Dictionary<string, string> env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CaoMonitor.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(true); throw new TimeoutException("caomonitor did not finish"); }
        return new CliProcess.Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
