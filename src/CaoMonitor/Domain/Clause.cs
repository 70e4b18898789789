namespace CaoMonitor.Domain;

/// <summary>The structural unit a segment is. Policy documents use Section and Paragraph.</summary>
public enum ClauseKind { Chapter, Article, Paragraph, Appendix, Section }

/// <summary>
/// A segment of a document: a chapter, article, lid, appendix, or a policy section/paragraph.
/// Offsets are into the document's normalised text; <see cref="Text"/> is that span.
/// Leaves (lids, and articles without lids) are what is indexed and classified.
/// </summary>
public sealed record Clause(
    ClauseKind Kind,
    string? Number,
    string? Title,
    string Path,
    int Start,
    int End,
    int PageStart,
    int PageEnd,
    string Text)
{
    public long Id { get; init; }
    public long DocumentId { get; init; }
    public long? ParentId { get; init; }
    /// <summary>Index of the parent in the segmenter's output, before the store assigns ids.</summary>
    public int? ParentOrdinal { get; init; }
    public int Ordinal { get; init; }
    public bool IsLeaf { get; init; }
}
