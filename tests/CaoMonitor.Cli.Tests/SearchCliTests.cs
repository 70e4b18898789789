using CaoMonitor.Tests.Support;

namespace CaoMonitor.Cli.Tests;

/// <summary>Issue 17, item 6 in the CLI: filters alone browse, hits carry their labels in --json, no hits suggests a compound split.</summary>
public class SearchCliTests
{
    [Fact]
    public void FiltersAloneBrowseHitsCarryLabelsAndNoHitsSuggestsASplitCompound()
    {
        using var tmp = new TempDir();
        var input = tmp.Sub("in");
        File.WriteAllText(Path.Combine(input, "haven-2025.txt"), """
            Cao Havenbedrijf 2025

            Artikel 1 Werkingssfeer
            Deze cao geldt voor havenbedrijven.
            Artikel 2 Ontwikkelbudget
            De werknemer heeft recht op een persoonlijk ontwikkelbudget van € 600 per jaar.
            Artikel 3 Loopbaan
            De werknemer krijgt een budget voor zijn loopbaan.
            """);
        File.WriteAllText(Path.Combine(input, "bakker-2025.txt"), """
            Cao Bakkerij 2025

            Artikel 1 Scholing
            De werkgever betaalt de vakopleiding.
            """);
        File.WriteAllText(Path.Combine(input, "registry.csv"),
            "id,agreement_id,name,type,sector,parties,start,end,avv,employees,file\n" +
            "haven-2025,haven,Cao Havenbedrijf 2025,sector,vervoer,,2025-01-01,2025-12-31,,,haven-2025.txt\n" +
            "bakker-2025,bakker,Cao Bakkerij 2025,sector,voeding,,2025-01-01,2025-12-31,,,bakker-2025.txt\n");
        var data = Path.Combine(tmp.Path, "data");
        var ingest = CliProcess.Run("ingest", input, "--data", data);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr + ingest.Stdout);

        // A filter option alone, or a filter in the query alone: every article of the cao, in text order.
        var bySector = CliProcess.Run("search", "--sector", "vervoer", "--json", "--data", data);
        Assert.True(bySector.ExitCode == 0, bySector.Stderr);
        var hits = bySector.Json.EnumerateArray().ToList();
        var articles = hits.Select(h => h.GetProperty("article").GetString()!).Where(a => a.Contains("Art.")).ToList();
        Assert.True(articles.Count == 3 && articles[0].EndsWith("Art. 1") && articles[2].EndsWith("Art. 3"), string.Join(" | ", articles));
        Assert.All(hits, h => Assert.Equal("haven-2025", h.GetProperty("version_id").GetString()));
        Assert.Equal(hits.Select(h => h.GetProperty("clause_id").GetInt64()).Order(), hits.Select(h => h.GetProperty("clause_id").GetInt64()));
        var inQuery = CliProcess.Run("search", "sector:vervoer", "--json", "--data", data);
        Assert.Equal(hits.Select(h => h.GetProperty("clause_id").GetInt64()), inQuery.Json.EnumerateArray().Select(h => h.GetProperty("clause_id").GetInt64()));

        // The budget article carries its label: code, Dutch name, strength, amount.
        var label = hits.Single(h => h.GetProperty("article").GetString()!.EndsWith("Art. 2")).GetProperty("labels").EnumerateArray()
            .Single(l => l.GetProperty("code").GetString() == "LLO.BUDGET");
        Assert.Equal("Individueel ontwikkelbudget", label.GetProperty("label").GetString());
        Assert.Equal("recht", label.GetProperty("strength").GetString());
        Assert.Equal(600m, label.GetProperty("amount_eur").GetDecimal());

        // No hits: the JSON stays an empty list, the suggestion goes to stderr; the table says it too.
        var none = CliProcess.Run("search", "loopbaanbudget", "--json", "--data", data);
        Assert.Equal(0, none.ExitCode);
        Assert.Empty(none.Json.EnumerateArray());
        Assert.Contains("\"loopbaan budget\" has 1", none.Stderr);
        var table = CliProcess.Run("search", "loopbaanbudget", "--data", data);
        Assert.Contains("did you mean loopbaan budget (1 hits)?", table.Stdout.Replace("\n", " "));

        // Neither words nor filters: one clear line.
        var empty = CliProcess.Run("search", "--data", data);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("give a query, a filter", empty.Stderr);
    }
}
