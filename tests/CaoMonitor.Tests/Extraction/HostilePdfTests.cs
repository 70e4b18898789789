using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using CaoMonitor.Extraction;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Extraction;

/// <summary>
/// Hostile PDFs, made here: each fails alone with its stable reason, in the extraction child, and
/// the next good file is read as before. None comes back as empty text marked ok.
/// </summary>
public class HostilePdfTests
{
    private readonly Extractor _extractor = new();

    [Fact]
    public void DecompressionBombFailsAsTooLargeWithoutTouchingThisProcess()
    {
        using var tmp = new TempDir();
        var path = tmp.File("bom.pdf");
        // A content stream of 1 GiB of spaces, deflated to about 1 MB.
        var stream = new MemoryStream();
        using (var z = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (int i = 0; i < 1024; i++) z.Write(spaces);
        }
        Assert.True(stream.Length < 4 << 20, $"the bomb is {stream.Length} bytes");
        RawPdf.Write(path, [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            RawPdf.Stream("/Filter /FlateDecode", stream.ToArray()),
        ]);
        var before = Process.GetCurrentProcess().WorkingSet64;

        var e = Assert.Throws<ExtractionException>(() => _extractor.Extract(path));

        Assert.Equal("too-large", e.Reason);
        // The bomb went off in the child: this process did not grow by anything like a gibibyte.
        Assert.True(Process.GetCurrentProcess().WorkingSet64 - before < 300L << 20, "the parent's memory grew by the bomb");
        GoodFileStillReads();
    }

