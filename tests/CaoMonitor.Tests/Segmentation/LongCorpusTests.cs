using System.Text.RegularExpressions;
using CaoMonitor.Domain;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;
using UglyToad.PdfPig;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// The long agreements of the bundled corpus (corpus/generator/GenerateLong.cs) are as varied as real
/// cao's (issue 16, item 5): 60-150 pages, three PDF producers, parts whose numbering restarts, a sociaal
/// plan with its own articles, question-style titles, covers that state the period in real forms, and
/// leden of their own wording.
/// </summary>
public partial class LongCorpusTests
{
    private static readonly string[] Long = ["havens-2025", "thuiszorg-2024", "suikerverwerking-2025", "softwarehuizen-2025", "wegenbouw-2025"];

    private static CorpusStore Corpus => CorpusStore.Shared;

    private static StoredDocument Doc(string id) => Corpus.Store.ListDocuments(currentOnly: true).Single(d => d.Version.Id == id);

    private static IReadOnlyList<Clause> Clauses(string id) => Corpus.Store.GetClauses(Doc(id).Id);

    [Fact]
    public void FiveLongAgreementsFromThreeProducers()
    {
        var producers = new HashSet<string>();
        foreach (var id in Long)
        {
            var d = Doc(id);
            Assert.Equal(DocumentStatus.Ok, d.Document.Status);
            Assert.InRange(d.Document.PageCount, 60, 150);
            using var pdf = PdfDocument.Open(Path.Combine(Repo.Corpus, "documents", id + ".pdf"));
            var info = pdf.Information;
            producers.Add((info.Producer ?? "") switch
            {
                var p when p.Contains("Ghostscript", StringComparison.Ordinal) && (info.Creator ?? "").Contains("groff", StringComparison.Ordinal) => "groff",
                var p when p.StartsWith("Skia/PDF", StringComparison.Ordinal) => "chromium",
                var p when p.StartsWith("LibreOffice", StringComparison.Ordinal) => "libreoffice",
                var p => p,
            });
        }
        Assert.Equal(["chromium", "groff", "libreoffice"], producers.Order());
    }

    [Fact]
    public void PartsRestartTheirArticleNumbersInThePath()
    {
        var cs = Clauses("havens-2025");
        Assert.Contains(cs, c => c.Path == "Deel A > H1 > Art. 1");
        Assert.Contains(cs, c => c.Path == "Deel B > Art. 1");
        Assert.Contains(cs, c => c.Path == "Deel C > Art. 1");
        Assert.Empty(cs.GroupBy(c => c.Path).Where(g => g.Count() > 1).Select(g => g.Key));
        // A bare theme title under a part heading is no clause of its own.
        Assert.DoesNotContain(cs, c => c.Path.EndsWith("> inleiding", StringComparison.Ordinal) && c.Text.Trim().Split('\n').Length == 1 && c.Text.Length < 80);
    }

    [Fact]
    public void TheSociaalPlanIsAnAppendixWithItsOwnArticles()
    {
        var cs = Clauses("suikerverwerking-2025");
        var plan = cs.Single(c => c.Path == "Bijlage 3");
        Assert.Equal("Sociaal plan", plan.Title);
        Assert.Contains("outplacementtraject", string.Join("\n", cs.Where(c => c.Path.StartsWith("Bijlage 3 > Art. ", StringComparison.Ordinal)).Select(c => c.Text)));
        Assert.Contains(cs, c => c.Path == "Bijlage 3 > Art. 1");
    }

    [Fact]
    public void QuestionStyleTitlesAreArticleTitles()
    {
        var titles = Clauses("thuiszorg-2024").Where(c => c.Kind == ClauseKind.Article && c.Title is not null).Select(c => c.Title!).ToList();
        Assert.Contains("Wie betaalt je opleiding?", titles);
        Assert.True(titles.Count(t => t.EndsWith('?')) >= 20, $"{titles.Count(t => t.EndsWith('?'))} question titles");
    }

    [Theory]
    [InlineData("thuiszorg-2024", "2024-07-01", "2026-06-30")] // "juli 2024 tot en met juni 2026"; the registry row has no period
    [InlineData("wegenbouw-2025", "2025-01-01", "2026-12-31")] // "per 1 januari 2025, voor de duur van 24 maanden"; idem
    [InlineData("softwarehuizen-2025", "2025-04-01", "2027-03-31")]
    public void ThePeriodComesFromTheCoverWhereTheRegistryIsSilent(string id, string start, string end)
    {
        var v = Doc(id).Version;
        Assert.Equal(DateOnly.Parse(start), v.Start);
        Assert.Equal(DateOnly.Parse(end), v.End);
    }

    [Fact]
    public void NoLidOfTheLongAgreementsRecursInMoreThanTwoAgreements()
    {
        var agreementsPerLid = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var d in Corpus.Store.ListDocuments(currentOnly: true).Where(d => d.Document.Status == DocumentStatus.Ok))
            foreach (var c in Corpus.Store.GetClauses(d.Id).Where(c => c.IsLeaf && c.Kind == ClauseKind.Paragraph))
            {
                var text = LidNumber().Replace(c.Text.Trim(), "");
                if (text.Length < 40) continue;
                (agreementsPerLid.TryGetValue(text, out var set) ? set : agreementsPerLid[text] = []).Add(d.Version.AgreementId);
            }
        var longAgreements = Long.Select(id => Doc(id).Version.AgreementId).ToHashSet();
        var shared = agreementsPerLid.Where(kv => kv.Value.Overlaps(longAgreements) && kv.Value.Count > 2)
            .Select(kv => $"{string.Join(",", kv.Value)}: {kv.Key[..Math.Min(80, kv.Key.Length)]}").ToList();
        Assert.Empty(shared);
        Assert.True(agreementsPerLid.Count(kv => kv.Value.Overlaps(longAgreements)) > 2000, "the long agreements have few leden");
    }

    [GeneratedRegex(@"^(?:\d{1,2}|[a-z])[.)]\s+")] private static partial Regex LidNumber();
}
