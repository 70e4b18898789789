using CaoMonitor.Domain;
using CaoMonitor.Extraction;
using CaoMonitor.Normalisation;
using CaoMonitor.Registry;
using CaoMonitor.Segmentation;
using CaoMonitor.Sources;
using CaoMonitor.Storage;

namespace CaoMonitor.Ingestion;

/// <summary>
/// One file through the stages: hash -> (unchanged? stop) -> keep original -> extract -> normalise
/// -> complete metadata from the cover page -> segment -> store (one transaction, with the index
/// and classification the store's clause writers add). A file that cannot be read is recorded as
/// failed with its reason; nothing of it is half-written.
/// </summary>
public sealed partial class IngestPipeline(CaoStore store, Extractor? extractor = null)
{
    private readonly Extractor _extractor = extractor ?? new Extractor();

    /// <summary>Time per stage over every file this pipeline ingested.</summary>
    public IngestStages Stages { get; } = new();

    public IngestOutcome Ingest(SourceFile file, CancellationToken ct = default) => Store(Prepare(file, ct));

    /// <summary>
    /// A file read and cut up, ready for the store: <see cref="Outcome"/> when it ended before the
    /// store (unchanged, unreadable), <see cref="Document"/> to write, or <see cref="Failure"/> to record.
    /// </summary>
    public sealed record Prepared(SourceFile File, IngestOutcome? Outcome = null, DocumentWrite? Document = null, DocumentFailure? Failure = null)
    {
        internal int Pages { get; init; }
        internal int Leaves { get; init; }
        internal int OcrPages { get; init; }
    }

