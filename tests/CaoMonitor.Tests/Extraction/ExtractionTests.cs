using CaoMonitor.Extraction;
using CaoMonitor.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CaoMonitor.Tests.Extraction;

public class ExtractionTests
{
    private readonly Extractor _extractor = new();

    [Fact]
    public void TextPdfKeepsPagesInOrder()
    {
        var doc = _extractor.Extract(Repo.Fixture("cao-twopage.pdf"));
        Assert.Equal("application/pdf", doc.MediaType);
        Assert.Equal([1, 2, 3, 4], doc.Pages.Select(p => p.Number));
        Assert.Contains("1 januari 2025 tot en met 31 december 2026", doc.Pages[0].Text);
        Assert.Contains("Inhoudsopgave", doc.Pages[1].Text);
        Assert.Contains("Artikel 2.1 Persoonlijk ontwikkelbudget", doc.Pages[2].Text);
        Assert.Contains("€ 1.500,-", doc.Pages[2].Text);
        Assert.Contains("Artikel 2.2 Studieverlof", doc.Pages[3].Text);
        Assert.All(doc.Pages, p => Assert.False(p.Ocr));
    }

    [Fact]
    public void ScannedPageIsReadByOcrAndMarked()
    {
        var doc = _extractor.Extract(Repo.Fixture("scanned.pdf"));
        var page = Assert.Single(doc.Pages);
        Assert.True(page.Ocr);
        // OCR is not exact; these words are large and clear on the scan.
        Assert.Contains("Artikel", page.Text);
        Assert.Contains("Definities", page.Text);
        Assert.Contains("werkgever", page.Text);
    }

    [Fact]
    public void EncryptedPdfFailsWithReason()
    {
        var e = Assert.Throws<ExtractionException>(() => _extractor.Extract(Repo.Fixture("encrypted.pdf")));
        Assert.Equal("encrypted", e.Reason);
        Assert.Contains("password", e.Message);
    }

    [Fact]
    public void TruncatedPdfFails()
    {
        using var tmp = new TempDir();
        var bytes = File.ReadAllBytes(Repo.Fixture("cao-twopage.pdf"));
        var path = tmp.File("cut.pdf");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Equal("truncated", Assert.Throws<ExtractionException>(() => _extractor.Extract(path)).Reason);
    }

    [Theory]
    [InlineData("leeg.pdf", new byte[0], "empty")]
    [InlineData("tekst.pdf", new byte[] { 0x48, 0x61, 0x6c, 0x6c, 0x6f, 0x0a }, "mislabelled")]
    [InlineData("junk.docx", new byte[] { 0x00, 0xff, 0x13, 0x37, 0x00, 0x01 }, "mislabelled")]
    [InlineData("junk.txt", new byte[] { 0x00, 0xff, 0x13, 0x37, 0x00, 0x01 }, "mislabelled")]
    public void BadFilesFailWithTheirReason(string name, byte[] content, string reason)
    {
        using var tmp = new TempDir();
        File.WriteAllBytes(tmp.File(name), content);
        var e = Assert.Throws<ExtractionException>(() => _extractor.Extract(tmp.File(name)));
        Assert.Equal(reason, e.Reason);
    }

    [Fact]
    public void TooManyPagesIsRefusedBeforeExtraction()
    {
        using var tmp = new TempDir();
        TestPdf.Write(tmp.File("big.pdf"), Enumerable.Range(1, 2000).Select(i => (IReadOnlyList<string>)[$"Pagina {i}"]));
        var e = Assert.Throws<ExtractionException>(() => _extractor.Extract(tmp.File("big.pdf")));
        Assert.Equal("too-many-pages", e.Reason);
        Assert.Contains("2,000", e.Message);
    }

    [Theory]
    [InlineData("line.txt", "")]
    [InlineData("line.html", "<html><body><p>")]
    public void OneHugeLineIsRefused(string name, string prefix)
    {
        using var tmp = new TempDir();
        File.WriteAllText(tmp.File(name), prefix + new string('x', 5_000_000));
        Assert.Equal("line-too-long", Assert.Throws<ExtractionException>(() => _extractor.Extract(tmp.File(name))).Reason);
    }

    [Fact]
    public void OutputCapStopsAToolThatWritesTooMuch()
    {
        var e = Assert.Throws<ExtractionException>(() => ExternalTool.Run("yes", [], TimeSpan.FromSeconds(30), 100_000));
        Assert.Equal("too-large", e.Reason);
    }

    [Fact]
    public void TimeoutKillsASlowTool()
    {
        var started = DateTime.UtcNow;
        var e = Assert.Throws<ExtractionException>(() => ExternalTool.Run("sleep", ["30"], TimeSpan.FromMilliseconds(300), 1000));
        Assert.Equal("timeout", e.Reason);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "the tool was not killed at its time limit");
    }

    [Fact]
    public void HtmlDropsScriptsStyleAndNavigationButKeepsHeadings()
    {
        var doc = new HtmlExtractor().Extract("""
            <html><head><title>x</title><style>.a{color:red}</style></head><body>
            <nav><a href="/">Home</a> Menu-item</nav>
            <script>alert('Artikel 99 kwaadaardig')</script>
            <h2>Artikel 5 Scholing</h2><p>De werknemer heeft recht op <b>scholing</b>.</p>
            <ol><li>1. eerste lid</li></ol><noscript>zet javascript aan</noscript>
            </body></html>
            """);
        var text = Assert.Single(doc.Pages).Text;
        Assert.Contains("Artikel 5 Scholing\n", text);
        Assert.Contains("De werknemer heeft recht op scholing.", text);
        Assert.DoesNotContain("alert", text);
        Assert.DoesNotContain("Artikel 99", text);
        Assert.DoesNotContain("color", text);
        Assert.DoesNotContain("Menu-item", text);
        Assert.DoesNotContain("javascript", text);
    }

    [Fact]
    public void DocxParagraphsAndPageBreaks()
    {
        using var tmp = new TempDir();
        var path = tmp.File("cao.docx");
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(
                new W.Paragraph(new W.Run(new W.Text("Artikel 1 Definities"))),
                new W.Paragraph(new W.Run(new W.Text("1. Werknemer: wie een arbeidsovereenkomst heeft."))),
                new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page })),
                new W.Paragraph(new W.Run(new W.Text("Artikel 2 Ontwikkelbudget")))));
        }
        var result = _extractor.Extract(path);
        Assert.Equal(2, result.Pages.Count);
        Assert.Contains("Artikel 1 Definities\n1. Werknemer", result.Pages[0].Text);
        Assert.Contains("Artikel 2 Ontwikkelbudget", result.Pages[1].Text);
    }

    [Fact]
    public void UnsupportedExtensionIsNotPickedUp()
    {
        Assert.False(Extractor.IsSupported("bron.ms"));
        Assert.True(Extractor.IsSupported("CAO.PDF"));
    }
}
