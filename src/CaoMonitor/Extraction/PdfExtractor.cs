using System.Globalization;
using System.Text.RegularExpressions;

namespace CaoMonitor.Extraction;

/// <summary>
/// PDF text through poppler: pdftotext for the text layer (pages split on form feeds, so every
/// character keeps its page; encryption and damage show in its errors), and tesseract (nld)
/// for pages that have an image but no text layer.
/// </summary>
public sealed partial class PdfExtractor(ExtractionLimits limits)
{
    public ExtractedDocument Extract(string path, CancellationToken ct = default)
    {
        // poppler reconstructs damaged files; a cut-off download would be read half and silently.
        if (!HasEndMarker(path))
            throw new ExtractionException("truncated", "the PDF is incomplete (no %%EOF end marker): the file was cut off");
        // One pdftotext run does it all (a pdfinfo run per file cost a tenth of the ingest): it stops
        // one page past the limit, so a 2,000-page file costs no more than the limit allows, and it
        // ends every page with a form feed, which gives the page count.
        var result = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", "-eol", "unix", "-l", (limits.MaxPages + 1).ToString(CultureInfo.InvariantCulture), path, "-"],
            limits.ToolTimeout, limits.MaxTextChars, ct);
        if (result.ExitCode != 0) throw Failure(result);
        var pageCount = result.Stdout.Count(c => c == '\f');
        if (pageCount == 0) throw new ExtractionException("empty", "the PDF has no pages");
        if (pageCount > limits.MaxPages)
            throw new ExtractionException("too-many-pages",
                $"the PDF has {TotalPages(path, ct)} pages; the limit is {limits.MaxPages:N0}");

        var raw = result.Stdout.Split('\f');
        var pages = new List<ExtractedPage>(pageCount);
        int ocrPages = 0;
        for (int i = 0; i < pageCount; i++)
        {
            var text = i < raw.Length ? raw[i] : "";
            if (string.IsNullOrWhiteSpace(text) && HasImages(path, i + 1, ct))
            {
                if (++ocrPages > limits.MaxOcrPages)
                    throw new ExtractionException("too-many-pages",
                        $"more than {limits.MaxOcrPages} pages need OCR");
                pages.Add(new ExtractedPage(i + 1, Ocr(path, i + 1, ct), Ocr: true));
            }
            else pages.Add(new ExtractedPage(i + 1, text, Ocr: false));
        }
        return new ExtractedDocument("application/pdf", pages);
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

    /// <summary>The real page count for the message (only asked of a file already refused).</summary>
    private string TotalPages(string path, CancellationToken ct)
    {
        var info = ExternalTool.Run("pdfinfo", [path], limits.ToolTimeout, 1_000_000, ct);
        var m = PagesLine().Match(info.Stdout);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture) : $"more than {limits.MaxPages:N0}";
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    private bool HasImages(string path, int page, CancellationToken ct)
    {
        var p = page.ToString(CultureInfo.InvariantCulture);
        var r = ExternalTool.Run("pdfimages", ["-list", "-f", p, "-l", p, path], limits.ToolTimeout, 1_000_000, ct);
        // The listing has two header lines; any further line is an image on the page.
        return r.ExitCode == 0 && r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 2;
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
            if (render.ExitCode != 0) throw Failure(render);
            var ocr = ExternalTool.Run("tesseract", [prefix + ".pgm", "stdout", "-l", "nld", "--psm", "3"],
                limits.OcrPageTimeout, limits.MaxTextChars, ct);
            if (ocr.ExitCode != 0)
                throw new ExtractionException("ocr-failed", $"tesseract failed on page {page}: {FirstLine(ocr.Stderr)}");
            return ocr.Stdout;
        }
        finally { dir.Delete(recursive: true); }
    }

    private static ExtractionException Failure(ToolResult r)
    {
        var err = r.Stderr;
        if (err.Contains("password", StringComparison.OrdinalIgnoreCase) || err.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
            return new ExtractionException("encrypted", "the PDF is encrypted with a password");
        if (err.Contains("May not be a PDF", StringComparison.OrdinalIgnoreCase) || err.Contains("Couldn't find trailer", StringComparison.OrdinalIgnoreCase)
            || err.Contains("Syntax Error", StringComparison.OrdinalIgnoreCase) || err.Contains("Couldn't read xref", StringComparison.OrdinalIgnoreCase))
            return new ExtractionException("corrupt", $"the PDF is damaged: {FirstLine(err)}");
        return new ExtractionException("corrupt", $"poppler could not read the PDF (exit {r.ExitCode}): {FirstLine(err)}");
    }

    private static string FirstLine(string s)
    {
        var line = s.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "no message";
        return line.Length > 200 ? line[..200] : line;
    }
}
