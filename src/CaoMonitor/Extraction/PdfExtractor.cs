using System.Globalization;

namespace CaoMonitor.Extraction;

/// <summary>
/// PDF text through PdfPig in a child process (<see cref="PdfChildren"/>): content order per page,
/// running headers and footers removed by position, heading hints from font size and weight. A page
/// with (almost) no letters but an image is a scan: pdftoppm renders it and tesseract (nld) reads it.
/// A file PdfPig refuses as damaged is tried once more with poppler's pdftotext, which repairs more
/// kinds of damage; the document records which extractor read it.
/// </summary>
public sealed class PdfExtractor(ExtractionLimits limits, PdfChildren? children = null)
{
    private readonly PdfChildren _children = children ?? PdfChildren.Shared;

    public ExtractedDocument Extract(string path, CancellationToken ct = default)
    {
        // Lenient parsers reconstruct damaged files; a cut-off download would be read half and silently.
        if (!HasEndMarker(path))
            throw new ExtractionException("truncated", "the PDF is incomplete (no %%EOF end marker): the file was cut off");
        IReadOnlyList<PdfPigPage> read;
        try { read = _children.Read(path, limits, ct); }
        catch (ExtractionException e) when (e.Reason == "corrupt")
        {
            if (Poppler(path, limits, ct) is { } repaired) return repaired;
            throw;
        }
        var pages = new List<ExtractedPage>(read.Count);
        int ocrPages = 0;
        foreach (var p in read)
        {
            if (p.Letters < PdfPigReader.ScanLetterThreshold && p.Images > 0)
            {
                if (++ocrPages > limits.MaxOcrPages)
                    throw new ExtractionException("too-many-pages", $"more than {limits.MaxOcrPages} pages need OCR");
                pages.Add(new ExtractedPage(p.Number, Ocr(path, p.Number, ct), Ocr: true));
            }
            else pages.Add(new ExtractedPage(p.Number, p.Text, Ocr: false) { Hints = p.Hints, Running = p.Running });
        }
        return new ExtractedDocument("application/pdf", pages) { Extractor = "pdfpig" };
    }

    /// <summary>
    /// The fallback: poppler's pdftotext for a file PdfPig called damaged. Null when poppler cannot
    /// read it either (or reads no text), so the PdfPig failure stands.
    /// </summary>
    internal static ExtractedDocument? Poppler(string path, ExtractionLimits limits, CancellationToken ct)
    {
        if (!ExternalTool.Exists("pdftotext")) return null;
        var result = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", "-eol", "unix", "-l", (limits.MaxPages + 1).ToString(CultureInfo.InvariantCulture), path, "-"],
            limits.ToolTimeout, limits.MaxTextChars, ct);
        if (result.ExitCode != 0) return null;
        var pageCount = result.Stdout.Count(c => c == '\f');
        if (pageCount == 0 || pageCount > limits.MaxPages || string.IsNullOrWhiteSpace(result.Stdout)) return null;
        var raw = result.Stdout.Split('\f');
        var pages = Enumerable.Range(0, pageCount).Select(i => new ExtractedPage(i + 1, raw[i], Ocr: false)).ToList();
        return new ExtractedDocument("application/pdf", pages) { Extractor = "pdftotext" };
    }

    private static bool HasEndMarker(string path)
    {
        using var fs = File.OpenRead(path);
        var n = (int)Math.Min(fs.Length, 2048);
        fs.Seek(-n, SeekOrigin.End);
        var tail = new byte[n];
        fs.ReadExactly(tail);
        return tail.AsSpan().IndexOf("%%EOF"u8) >= 0;
    }

    private string Ocr(string path, int page, CancellationToken ct)
    {
        if (!ExternalTool.Exists("tesseract"))
            throw new ExtractionException("ocr-missing",
                $"page {page} is a scan without a text layer and tesseract is not installed (install tesseract-ocr and tesseract-ocr-nld)");
        var dir = Directory.CreateTempSubdirectory("caomonitor-ocr-");
        try
        {
            var p = page.ToString(CultureInfo.InvariantCulture);
            var prefix = Path.Combine(dir.FullName, "page");
            // PGM, not PNG: encoding a 300 dpi PNG costs more than the OCR itself.
            var render = ExternalTool.Run("pdftoppm", ["-r", "300", "-gray", "-singlefile", "-f", p, "-l", p, path, prefix],
                limits.OcrPageTimeout, 1_000_000, ct);
            if (render.ExitCode != 0)
                throw new ExtractionException("ocr-failed", $"pdftoppm could not render page {page}: {FirstLine(render.Stderr)}");
            var ocr = ExternalTool.Run("tesseract", [prefix + ".pgm", "stdout", "-l", "nld", "--psm", "3"],
                limits.OcrPageTimeout, limits.MaxTextChars, ct);
            if (ocr.ExitCode != 0)
                throw new ExtractionException("ocr-failed", $"tesseract failed on page {page}: {FirstLine(ocr.Stderr)}");
            return ocr.Stdout;
        }
        finally { dir.Delete(recursive: true); }
    }

    private static string FirstLine(string s)
    {
        var line = s.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "no message";
        return line.Length > 200 ? line[..200] : line;
    }
}
