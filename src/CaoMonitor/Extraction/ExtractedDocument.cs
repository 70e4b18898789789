namespace CaoMonitor.Extraction;

/// <summary>Raw text of one page as the extractor saw it (before normalisation).</summary>
public sealed record ExtractedPage(int Number, string Text, bool Ocr)
{
    /// <summary>
    /// Layout hints for lines of <see cref="Text"/> set in a larger or bolder font than the page's body
    /// text (heading candidates); empty where the format has no such layout (OCR, pdftotext, text).
    /// </summary>
    public IReadOnlyList<LineHint> Hints { get; init; } = [];

    /// <summary>Running header and footer lines found by position and removed from <see cref="Text"/>.</summary>
    public IReadOnlyList<string> Running { get; init; } = [];
}

/// <summary>
/// One line of a page that looks like a heading by its font: <see cref="Line"/> is the 0-based index
/// in the page's text split on '\n'; <see cref="Size"/> the line's font size relative to the document's
/// body size (1.0 = body); <see cref="Bold"/> when most of its letters are in a bold font.
/// </summary>
public sealed record LineHint(int Line, double Size, bool Bold);

/// <summary>
/// <see cref="Extractor"/> names what produced the text, stored per document: "pdfpig", "pdftotext"
/// (the fallback for a PDF PdfPig refuses), "html", "docx" or "text"; OCR pages are marked per page.
/// </summary>
public sealed record ExtractedDocument(string MediaType, IReadOnlyList<ExtractedPage> Pages)
{
    public string Extractor { get; init; } = "";
}

/// <summary>Caps and time limits for untrusted input. Defaults fit real cao's (40-300 pages).</summary>
public sealed record ExtractionLimits
{
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;
    public int MaxPages { get; init; } = 1000;
    public long MaxTextChars { get; init; } = 20_000_000;
    /// <summary>Real documents wrap lines; one line of megabytes is junk or an attack on later stages.</summary>
    public int MaxLineChars { get; init; } = 100_000;
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromSeconds(120);
    public TimeSpan OcrPageTimeout { get; init; } = TimeSpan.FromSeconds(90);
    public int MaxOcrPages { get; init; } = 200;
    /// <summary>
    /// The managed heap of a PDF parsing child (DOTNET_GCHeapHardLimit). A 300-page cao needs ~40 MB;
    /// a decompression bomb hits the cap and fails as too-large instead of taking the machine's memory.
    /// </summary>
    public long ChildHeapBytes { get; init; } = 160L * 1024 * 1024;

    public static ExtractionLimits Default { get; } = new();
}
