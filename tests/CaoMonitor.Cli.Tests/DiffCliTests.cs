using CaoMonitor.Tests.Support;
using System.Text.Json;

namespace CaoMonitor.Cli.Tests;

/// <summary>`caomonitor diff A B [--json]` on two versions of one cao from the bundled corpus (fictional text).</summary>
public class DiffCliTests
{
    private static string Repo()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "CaoMonitor.sln"))) return d.FullName;
        throw new DirectoryNotFoundException("repository root (CaoMonitor.sln) not found");
    }

    [Fact]
    public void DiffListsProvisionChangesPerCategoryAndMatchesArticlesByContent()
    {
        using var tmp = new TempDir();
        var corpus = Path.Combine(Repo(), "corpus");
        var input = tmp.Sub("in");
        var rows = File.ReadAllLines(Path.Combine(corpus, "registry.csv"));
        var chosen = rows.Skip(1).Where(l => l.StartsWith("metaal-2023,", StringComparison.Ordinal) || l.StartsWith("metaal-2025,", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, chosen.Count);
        foreach (var f in new[] { "metaal-2023.pdf", "metaal-2025.pdf" }) File.Copy(Path.Combine(corpus, "documents", f), Path.Combine(input, f));
        File.WriteAllLines(Path.Combine(input, "registry.csv"), [rows[0], .. chosen.Select(l => l.Replace("documents/", ""))]);
        var data = Path.Combine(tmp.Path, "data");
        var ingest = CliProcess.Run("ingest", input, "--data", data);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);

        var r = CliProcess.Run("diff", "metaal-2023", "metaal-2025", "--json", "--data", data);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var json = r.Json;
        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        Assert.Equal("metaal-2023", json.GetProperty("a").GetProperty("version_id").GetString());
        var changes = json.GetProperty("provision_changes").EnumerateArray().ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, c =>
        {
            Assert.Equal(["after", "before", "change", "clause_a", "clause_b", "code"], c.EnumerateObject().Select(p => p.Name).Order());
            Assert.Contains(c.GetProperty("change").GetString(), new[] { "added", "removed", "strength", "amount", "period" });
            foreach (var side in new[] { "before", "after" })
                if (c.GetProperty(side).ValueKind != JsonValueKind.Null)
                    Assert.Equal(["amount", "period", "strength"], c.GetProperty(side).EnumerateObject().Select(p => p.Name).Order());
        });
        // The corpus raises the budget from 750 to 1000 a year and adds a regional employers' network (corpus/sources/agreements.cao).
        var budget = changes.Single(c => c.GetProperty("code").GetString() == "LLO.BUDGET" && c.GetProperty("change").GetString() == "amount");
        Assert.Equal(750m, budget.GetProperty("before").GetProperty("amount").GetDecimal());
        Assert.Equal(1000m, budget.GetProperty("after").GetProperty("amount").GetDecimal());
        Assert.True(budget.GetProperty("clause_a").GetInt64() > 0 && budget.GetProperty("clause_b").GetInt64() > 0);
        var added = changes.Single(c => c.GetProperty("code").GetString() == "VWNW.INTERSECTORAAL");
        Assert.Equal("added", added.GetProperty("change").GetString());
        Assert.Equal(JsonValueKind.Null, added.GetProperty("before").ValueKind);
        Assert.Equal(JsonValueKind.Null, added.GetProperty("clause_a").ValueKind);
        // The budget article is paired with its successor although its number changed.
        var pairs = json.GetProperty("article_pairs").EnumerateArray().ToList();
        var budgetPair = pairs.Single(p => p.GetProperty("new").ValueKind == JsonValueKind.Object && p.GetProperty("new").GetProperty("clause_id").GetInt64() == budget.GetProperty("clause_b").GetInt64()
            || p.GetProperty("new").ValueKind == JsonValueKind.Object && p.GetProperty("new").GetProperty("title").GetString() == "Persoonlijk ontwikkelbudget");
        Assert.Equal(JsonValueKind.Object, budgetPair.GetProperty("old").ValueKind);
        Assert.NotEqual(budgetPair.GetProperty("old").GetProperty("number").GetString(), budgetPair.GetProperty("new").GetProperty("number").GetString());
        Assert.Equal(pairs.Count, json.GetProperty("articles").GetProperty("total").GetInt32());

        var text = CliProcess.Run("diff", "metaal-2023", "metaal-2025", "--data", data);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("LLO.BUDGET", text.Stdout);
        Assert.Contains("renumbered", text.Stdout);

        var other = CliProcess.Run("diff", "metaal-2023", "bestaat-niet", "--data", data);
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("no document or version 'bestaat-niet'", other.Stderr);
    }
}
