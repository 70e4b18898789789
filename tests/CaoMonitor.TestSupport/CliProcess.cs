using System.Diagnostics;
using System.Text.Json;

namespace CaoMonitor.Tests.Support;

/// <summary>
/// Runs the built `caomonitor` CLI (CaoMonitor.Cli.dll) as a child process: its output, JSON and exit
/// codes are public interfaces. The dll is taken from beside the test binaries when the test project
/// references the CLI, else from the CLI's own build output of the same configuration.
/// </summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;
    }

    public static string Dll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "CaoMonitor.Cli.dll");
        if (File.Exists(beside)) return beside;
        var config = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var built = Path.Combine(Repo.Root, "src", "CaoMonitor.Cli", "bin", config, "net10.0", "CaoMonitor.Cli.dll");
        if (!File.Exists(built)) throw new FileNotFoundException($"{built} is not built");
        return built;
    }

    public static ProcessStartInfo StartInfo(string? workingDir, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        if (workingDir is not null) psi.WorkingDirectory = workingDir;
        psi.ArgumentList.Add(Dll());
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        return psi;
    }

    /// <summary>Runs a command to its end with <paramref name="stdin"/> as its input (generous limit: it is not a speed test).</summary>
    public static Result RunWithInput(string? stdin, params string[] args)
    {
        using var p = Process.Start(StartInfo(null, args))!;
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(true); throw new TimeoutException("caomonitor did not finish"); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    public static Result Run(params string[] args) => RunWithInput(null, args);
}
