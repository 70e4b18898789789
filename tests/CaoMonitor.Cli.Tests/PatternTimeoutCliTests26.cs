using System.Diagnostics;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Cli.Tests;

/// <summary>
/// A document whose line makes a segmentation pattern backtrack catastrophically fails alone, as a timeout that names the
/// stage, and the rest of its batch is stored (PatternBudget). Run as `caomonitor ingest` in a child process with a short
/// limit (CAOMONITOR_PATTERN_TIMEOUT), so the limit is the CLI host's own and this test waits seconds, not the standard 10 s
/// per attempt. Not flaky on a busy machine: the hostile line needs minutes of processor time, so it fails whatever the
/// limit; a plain document's stage that runs out of wall-clock time with little processor time used is run again.
/// </summary>
public class PatternTimeoutCliTests26
{
    // Our own words, in the style of a cao.
    const string Plain = """
        Collectieve arbeidsovereenkomst voor de Fictieve {0}

        Looptijd: 1 januari 2025 tot en met 31 december 2026

        Hoofdstuk 1 Algemeen

        Artikel 1 Begrippen
        In deze cao wordt verstaan onder werknemer: ieder die een arbeidsovereenkomst heeft met de werkgever.

        Hoofdstuk 2 Ontwikkeling

        Artikel 2 Opleidingsbudget
        1. De werknemer heeft recht op een persoonlijk opleidingsbudget van EUR 600 per jaar.
        2. De werkgever vergoedt de studiekosten van een opleiding die voor de functie nodig is.

        Artikel 3 Loopbaangesprek{1}
        De werkgever voert eenmaal per jaar een loopbaangesprek met de werknemer.

        """;

    [Fact]
    public void AHostileLineFailsItsDocumentAloneAsATimeoutOfTheSegmentStage()
    {
        using var tmp = new TempDir();
        var input = tmp.Sub("in");
        File.WriteAllText(Path.Combine(input, "tuinbouw.txt"), string.Format(Plain, "Tuinbouwsector", ""));
        File.WriteAllText(Path.Combine(input, "bakkerij.txt"), string.Format(Plain, "Bakkerijsector", ""));
        // A table-of-contents leader of 3,000 ellipsis characters that ends in a full stop instead of a page number: the
        // leader pattern (CaoSegmenter.DotLeader: an ellipsis run, then any run of dots, spaces and ellipses, then a page
        // number) tries every split of the run at every start, about n^3/6 steps (61 s at n = 2,000 on this machine).
        File.WriteAllText(Path.Combine(input, "vijandig.txt"), string.Format(Plain, "Glassector", " " + new string('…', 3000) + "."));

        var r = Run(new() { ["CAOMONITOR_PATTERN_TIMEOUT"] = "2" }, "ingest", input, "--data", tmp.Sub("data"), "--json");
        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        var byFile = r.Json.EnumerateArray().ToDictionary(o => o.GetProperty("file").GetString()!);
        Assert.Equal("added", byFile["tuinbouw.txt"].GetProperty("status").GetString());
        Assert.Equal("added", byFile["bakkerij.txt"].GetProperty("status").GetString());
        var hostile = byFile["vijandig.txt"];
        Assert.Equal("failed", hostile.GetProperty("status").GetString());
        Assert.Equal("timeout", hostile.GetProperty("reason").GetString());
        var error = hostile.GetProperty("error").GetString()!;
        Assert.StartsWith("the segment stage: a text pattern in CaoSegmenter.", error);
        Assert.Contains("limit of 2 s", error);

        var docs = CliProcess.Run("documents", "--json", "--data", Path.Combine(tmp.Path, "data"));
        Assert.Equal(0, docs.ExitCode);
        var list = docs.Json.EnumerateArray().ToList();
        Assert.Equal(2, list.Count(d => d.GetProperty("status").GetString() == "ok" && d.GetProperty("clauses").GetInt32() >= 4));
        Assert.Single(list, d => d.GetProperty("status").GetString() == "failed");
    }

    private static CliProcess.Result Run(Dictionary<string, string> env, params string[] args)
    {
        var psi = CliProcess.StartInfo(null, args);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(true); throw new TimeoutException("caomonitor did not finish"); }
        return new CliProcess.Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
