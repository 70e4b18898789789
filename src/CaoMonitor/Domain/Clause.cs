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
    /// <summary>The titles the clause is read under (set by the store; see <see cref="Domain.Heading"/>).</summary>
    public Heading Heading { get; init; }
}

/// <summary>
/// The titles a clause is read under: <see cref="Title"/> is the nearest non-blank title of the clause
/// or its ancestors (a lid reads under its article's title), <see cref="ParentTitle"/> the next one
/// above that (the chapter or appendix). The one definition the classifier, the index, the review
/// export and the search hits share; the store computes it once, when a clause is written.
/// </summary>
public readonly record struct Heading(string? Title, string? ParentTitle)
{
    /// <summary>A clause's heading from its own title and its parent's heading.</summary>
    public static Heading Of(string? ownTitle, Heading parent) =>
        string.IsNullOrWhiteSpace(ownTitle) ? parent : new Heading(ownTitle, parent.Title);
}
