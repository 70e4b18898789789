namespace CaoMonitor.Extraction;

/// <summary>Raw text of one page as the extractor saw it (before normalisation).</summary>
public sealed record ExtractedPage(int Number, string Text, bool Ocr);

public sealed record ExtractedDocument(string MediaType, IReadOnlyList<ExtractedPage> Pages);

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

    public static ExtractionLimits Default { get; } = new();
}
