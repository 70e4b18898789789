using CaoMonitor.Domain;
using CaoMonitor.Extraction;
using CaoMonitor.Normalisation;
using CaoMonitor.Segmentation;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Extraction;

/// <summary>
/// PDFs from producers other than groff (fixtures in our own words, Fixtures/make-fixtures.sh):
/// Chromium's print-to-PDF in two columns with its own header (date, title) and footer (URL, page
/// x/y), and LibreOffice with heading styles and a header and footer. Reading order, running lines
/// and heading hints must hold for each.
/// </summary>
public class ProducerTests
{
    private static readonly string[] Articles =
        ["Artikel 1 ", "Artikel 2 ", "Artikel 3 ", "Artikel 4 ", "Artikel 5 "];

    [Theory]
    [InlineData("producers/cao-chromium.pdf", "Cao Fictieve Kolomdrukkerij 2025-2027", "opleidingsbudget van € 750,-")]
    [InlineData("producers/cao-libreoffice.pdf", "Cao Fictieve Schrijfkamer 2025-2027", "drie scholingsdagen met behoud van loon")]
    public void ReadingOrderRunningLinesAndHeadings(string fixture, string title, string phrase)
    {
        var doc = new Extractor().Extract(Repo.Fixture(fixture));
        Assert.Equal("pdfpig", doc.Extractor);
        Assert.True(doc.Pages.Count >= 3, $"{doc.Pages.Count} pages");

        // Running header and footer: found by position on every page, and gone from the text.
        Assert.All(doc.Pages, p => Assert.Equal(2, p.Running.Count));
        Assert.All(doc.Pages, p => Assert.Contains(p.Running, r => r.Contains($"{p.Number}/{doc.Pages.Count}") || r.Contains($"Pagina {p.Number} van {doc.Pages.Count}")));
        var all = string.Join("\n", doc.Pages.Select(p => p.Text));
        Assert.DoesNotContain("Pagina 2 van", all);
        Assert.DoesNotContain("file:", TextNormaliser.CleanUnicode(all));

        // Reading order: articles in order, each lid after its heading, columns not interleaved.
        var text = TextNormaliser.Normalise(doc.Pages);
        var positions = Articles.Select(a => text.Text.IndexOf(a, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains(phrase, text.Text.Replace('\n', ' '));
        var clauses = Segmenter.Segment(text, DocumentType.Sector);
        Assert.Equal(["1", "2", "3", "4", "5"], clauses.Where(c => c.Kind == ClauseKind.Article).Select(c => c.Number));
        Assert.Contains(clauses, c => c.Kind == ClauseKind.Article && c.Number == "3" && c.Text.Contains(phrase.Split(' ')[0]));

        // Heading hints: the title largest, the articles bold, body lines not hinted.
        var first = doc.Pages[0];
        var lines = first.Text.Split('\n');
        var titleHint = Assert.Single(first.Hints, h => lines[h.Line] == title);
        Assert.True(titleHint.Size >= 1.5, $"title size {titleHint.Size}");
        Assert.Contains(first.Hints, h => lines[h.Line].StartsWith("Artikel 1 ", StringComparison.Ordinal) && h.Bold);
        var hinted = doc.Pages.SelectMany(p => p.Hints.Select(h => p.Text.Split('\n')[h.Line])).ToList();
        Assert.All(hinted, l => Assert.Matches(@"^(Cao |Hoofdstuk \d|Artikel \d)", l));
        Assert.Equal(5, hinted.Count(l => l.StartsWith("Artikel ", StringComparison.Ordinal)));
    }
}
