using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CaoMonitor.Domain;
using CaoMonitor.Extraction;
using CaoMonitor.Normalisation;
using CaoMonitor.Segmentation;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Extraction;

/// <summary>
/// PdfPig against the previous extractor (poppler's pdftotext) on every text PDF of corpus/, each
/// through the same normaliser and segmenter. No figure may be worse with PdfPig:
/// ground-truth articles found, source sentences found intact (all PDFs, and the two-column ones
/// apart), words that are not in the sources (wrong hyphen joins and split words), table rows read
/// as rows.
/// </summary>
public partial class ExtractionQualityTests(ITestOutputHelper output)
{
    public sealed record Figures(int Documents, int ArticlesFound, int ArticlesExpected, int Fragments, int TwoColumnFragments,
        int UnknownWords, int TableRows);

    private static readonly string[] TwoColumn = ["kinderopvang-2023", "verzekeraars-2025", "boerenleenbank-2024"];

    [Fact]
    public void PdfPigIsNoWorseThanPdftotextOnTheCorpus()
    {
        var pdfs = Directory.GetFiles(Path.Combine(Repo.Corpus, "documents"), "*.pdf").Order(StringComparer.Ordinal).ToList();
        // No OCR: a scan fails as too-many-pages and is left out (both sides would read it with tesseract).
        var extractor = new Extractor(new ExtractionLimits { MaxOcrPages = 0 });
        var docs = new List<(string Id, ExtractedDocument Ours, ExtractedDocument Old)>();
        foreach (var pdf in pdfs)
        {
            ExtractedDocument ours;
            try { ours = extractor.Extract(pdf); }
            catch (ExtractionException e) when (e.Reason == "too-many-pages") { continue; }
            var old = PdfExtractor.Poppler(pdf, ExtractionLimits.Default, default)
                ?? throw new InvalidOperationException($"pdftotext could not read {pdf}");
            docs.Add((Path.GetFileNameWithoutExtension(pdf), ours, old));
        }
        Assert.True(docs.Count >= 70, $"only {docs.Count} text PDFs in corpus/");
        Assert.All(docs, d => Assert.Equal("pdfpig", d.Ours.Extractor));

        var oursFig = Measure(docs.Select(d => (d.Id, d.Ours)));
        var oldFig = Measure(docs.Select(d => (d.Id, d.Old)));
        output.WriteLine($"pdftotext: {oldFig}");
        output.WriteLine($"pdfpig:    {oursFig}");
        // Kept beside the test binaries for the README's figures (a passing test's output is not shown).
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "extraction-quality.txt"), $"pdftotext: {oldFig}\npdfpig:    {oursFig}\n");

        Assert.True(oursFig.ArticlesFound >= oldFig.ArticlesFound, $"articles found: {oursFig.ArticlesFound} < {oldFig.ArticlesFound}");
        Assert.True(oursFig.Fragments >= oldFig.Fragments, $"fragments: {oursFig.Fragments} < {oldFig.Fragments}");
        Assert.True(oursFig.TwoColumnFragments >= oldFig.TwoColumnFragments, $"two-column fragments: {oursFig.TwoColumnFragments} < {oldFig.TwoColumnFragments}");
        Assert.True(oursFig.UnknownWords <= oldFig.UnknownWords, $"unknown words: {oursFig.UnknownWords} > {oldFig.UnknownWords}");
        Assert.True(oursFig.TableRows >= oldFig.TableRows, $"table rows: {oursFig.TableRows} < {oldFig.TableRows}");
        // And the figures are meaningful, not zero on both sides.
        Assert.True(oursFig.ArticlesFound > 200 && oursFig.Fragments > 1000 && oursFig.TwoColumnFragments > 50 && oursFig.TableRows > 300, oursFig.ToString());
    }

    private static Figures Measure(IEnumerable<(string Id, ExtractedDocument Doc)> docs)
    {
        var truth = GroundTruthArticles();
        var fragments = SourceFragments();
        var vocabulary = SourceVocabulary();
        int n = 0, found = 0, expected = 0, frag = 0, twoCol = 0, unknown = 0, rows = 0;
        foreach (var (id, doc) in docs)
        {
            n++;
            var text = TextNormaliser.Normalise(doc.Pages);
            var type = id.StartsWith("beleid-", StringComparison.Ordinal) ? DocumentType.Policy : DocumentType.Sector;
            var clauses = Segmenter.Segment(text, type);
            foreach (var article in truth.GetValueOrDefault(id) ?? [])
            {
                expected++;
                if (clauses.Any(c => c.Number == article || (c.Kind == ClauseKind.Appendix && ("Bijlage " + c.Number) == article)
                    || c.Title == article || c.Path.Contains(article, StringComparison.Ordinal))) found++;
            }
            var flat = Spaces().Replace(text.Text, " ");
            // Only fragments whose first three words occur in the document are searched in full.
            var starts = new HashSet<string>(Triples(flat), StringComparer.Ordinal);
            int inDoc = fragments.Count(f => starts.Contains(FirstThree(f)) && flat.Contains(f, StringComparison.Ordinal));
            frag += inDoc;
            if (TwoColumn.Contains(id)) twoCol += inDoc;
            foreach (Match w in Word().Matches(text.Text))
                if (!vocabulary.Contains(w.Value.ToLowerInvariant())) unknown++;
            rows += text.Text.Split('\n').Count(l => Amount().Matches(l).Count >= 3);
        }
        return new Figures(n, found, expected, frag, twoCol, unknown, rows);
    }

    private static IEnumerable<string> Triples(string flat)
    {
        var w = flat.Split(' ');
        for (int i = 0; i + 2 < w.Length; i++) yield return $"{w[i]} {w[i + 1]} {w[i + 2]}";
    }

    private static string FirstThree(string fragment) => string.Join(' ', fragment.Split(' ').Take(3));

    private static Dictionary<string, List<string>> GroundTruthArticles()
    {
        var map = new Dictionary<string, List<string>>();
        foreach (var line in File.ReadLines(Path.Combine(Repo.Corpus, "ground-truth.csv")).Skip(1))
        {
            var cells = line.Split(',');
            (map.TryGetValue(cells[0], out var l) ? l : map[cells[0]] = []).Add(cells[1]);
        }
        return map;
    }

    /// <summary>Runs of six or more words from the hand-written sources, between placeholders, "[a|b]" alternatives (each
    /// agreement words these its own way, corpus/README.md) and sentence ends.</summary>
    private static List<string> SourceFragments()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "provisions.cao", "boilerplate.cao" })
            foreach (var raw in File.ReadLines(Path.Combine(Repo.Corpus, "sources", file)))
            {
                var line = raw.TrimStart();
                if (line.Length < 3 || line[0] is not ('#' or '-' or '>')) continue;
                foreach (var part in Placeholder().Split(line[1..]))
                    foreach (var sentence in part.Split(". "))
                    {
                        var words = sentence.Trim().TrimEnd('.', ':', ';').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        if (words.Length >= 6) set.Add(string.Join(' ', words));
                    }
            }
        return set.ToList();
    }

    private static HashSet<string> SourceVocabulary()
    {
        var vocab = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(Repo.Corpus, "sources"), "*", SearchOption.AllDirectories)
            .Append(Path.Combine(Repo.Corpus, "generator", "Generate.cs")).Append(Path.Combine(Repo.Corpus, "registry.csv"));
        foreach (var f in files)
            foreach (Match w in Word().Matches(File.ReadAllText(f, Encoding.UTF8)))
                vocab.Add(w.Value.ToLowerInvariant());
        // Dutch month names and words the generator composes from parts.
        foreach (var m in CultureInfo.GetCultureInfo("nl-NL").DateTimeFormat.MonthNames) vocab.Add(m);
        return vocab;
    }

    [GeneratedRegex(@"\{[^}]*\}|\[[^\]]*\]")] private static partial Regex Placeholder();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"\p{L}{4,}")] private static partial Regex Word();
    [GeneratedRegex(@"\d[\d.]*,\d{2}\b")] private static partial Regex Amount();
}
