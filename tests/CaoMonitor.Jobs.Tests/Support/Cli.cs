using System.Diagnostics;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Jobs.Tests.Support;

/// <summary>The real `caomonitor` CLI (built with the tests) as a child process.</summary>
public static class Cli
{
    public static string Dll()
    {
        var config = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(Repo.Root, "src", "CaoMonitor.Cli", "bin", config, "net10.0", "CaoMonitor.Cli.dll");
        Assert.True(File.Exists(dll), $"{dll} is not built");
        return dll;
    }

    public static ProcessStartInfo StartInfo(string workingDir, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDir };
        psi.ArgumentList.Add(Dll());
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }

    /// <summary>Runs a command to its end (generous limit: it is not a speed test).</summary>
    public static async Task<(int Exit, string Out, string Err)> Run(string workingDir, params string[] args)
    {
        using var p = Process.Start(StartInfo(workingDir, args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await p.WaitForExitAsync(limit.Token);
        return (p.ExitCode, await stdout, await stderr);
    }
}
