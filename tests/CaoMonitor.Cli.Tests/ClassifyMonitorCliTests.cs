using CaoMonitor.Tests.Support;
using System.Text.Json;

namespace CaoMonitor.Cli.Tests;

/// <summary>classify, eval, reclassify, review and monitor through the real binary.</summary>
public class ClassifyMonitorCliTests
{
    private static string Fixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "cao-twopage.pdf");

    [Fact]
    public void ClassifyReadsAndWritesJsonLinesAndReportsBadLines()
    {
        var input = """
            {"id":"a","title":"Artikel 12 Ontwikkelbudget","text":"De werknemer heeft jaarlijks recht op een ontwikkelbudget van € 500."}
            not json
            {"id":"b","text":"De arbeidsduur bedraagt 38 uur per week."}
            """;
        var r = CliProcess.RunWithInput(input, "classify", "--in", "-", "--out", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("line 2", r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "b"], lines.Select(l => l.GetProperty("id").GetString()));
        var label = Assert.Single(lines[0].GetProperty("labels").EnumerateArray());
        Assert.Equal("LLO.BUDGET", label.GetProperty("code").GetString());
        Assert.Equal("recht", label.GetProperty("strength").GetString());
        Assert.Equal(500, label.GetProperty("attributes").GetProperty("amount_eur").GetDecimal());
        var ev = label.GetProperty("evidence")[0];
        Assert.True(ev.GetProperty("end").GetInt32() > ev.GetProperty("start").GetInt32());
        Assert.Empty(lines[1].GetProperty("labels").EnumerateArray());
    }

    [Fact]
    public void EvalPrintsFiguresAndErrorsAndRefusesAMissingFile()
    {
        using var tmp = new TempDir();
        var gold = Path.Combine(tmp.Path, "gold.jsonl");
        File.WriteAllText(gold, """
            {"id":"g1","title":"Ontwikkelbudget","text":"De werknemer heeft jaarlijks recht op een ontwikkelbudget van € 500.","labels":[{"code":"LLO.BUDGET","strength":"recht","amount_eur":500}]}
            {"id":"g2","text":"De arbeidsduur bedraagt 38 uur per week.","labels":[{"code":"LLO.TIJD","strength":"recht"}]}
            """);
        var r = CliProcess.Run("eval", "--gold", gold);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Macro precision", r.Stdout);
        Assert.Contains("Strength accuracy", r.Stdout);
        Assert.Contains("Amount exact match 1.000", r.Stdout);
        Assert.Contains("g2", r.Stdout); // the missed LLO.TIJD is listed with its text
        Assert.Contains("38 uur", r.Stdout);
        var missing = CliProcess.Run("eval", "--gold", Path.Combine(tmp.Path, "nope.jsonl"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Stderr);
    }

    [Fact]
    public void ReviewThenMonitorSnapshotIsFrozenAndComparable()
    {
        using var tmp = new TempDir();
        var input = tmp.Sub("in");
        File.Copy(Fixture, Path.Combine(input, "proef.pdf"));
        File.WriteAllText(Path.Combine(input, "registry.csv"),
            "id,agreement_id,name,type,sector,parties,start,end,avv,employees,file\n" +
            "proef-2025,proef,Cao Proefsector 2025-2026,sector,proefsector,Fictieve partijen,2025-01-01,2026-12-31,ja,12000,proef.pdf\n");
        var data = Path.Combine(tmp.Path, "data");
        Assert.Equal(0, CliProcess.Run("ingest", input, "--data", data).ExitCode);
        Assert.Contains("0 of", CliProcess.Run("reclassify", "--data", data).Stdout);

        var a = Path.Combine(tmp.Path, "snap-a");
        var first = CliProcess.Run("monitor", "--year", "2025", "--out", a, "--data", data);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("snapshot written", first.Stdout);
        Assert.Contains("unchanged", CliProcess.Run("monitor", "--year", "2025", "--out", a, "--data", data).Stdout);
        // A year the store cannot answer is refused, not swapped for the nearest one.
        var outside = CliProcess.Run("monitor", "--year", "2031", "--out", Path.Combine(tmp.Path, "snap-2031"), "--data", data);
        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("outside the years the store covers (2023-2026)", outside.Stderr);

        // The budget clause is labelled; a reviewer rejects it.
        var show = CliProcess.Run("show", "1", "--json", "--data", data);
        var budgetLids = show.Json.GetProperty("clauses").EnumerateArray()
            .Where(c => c.GetProperty("labels").EnumerateArray().Any(l => l.GetProperty("code").GetString() == "LLO.BUDGET"))
            .Select(c => c.GetProperty("id").GetInt64()).ToList();
        Assert.NotEmpty(budgetLids);
        foreach (var lid in budgetLids)
        {
            var review = CliProcess.Run("review", "decide", lid.ToString(), "LLO.BUDGET", "reject", "--by", "analist", "--data", data);
            Assert.True(review.ExitCode == 0, review.Stderr);
        }
        var budgetLid = budgetLids[0];
        var bad = CliProcess.Run("review", "decide", budgetLid.ToString(), "LLO.NIETS", "reject", "--data", data);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("unknown category", bad.Stderr);

        var refused = CliProcess.Run("monitor", "--year", "2025", "--out", a, "--data", data);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("different snapshot", refused.Stderr);

        var b = Path.Combine(tmp.Path, "snap-b");
        Assert.Equal(0, CliProcess.Run("monitor", "--year", "2025", "--out", b, "--dutch", "--data", data).ExitCode);
        var cmp = CliProcess.Run("monitor", "compare", a, b, "--json");
        Assert.Equal(0, cmp.ExitCode);
        var change = cmp.Json.EnumerateArray().First(c => c.GetProperty("measure").GetString() == "LLO.BUDGET" && c.GetProperty("strength").GetString() == "any");
        Assert.Equal(1.0, change.GetProperty("share_caos_a").GetDouble());
        Assert.Equal(0.0, change.GetProperty("share_caos_b").GetDouble());
        Assert.Contains(";", File.ReadLines(Path.Combine(b, "summary.csv")).First());

        var gold = CliProcess.Run("review", "export-gold", "--data", data);
        Assert.Contains("ontwikkelbudget", gold.Stdout);
    }
}