    /// <summary>
    /// Everything before the store, which may run on many threads at once: hash, keep the original,
    /// extract, normalise, complete the metadata, segment. Nothing is written to the database here,
    /// so a batch extracts the next files while <see cref="Store"/> writes the previous one.
    /// </summary>
    public Prepared Prepare(SourceFile file, CancellationToken ct = default)
    {
        string sha;
        long size;
        try
        {
            size = new FileInfo(file.FullPath).Length;
            sha = Stages.Time("hash", () => BlobStore.Sha256Of(file.FullPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone or locked since it was listed: nothing to record against a version, report and go on.
            return new Prepared(file, new IngestOutcome(file.RegistryPath, IngestStatus.Failed, null, 0, 0, 0, $"cannot read the file: {e.Message}") { Reason = "unreadable" });
        }

        var registry = store.FindRegistryByFile(file.RegistryPath);
        var version = registry?.Version ?? CaoVersion.Unregistered(file.RegistryPath);
        if (store.FindUnchanged(version.Id, sha) is { } existing)
            return new Prepared(file, new IngestOutcome(file.RegistryPath, IngestStatus.Unchanged, existing, 0, 0, 0, null));

        try
        {
            Stages.Time("original", () => store.Originals.Put(file.FullPath, sha));
            // Each stage's text patterns have a time limit (PatternBudget): one that runs out fails the file as a timeout naming the stage.
            var extracted = Stages.Time("extract", () => PatternBudget.Run("extract", () => _extractor.Extract(file.FullPath, ct)));
            var text = Stages.Time("normalise", () => PatternBudget.Run("normalise", () => TextNormaliser.Normalise(extracted.Pages)));
            if (string.IsNullOrWhiteSpace(text.Text))
                throw new ExtractionException("no-text", "the document contains no readable text");
            var found = version;
            version = PatternBudget.Run("cover page", () => Complete(found, registry, text));
            var type = version.Type;
            var clauses = Stages.Time("segment", () => PatternBudget.Run("segment", () => Segmenter.Segment(text, type)));
            var write = new DocumentWrite(version, file.FullPath, sha, size, extracted.MediaType, text.Text, text.Pages, clauses, extracted.Extractor);
            return new Prepared(file, Document: write)
            {
                Pages = text.Pages.Count, Leaves = clauses.Count(c => c.IsLeaf), OcrPages = text.Pages.Count(p => p.Ocr),
            };
        }
        catch (ExtractionException e)
        {
            return Failed(file, version, sha, size, e.Reason, e.Message);
        }
        catch (OperationCanceledException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug must not stop the batch; the file is recorded with the error so it can be retried.
            var (reason, message) = Unexpected(e);
            return Failed(file, version, sha, size, reason, message);
        }
    }

    /// <summary>Writes what <see cref="Prepare"/> made: the document in one transaction, or its failure.</summary>
    public IngestOutcome Store(Prepared prepared)
    {
        var file = prepared.File;
        if (prepared.Outcome is { } done) return done;
        if (prepared.Failure is { } f)
        {
            var failedId = store.SaveFailure(f);
            return new IngestOutcome(file.RegistryPath, IngestStatus.Failed, failedId, 0, 0, 0, f.Message) { Reason = f.Reason };
        }
        try
        {
            var (id, revision) = Stages.Time("store", () => store.SaveDocument(prepared.Document!));
            return new IngestOutcome(file.RegistryPath, revision == 1 ? IngestStatus.Added : IngestStatus.NewRevision, id,
                prepared.Pages, prepared.Leaves, prepared.OcrPages, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            var d = prepared.Document!;
            var (reason, message) = Unexpected(e);
            return Store(Failed(file, d.Version, d.Sha256, d.Size, reason, message));
        }
    }

    /// <summary>
    /// The reason and message of a failure nobody planned for. A text pattern that used up its budget (a text too hard for
    /// it) is a <c>timeout</c> that names the pattern: the classifier's rule (TieredRegex) or the stage and the code that ran
    /// it (PatternBudget), so the failure says which one; anything else is <c>internal</c>.
    /// </summary>
    internal static (string Reason, string Message) Unexpected(Exception e) => e switch
    {
        System.Text.RegularExpressions.RegexMatchTimeoutException t =>
            ("timeout", t is Classification.PatternTimeoutException or StageTimeoutException ? t.Message
                : $"a text pattern took longer than {t.MatchTimeout.TotalSeconds:0.#} s: {Shorten(t.Pattern)}"),
        _ => ("internal", $"internal error: {e.GetType().Name}: {e.Message}"),
    };

    private static string Shorten(string pattern) => pattern.Length <= 120 ? pattern : pattern[..120] + "…";

    private static Prepared Failed(SourceFile file, CaoVersion version, string sha, long size, string reason, string message) =>
        new(file, Failure: new DocumentFailure(version with { Name = version.Name.Length > 0 ? version.Name : Path.GetFileName(file.FullPath) },
            file.FullPath, sha, size, reason, message));

    /// <summary>Fills what the registry lacks from the cover page, and says which fields were derived.</summary>
    private static CaoVersion Complete(CaoVersion v, RegistryEntry? registry, NormalisedText text)
    {
        var firstPages = text.Pages.Count > 0 ? text.Text[..text.Pages[Math.Min(1, text.Pages.Count - 1)].End] : text.Text;
        var cover = CoverPage.Read(firstPages, text.Text);
        var derived = new List<string>();
        var type = v.Type;
        if (registry is null || !registry.TypeKnown)
        {
            type = cover.LooksLikeCao ? DocumentType.Sector : DocumentType.Policy;
            derived.Add("type");
        }
        var name = v.Name;
        if (name.Length == 0 && cover.Name is { } n) { name = n; derived.Add("name"); }
        if (name.Length == 0) name = v.Id;
        var start = v.Start;
        if (start is null && cover.Start is { } s && type != DocumentType.Policy) { start = s; derived.Add("start"); }
        var end = v.End;
        if (end is null && cover.End is { } e && type != DocumentType.Policy) { end = e; derived.Add("end"); }
        var parties = v.Parties;
        if (parties is null && cover.Parties is { } p) { parties = p; derived.Add("parties"); }
        return v with { Name = name, Type = type, Start = start, End = end, Parties = parties, Derived = derived };
    }
}
