using System.Text.RegularExpressions;
using CaoMonitor.Domain;
using CaoMonitor.Monitoring;
using CaoMonitor.Tests.Support;
using CsvHelper;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>The structure facts of the bundled corpus that the UI depends on (issue 16).</summary>
public class CorpusStructureTests
{
    private static CorpusStore Corpus => CorpusStore.Shared;

    private static IEnumerable<(string Version, Clause Clause)> AllClauses() =>
        Corpus.Store.ListDocuments(currentOnly: true).Where(d => d.Document.Status == DocumentStatus.Ok)
            .SelectMany(d => Corpus.Store.GetClauses(d.Id).Select(c => (d.Version.Id, c)));

    [Fact]
    public void NoEmptyLeafClauses()
    {
        // A leaf that is a heading only (an article, chapter or section with no text under its heading line).
        var empty = AllClauses().Where(x => x.Clause.IsLeaf && (x.Clause.Text.Trim().Length == 0 ||
                x.Clause.Kind != ClauseKind.Paragraph && x.Clause.Path != "Voorblad" && !x.Clause.Text.Trim().Contains('\n')))
            .Select(x => $"{x.Version} {x.Clause.Path}: {x.Clause.Text}").ToList();
        Assert.Empty(empty);
    }

    [Fact]
    public void TheTableOfContentsIsNoClause()
    {
        var toc = AllClauses().Where(x => x.Clause.Title is "Inhoud" or "Inhoudsopgave" || x.Clause.Text.StartsWith("Inhoud", StringComparison.Ordinal)
                                          || Regex.IsMatch(x.Clause.Text, @"\.{6,}\s*\d+\s*$", RegexOptions.Multiline))
            .Select(x => $"{x.Version} {x.Clause.Path}").ToList();
        Assert.Empty(toc);
    }

    [Fact]
    public void NoTwoClausesOfADocumentShareAPath()
    {
        var shared = Corpus.Store.ListDocuments(currentOnly: true)
            .SelectMany(d => Corpus.Store.GetClauses(d.Id).GroupBy(c => c.Path).Where(g => g.Count() > 1).Select(g => $"{d.Version.Id} {g.Key}")).ToList();
        Assert.Empty(shared);
    }

    [Fact]
    public void TheSubArticlesOfMetaal2025Bijlage2AreClausesOfTheirOwn()
    {
        var doc = Corpus.Store.ListDocuments(currentOnly: true).Single(d => d.Version.Id == "metaal-2025");
        var clauses = Corpus.Store.GetClauses(doc.Id);
        Clause At(string path) => clauses.SingleOrDefault(c => c.Path == path)
            ?? throw new Xunit.Sdk.XunitException($"no {path}; have {string.Join(" | ", clauses.Where(c => c.Path.StartsWith("Bijlage 2", StringComparison.Ordinal)).Select(c => c.Path))}");
        Assert.Contains("mobiliteitsbureau", At("Bijlage 2 > Van-werk-naar-werktraject > lid 2").Text);
        Assert.Contains("kosten van het traject", At("Bijlage 2 > Van-werk-naar-werktraject > lid 4").Text);
        Assert.Contains("transitievergoeding", At("Bijlage 2 > Transitievergoeding en scholing > lid 1").Text);
        Assert.DoesNotContain("Transitievergoeding en scholing", At("Bijlage 2 > Van-werk-naar-werktraject > lid 4").Text);
        // The sentence broken over two lines by the PDF reads whole.
        Assert.Contains("wier functie vervalt", At("Bijlage 2 > Doel en werkingssfeer > lid 2").Text);
    }

    [Fact]
    public void EvidenceSentencesInProvisionsCsvAreWholeSentences()
    {
        using var dir = new TempDir();
        MonitorRun.Freeze(Corpus.Store, 2025, 2024, dir.Path, dutch: false);
        using var reader = new StreamReader(Path.Combine(dir.Path, "provisions.csv"));
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { HasHeader = true, DetectSeparatorHint = true }, false);
        var bad = new List<string>();
        int n = 0;
        while (csv.Read())
        {
            n++;
            var evidence = csv.GetString("evidence") ?? "";
            var clause = Corpus.Store.GetClause(long.Parse(csv.GetString("clause_id")!));
            var text = Regex.Replace(clause!.Text, @"\s+", " ");
            var body = evidence.TrimStart('…').TrimEnd('…').Trim();
            int at = text.IndexOf(body, StringComparison.Ordinal);
            bool insideAmount = Regex.IsMatch(body, @"€\s?\d{1,3}\.$");
            bool midWord = at < 0 || at + body.Length < text.Length && char.IsLetterOrDigit(text[at + body.Length]) ||
                           at > 0 && char.IsLetterOrDigit(text[at - 1]);
            if (insideAmount || midWord) bad.Add($"{csv.GetString("version_id")} {csv.GetString("article")}: {evidence}");
        }
        Assert.True(n > 100, $"only {n} provision rows");
        Assert.Empty(bad);
    }
}
