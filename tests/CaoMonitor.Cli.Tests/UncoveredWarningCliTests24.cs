using CaoMonitor.Tests.Support;
namespace CaoMonitor.Cli.Tests;

/// <summary>
/// Issue 16: a document that leaves much of its text in no clause is named by <c>status</c>, as a cao without a period is
/// (a store of its own, filled by the real <c>ingest</c> command).
/// </summary>
public class UncoveredWarningCliTests24
{
    /// <summary>A cao of our own words whose middle is a long list with dot leaders and page numbers: lines that belong to no clause.</summary>
    internal static string CaoWithLostMiddle()
    {
        var lines = new List<string> { "Cao Fictieve Drukkerijen 2025", "", "Artikel 1 Begrippen", "1. Werkgever: de onderneming die drukwerk maakt.", "2. Werknemer: wie bij de werkgever in dienst is.", "" };
        for (int i = 1; i <= 500; i++) lines.Add($"Onderwerp {i} van de regeling voor drukkers ........................ {i % 90 + 3}");
        lines.AddRange(["", "Artikel 2 Scholing", "1. De werknemer heeft recht op twee dagen scholing per jaar met behoud van loon.", "2. De werkgever betaalt de kosten van de opleiding.", ""]);
        return string.Join('\n', lines);
    }

    internal static string PlainCao() =>
        "Cao Fictieve Zeefdrukkers 2025\n\nArtikel 1 Begrippen\n1. Werkgever: de onderneming die zeefdruk maakt.\n\n" +
        "Artikel 2 Scholing\n1. De werknemer heeft recht op een persoonlijk ontwikkelbudget van € 400 per jaar.\n";

    [Fact]
    public void Status_warns_about_a_document_with_much_text_in_no_clause_and_not_about_a_plain_one()
    {
        using var tmp = new TempDir();
        var input = tmp.Sub("in");
        File.WriteAllText(Path.Combine(input, "lost.txt"), CaoWithLostMiddle());
        File.WriteAllText(Path.Combine(input, "plain.txt"), PlainCao());
        File.WriteAllText(Path.Combine(input, "registry.csv"),
            "id,agreement_id,name,type,sector,parties,start,end,avv,employees,file\n" +
            "lost-2025,lost,Cao Fictieve Drukkerijen,sector,proef,,2025-01-01,2025-12-31,,1000,lost.txt\n" +
            "plain-2025,plain,Cao Fictieve Zeefdrukkers,sector,proef,,2025-01-01,2025-12-31,,1000,plain.txt\n");
        var data = tmp.Sub("data");
        var ingest = CliProcess.Run("ingest", input, "--data", data);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr + ingest.Stdout);

        var status = CliProcess.Run("status", "--data", data);
        Assert.True(status.ExitCode == 0, status.Stderr + status.Stdout);
        var flat = string.Join(' ', status.Stdout.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        Assert.Matches(@"warning lost-2025: [\d,]+ of [\d,]+ characters \(\d+%\) are in no clause", flat);
        Assert.DoesNotContain("plain-2025: ", flat);
    }
}
