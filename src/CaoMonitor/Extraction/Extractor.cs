using System.Text;

namespace CaoMonitor.Extraction;

/// <summary>
/// The one entry point of the extraction stage: picks the parser by the file's extension, then
/// checks the content really is that format (a mislabelled file fails with its reason rather
/// than being read as something else).
/// </summary>
public sealed class Extractor(ExtractionLimits? limits = null, PdfChildren? children = null)
{
    private readonly ExtractionLimits _limits = limits ?? ExtractionLimits.Default;
    private readonly PdfChildren _children = children ?? PdfChildren.Shared;

    public static readonly IReadOnlySet<string> SupportedExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".pdf", ".html", ".htm", ".docx", ".txt" };

    public static bool IsSupported(string path) => SupportedExtensions.Contains(Path.GetExtension(path));

    public ExtractedDocument Extract(string path, CancellationToken ct = default)
    {
        var doc = ExtractUnchecked(path, ct);
        CheckLines(doc);
        return doc;
    }

    private ExtractedDocument ExtractUnchecked(string path, CancellationToken ct)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new ExtractionException("missing", "the file does not exist");
        if (info.Length == 0) throw new ExtractionException("empty", "the file is empty (0 bytes)");
        if (info.Length > _limits.MaxFileBytes)
            throw new ExtractionException("too-large", $"the file is {info.Length / 1048576.0:0.#} MB; the limit is {_limits.MaxFileBytes / 1048576} MB");

        var head = ReadHead(path, 512);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var sniffed = Sniff(head);
        switch (ext)
        {
            case ".pdf":
                Expect(sniffed, "pdf", "PDF");
                return new PdfExtractor(_limits, _children).Extract(path, ct);
            case ".docx":
                Expect(sniffed, "zip", "DOCX");
                return new DocxExtractor(_limits).Extract(path) with { Extractor = "docx" };
            case ".html" or ".htm":
                Expect(sniffed, "text", "HTML");
                return new HtmlExtractor().Extract(ReadText(path)) with { Extractor = "html" };
            case ".txt":
                Expect(sniffed, "text", "text");
                return new ExtractedDocument("text/plain", SplitFormFeeds(ReadText(path))) { Extractor = "text" };
            default:
                throw new ExtractionException("unsupported", $"files of type '{ext}' are not supported (pdf, html, docx, txt are)");
        }
    }

    private static void Expect(string sniffed, string expected, string label)
    {
        if (sniffed != expected)
            throw new ExtractionException("mislabelled",
                $"the file is named as {label} but its content is {Describe(sniffed)}");
    }

    private static string Describe(string sniffed) => sniffed switch
    {
        "pdf" => "a PDF",
        "zip" => "a ZIP archive",
        "text" => "plain text",
        _ => "binary data of an unknown format",
    };

    private static string Sniff(byte[] head)
    {
        if (StartsWith(head, "%PDF-"u8) || IndexOf(head, "%PDF-"u8) is >= 0 and < 1024) return "pdf";
        if (StartsWith(head, "PK\u0003\u0004"u8)) return "zip";
        if (LooksLikeText(head)) return "text";
        return "binary";
    }

    private static bool LooksLikeText(byte[] head)
    {
        if (Array.IndexOf(head, (byte)0) >= 0) return false;
        int control = head.Count(b => b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b));
        if (control > head.Length / 50) return false;
        // Valid UTF-8 apart from a possibly cut multi-byte sequence at the end.
        try { new UTF8Encoding(false, true).GetString(head, 0, TrimPartial(head)); return true; }
        catch (DecoderFallbackException) { return false; }
    }

    private static int TrimPartial(byte[] b)
    {
        int n = b.Length;
        for (int i = 1; i <= 3 && i <= n; i++)
        {
            var c = b[n - i];
            if ((c & 0xC0) == 0xC0) return n - i; // a lead byte whose sequence may be cut
            if ((c & 0x80) == 0) break;
        }
        return n;
    }

    private string ReadText(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        if (text.Length > _limits.MaxTextChars)
            throw new ExtractionException("too-large", $"the text is longer than {_limits.MaxTextChars:N0} characters");
        return text;
    }

    private void CheckLines(ExtractedDocument doc)
    {
        foreach (var page in doc.Pages)
        {
            int run = 0;
            foreach (var c in page.Text)
            {
                run = c == '\n' ? 0 : run + 1;
                if (run > _limits.MaxLineChars)
                    throw new ExtractionException("line-too-long",
                        $"page {page.Number} has a line longer than {_limits.MaxLineChars:N0} characters");
            }
        }
    }

    private static IReadOnlyList<ExtractedPage> SplitFormFeeds(string text) =>
        text.Split('\f').Select((t, i) => new ExtractedPage(i + 1, t, false)).ToList();

    private static byte[] ReadHead(string path, int n)
    {
        using var fs = File.OpenRead(path);
        var buf = new byte[Math.Min(n, (int)Math.Min(fs.Length, n))];
        fs.ReadExactly(buf);
        return buf;
    }

    private static bool StartsWith(byte[] a, ReadOnlySpan<byte> prefix) => a.AsSpan().StartsWith(prefix);
    private static int IndexOf(byte[] a, ReadOnlySpan<byte> needle) => a.AsSpan().IndexOf(needle);
}
