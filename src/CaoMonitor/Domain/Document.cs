namespace CaoMonitor.Domain;

/// <summary>A page of extracted text. Offsets are into the document's normalised text.</summary>
public sealed record Page(int Number, int Start, int End, bool Ocr);

public enum DocumentStatus { Ok, Failed }

/// <summary>
/// One stored version of one source file. A changed file becomes a new <see cref="Document"/> with the
/// same <see cref="VersionId"/> and a higher <see cref="Revision"/>; the old one stays.
/// </summary>
public sealed record Document(
    long Id,
    CaoVersion Version,
    int Revision,
    string SourceFile,
    string Sha256,
    long Size,
    string MediaType,
    DocumentStatus Status,
    string? Error,
    int PageCount,
    int ClauseCount,
    DateTimeOffset IngestedAt)
{
    public string VersionId => Version.Id;
}
