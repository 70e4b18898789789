using System.Diagnostics;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Cli.Tests;

/// <summary>`bench ingest` measures against poppler's pdftotext: without poppler it says so in one line and exits non-zero.</summary>
public class BenchCliTests
{
    [Fact]
    public void BenchIngestWithoutPopplerIsOneLineAndExitCodeTwo()
    {
        using var tmp = new TempDir();
        var corpus = tmp.Sub("corpus");
        File.WriteAllText(Path.Combine(corpus, "a.pdf"), "%PDF-1.4\n%%EOF\n");
        var emptyPath = tmp.Sub("no-tools"); // PATH without pdffonts and pdftotext
        var psi = CliProcess.StartInfo(null, "bench", "ingest", "--corpus", corpus, "--scale", "1");
        psi.Environment["PATH"] = emptyPath;
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(2)), "caomonitor did not finish");
        Assert.Equal(2, p.ExitCode);
        var lines = stderr.Result.Trim().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("caomonitor: bench ingest compares with poppler's pdftotext, and pdffonts is not installed", lines[0]);
        Assert.DoesNotContain("   at ", stdout.Result + stderr.Result);
    }
}
