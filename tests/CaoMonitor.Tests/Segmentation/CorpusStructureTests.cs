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

    /// <summary>
    /// Issue 16, item 5: the bundled corpus is worded as variedly as real cao's. No leaf text of 40 characters or more
    /// (lid number left off) occurs in more than two agreements, over every version of every agreement (successive
    /// versions of one agreement may share their text, as real ones do). There is no exception list: even standard legal
    /// boilerplate (trial period, dispute committee, holidays) is worded per agreement (corpus/README.md, "Wording").
    /// </summary>
    [Fact]
    public void NoLidRecursInMoreThanTwoAgreements()
    {
        var agreementsPerText = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        int leaves = 0;
        foreach (var d in Corpus.Store.ListDocuments(currentOnly: true).Where(d => d.Document.Status == DocumentStatus.Ok))
            foreach (var c in Corpus.Store.GetClauses(d.Id).Where(c => c.IsLeaf))
            {
                var text = LidNumber.Replace(c.Text.Trim(), "");
                if (text.Length < 40) continue;
                leaves++;
                (agreementsPerText.TryGetValue(text, out var set) ? set : agreementsPerText[text] = []).Add(d.Version.AgreementId);
            }
        var repeated = agreementsPerText.Where(kv => kv.Value.Count > 2).OrderByDescending(kv => kv.Value.Count)
            .Select(kv => $"{kv.Value.Count} agreements ({string.Join(",", kv.Value.Order().Take(4))}, ...): {kv.Key[..Math.Min(100, kv.Key.Length)]}").ToList();
        Assert.True(repeated.Count == 0, $"{repeated.Count} texts in more than two agreements:\n" + string.Join("\n", repeated.Take(30)));
        // 13,645 such leaves, 8,569 distinct texts (before item 5: 4,791, and 298 texts in more than two agreements).
        Assert.True(leaves > 12000, $"only {leaves} leaves of 40 characters or more");
        Assert.True(agreementsPerText.Count > 8000, $"only {agreementsPerText.Count} distinct texts");
    }

    private static readonly Regex LidNumber = new(@"^(?:\d{1,2}|[a-z])[.)]\s+", RegexOptions.Compiled);

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