    [Fact]
    public void PageTreeLoopIsCutOrFailsButNeverHangs()
    {
        using var tmp = new TempDir();
        var path = tmp.File("lus.pdf");
        var content = "BT /F1 12 Tf 72 720 Td (Artikel 1 Scholing) Tj ET"u8.ToArray();
        RawPdf.Write(path, [
            "<< /Type /Catalog /Pages 2 0 R >>",
            // The page tree names itself as its own kid.
            "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            RawPdf.Stream("", content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]);
        try
        {
            var doc = _extractor.Extract(path);
            // PdfPig skips the loop: the one real page, read once.
            Assert.Single(doc.Pages, p => p.Text.Contains("Artikel 1 Scholing"));
            Assert.True(doc.Pages.Count <= 2);
        }
        catch (ExtractionException e)
        {
            Assert.Contains(e.Reason, new[] { "corrupt", "timeout" });
        }
        GoodFileStillReads();
    }

    [Fact]
    public void DeepNestingFailsAsCorrupt()
    {
        using var tmp = new TempDir();
        var path = tmp.File("diep.pdf");
        // 200,000 nested arrays in the page's content stream: a recursive parser would overflow its stack.
        var content = Encoding.Latin1.GetBytes("BT /F1 12 Tf 72 720 Td " + new string('[', 200_000) + "(x)" + new string(']', 200_000) + " TJ ET");
        RawPdf.Write(path, [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            RawPdf.Stream("", content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]);
        var e = Assert.Throws<ExtractionException>(() => _extractor.Extract(path));
        Assert.Equal("corrupt", e.Reason);
        GoodFileStillReads();
    }

    [Fact]
    public void RandomBytesWithAPdfHeaderFailAsCorrupt()
    {
        using var tmp = new TempDir();
        var path = tmp.File("ruis.pdf");
        var rnd = new Random(42);
        var junk = new byte[64 * 1024];
        rnd.NextBytes(junk);
        File.WriteAllBytes(path, [.. "%PDF-1.7\n"u8, .. junk, .. "\n%%EOF\n"u8]);
        var e = Assert.Throws<ExtractionException>(() => _extractor.Extract(path));
        Assert.Equal("corrupt", e.Reason);
        GoodFileStillReads();
    }

    [Fact]
    public void TimeLimitKillsTheChild()
    {
        using var children = new PdfChildren();
        var slow = new Extractor(new ExtractionLimits { ToolTimeout = TimeSpan.FromMilliseconds(1) }, children);
        var e = Assert.Throws<ExtractionException>(() => slow.Extract(Repo.Fixture("cao-twopage.pdf")));
        Assert.Equal("timeout", e.Reason);
        GoodFileStillReads();
    }

    [Fact]
    public void OutputCapFailsAsTooLarge()
    {
        var small = new Extractor(new ExtractionLimits { MaxTextChars = 500 });
        var e = Assert.Throws<ExtractionException>(() => small.Extract(Repo.Fixture("cao-twopage.pdf")));
        Assert.Equal("too-large", e.Reason);
        GoodFileStillReads();
    }

    [Fact]
    public void OneChildServesManyFiles()
    {
        using var children = new PdfChildren();
        var extractor = new Extractor(children: children);
        for (int i = 0; i < 5; i++) Assert.Equal("pdfpig", extractor.Extract(Repo.Fixture("cao-twopage.pdf")).Extractor);
        Assert.Equal(1, children.Started);
    }

    [Fact]
    public void DamagedFilePopplerRepairsIsReadByTheFallbackAndSaysSo()
    {
        using var tmp = new TempDir();
        var path = tmp.File("scheef.pdf");
        // A wrong cross-reference table and no trailer: poppler rebuilds the file by scanning it.
        var ok = File.ReadAllBytes(Repo.Fixture("cao-twopage.pdf"));
        var text = Encoding.Latin1.GetString(ok);
        var xref = text.LastIndexOf("xref", StringComparison.Ordinal);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text[..xref] + "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n99999999\n%%EOF\n"));

        var doc = _extractor.Extract(path);

        Assert.Contains(doc.Extractor, new[] { "pdfpig", "pdftotext" });
        Assert.Contains("Persoonlijk ontwikkelbudget", string.Concat(doc.Pages.Select(p => p.Text)));
    }

    [Fact]
    public void ABatchWithABombAndDamagedPdfsStoresTheGoodFile()
    {
        using var tmp = new TempDir();
        var dir = tmp.Sub("map");
        File.Copy(Repo.Fixture("cao-twopage.pdf"), Path.Combine(dir, "goed.pdf"));
        var z = new MemoryStream();
        using (var zs = new ZLibStream(z, CompressionLevel.SmallestSize, leaveOpen: true))
            for (int i = 0; i < 1024; i++) zs.Write(new byte[1 << 20]); // 1 GiB of zero bytes
        RawPdf.Write(Path.Combine(dir, "bom.pdf"), [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            RawPdf.Stream("/Filter /FlateDecode", z.ToArray()),
        ]);
        File.WriteAllBytes(Path.Combine(dir, "ruis.pdf"), [.. "%PDF-1.5\n"u8, .. Enumerable.Range(0, 9000).Select(i => (byte)(i * 7919 % 251)), .. "\n%%EOF\n"u8]);

        using var store = CaoMonitor.Storage.CaoStore.Open(tmp.Sub("data"));
        var summary = new CaoMonitor.Ingestion.IngestBatch(store, new CaoMonitor.Ingestion.IngestPipeline(store)).Run([dir]);
        var byFile = summary.Outcomes.ToDictionary(o => o.File);

        Assert.Equal(CaoMonitor.Ingestion.IngestStatus.Added, byFile["goed.pdf"].Status);
        Assert.Equal("too-large", byFile["bom.pdf"].Reason);
        Assert.Equal("corrupt", byFile["ruis.pdf"].Reason);
    }

    private void GoodFileStillReads()
    {
        var doc = _extractor.Extract(Repo.Fixture("cao-twopage.pdf"));
        Assert.Equal("pdfpig", doc.Extractor);
        Assert.Contains("Persoonlijk ontwikkelbudget", doc.Pages[2].Text);
    }
}

/// <summary>Writes a PDF from object bodies (object i+1 is bodies[i]) with a correct cross-reference table.</summary>
internal static class RawPdf
{
    public static byte[] Stream(string dict, byte[] data) =>
        [.. Encoding.Latin1.GetBytes($"<< {dict} /Length {data.Length} >>\nstream\n"), .. data, .. "\nendstream"u8];

    public static void Write(string path, IReadOnlyList<object> bodies)
    {
        using var fs = File.Create(path);
        fs.Write("%PDF-1.4\n"u8);
        var offsets = new List<long>();
        for (int i = 0; i < bodies.Count; i++)
        {
            offsets.Add(fs.Position);
            fs.Write(Encoding.Latin1.GetBytes($"{i + 1} 0 obj\n"));
            fs.Write(bodies[i] is byte[] b ? b : Encoding.Latin1.GetBytes((string)bodies[i]));
            fs.Write("\nendobj\n"u8);
        }
        long xref = fs.Position;
        var sb = new StringBuilder($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        fs.Write(Encoding.Latin1.GetBytes(sb.ToString()));
    }
}
