using System.Globalization;
using CaoMonitor.Domain;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Storage;

/// <summary>What the ingest pipeline hands the store for one source file.</summary>
public sealed record DocumentWrite(
    CaoVersion Version,
    string SourcePath,
    string Sha256,
    long Size,
    string MediaType,
    string Text,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Clause> Clauses,
    string Extractor = "");

/// <summary>A failure to record: the file, and why it could not be read.</summary>
public sealed record DocumentFailure(CaoVersion Version, string SourcePath, string Sha256, long Size, string Reason, string Message);

/// <summary>What was just written: the document, its leaf clauses (ids and headings set), and the leaf
/// clauses of earlier revisions of the same cao version, which are no longer current.</summary>
public sealed record WrittenClauses(long DocumentId, IReadOnlyList<Clause> Leaves, IReadOnlyList<long> SupersededLeafIds);

/// <summary>
/// Work that must happen in the same transaction as a document's clauses (the full-text index,
/// classification), so the store never holds clauses without them. <see cref="Schema"/> holds the
/// writer's own tables; the store creates them when the writer is added.
/// </summary>
public interface IClauseWriter
{
    StoreSchema? Schema { get; }

    /// <summary>
    /// The part of the work that needs no database (classifying, say), done before the store's write
    /// lock on the caller's thread, so that parallel ingests do it in parallel instead of one by one
    /// inside the lock. Gets the leaves in the order <see cref="Write"/> gets them, headings set, ids not
    /// yet; what it returns comes back to <see cref="Write"/>.
    /// </summary>
    object? Prepare(IReadOnlyList<Clause> leaves) => null;

    /// <summary>Writes in the document's transaction; <paramref name="prepared"/> is what <see cref="Prepare"/> returned.</summary>
    void Write(StoreTransaction tx, WrittenClauses written, object? prepared);
}

public sealed partial class CaoStore
{
    private readonly List<IClauseWriter> _clauseWriters = [];

    public void AddClauseWriter(IClauseWriter writer)
    {
        if (writer.Schema is { } schema) EnsureSchema(schema);
        _clauseWriters.Add(writer);
    }

    /// <summary>Raised after a document's transaction has committed: derived data (the search index) follows the store.</summary>
    public event Action<long>? DocumentCommitted;

    /// <summary>Raised after labels (classification, review decisions) of these documents changed; null means all documents.</summary>
    public event Action<IReadOnlyCollection<long>?>? LabelsChanged;

    public void NotifyLabelsChanged(IReadOnlyCollection<long>? documentIds) => LabelsChanged?.Invoke(documentIds);

    /// <summary>The stored, successfully read document with this content for this cao version, if any.</summary>
    public long? FindUnchanged(string versionId, string sha256) =>
        Scalar("SELECT id FROM documents WHERE version_id = $v AND sha256 = $s AND status = 'ok' LIMIT 1",
            ("$v", versionId), ("$s", sha256)) is long id ? id : null;

    /// <summary>
    /// Writes a document, its pages and clauses in one transaction. A changed file becomes a new
    /// revision of its cao version; earlier revisions stay, marked not current.
    /// </summary>
    public (long Id, int Revision) SaveDocument(DocumentWrite d)
    {
        // Headings first, outside the lock, so the clause writers can prepare their work on this thread.
        var clauses = WithHeadings(d.Clauses);
        var leaves = clauses.Where(c => c.IsLeaf).ToList();
        var writers = _clauseWriters.ToArray();
        var prepared = writers.Select(w => (w, w.Prepare(leaves))).ToList();
        var saved = Insert(d, clauses, prepared);
        DocumentCommitted?.Invoke(saved.Id);
        return saved;
    }

    /// <summary>The clauses in ordinal order, each with its <see cref="Heading"/>.</summary>
    private static List<Clause> WithHeadings(IReadOnlyList<Clause> clauses)
    {
        var list = new List<Clause>(clauses.Count);
        foreach (var c in clauses.OrderBy(c => c.Ordinal))
            list.Add(c with { Heading = Heading.Of(c.Title, c.ParentOrdinal is { } p ? list[p].Heading : default) });
        return list;
    }

    private (long Id, int Revision) Insert(DocumentWrite d, List<Clause> clauses, List<(IClauseWriter Writer, object? Prepared)> writers) => Write((db, tx) =>
    {
        var v = d.Version;
        using (var del = Command(db, tx, "DELETE FROM documents WHERE version_id = $v AND sha256 = $s AND status = 'failed'", ("$v", v.Id), ("$s", d.Sha256)))
            del.ExecuteNonQuery();
        int revision;
        using (var rev = Command(db, tx, "SELECT coalesce(max(revision), 0) + 1 FROM documents WHERE version_id = $v AND status = 'ok'", ("$v", v.Id)))
            revision = Convert.ToInt32(rev.ExecuteScalar());
        using (var old = Command(db, tx, "UPDATE documents SET is_current = 0 WHERE version_id = $v", ("$v", v.Id)))
            old.ExecuteNonQuery();
        var superseded = new List<long>();
        using (var leaves = Command(db, tx, """
            SELECT c.id FROM clauses c JOIN documents d ON d.id = c.document_id WHERE d.version_id = $v AND c.is_leaf = 1
            """, ("$v", v.Id)))
        using (var r = leaves.ExecuteReader())
            while (r.Read()) superseded.Add(r.GetInt64(0));

        long docId;
        using (var ins = Command(db, tx, """
            INSERT INTO documents (version_id, agreement_id, revision, is_current, name, type, sector, parties, start_date, end_date,
                avv, employees, derived, source_path, source_file, sha256, size, media_type, status, page_count, ocr_pages,
                clause_count, ingested_at, text, extractor)
            VALUES ($v, $a, $rev, 1, $name, $type, $sector, $parties, $start, $end, $avv, $emp, $derived, $path, $file, $sha,
                $size, $media, 'ok', $pages, $ocr, $clauses, $at, $text, $extractor)
            RETURNING id
            """,
            ("$v", v.Id), ("$a", v.AgreementId), ("$rev", revision), ("$name", v.Name), ("$type", v.Type.Code()),
            ("$sector", v.Sector), ("$parties", v.Parties), ("$start", Iso(v.Start)), ("$end", Iso(v.End)), ("$avv", v.Avv),
            ("$emp", v.Employees), ("$derived", string.Join(',', v.Derived)), ("$path", d.SourcePath),
            ("$file", Path.GetFileName(d.SourcePath)), ("$sha", d.Sha256), ("$size", d.Size), ("$media", d.MediaType),
            ("$pages", d.Pages.Count), ("$ocr", d.Pages.Count(p => p.Ocr)), ("$clauses", d.Clauses.Count(c => c.IsLeaf)),
            ("$at", DateTimeOffset.UtcNow.ToString("O")), ("$text", d.Text), ("$extractor", d.Extractor)))
            docId = (long)ins.ExecuteScalar()!;

        using (var page = Command(db, tx, "INSERT INTO pages (document_id, number, start, \"end\", ocr) VALUES ($d, $n, $s, $e, $o)",
                   ("$d", docId), ("$n", 0), ("$s", 0), ("$e", 0), ("$o", false)))
        {
            foreach (var p in d.Pages)
            {
                page.Parameters["$n"].Value = p.Number; page.Parameters["$s"].Value = p.Start;
                page.Parameters["$e"].Value = p.End; page.Parameters["$o"].Value = p.Ocr;
                page.ExecuteNonQuery();
            }
        }

        var stored = new List<Clause>(d.Clauses.Count);
        using (var cl = Command(db, tx, """
            INSERT INTO clauses (document_id, parent_id, ordinal, kind, number, title, path, start, "end", page_start, page_end, is_leaf, text,
                                 heading_title, heading_parent_title)
            VALUES ($d, $parent, $ord, $kind, $num, $title, $path, $s, $e, $ps, $pe, $leaf, $text, $ht, $hp) RETURNING id
            """, ("$d", docId), ("$parent", null), ("$ord", 0), ("$kind", ""), ("$num", null), ("$title", null), ("$path", ""),
                   ("$s", 0), ("$e", 0), ("$ps", 0), ("$pe", 0), ("$leaf", false), ("$text", ""), ("$ht", null), ("$hp", null)))
        {
            foreach (var c in clauses)
            {
                long? parentId = c.ParentOrdinal is { } po ? stored[po].Id : null;
                cl.Parameters["$ht"].Value = (object?)c.Heading.Title ?? DBNull.Value;
                cl.Parameters["$hp"].Value = (object?)c.Heading.ParentTitle ?? DBNull.Value;
                cl.Parameters["$parent"].Value = (object?)parentId ?? DBNull.Value;
                cl.Parameters["$ord"].Value = c.Ordinal;
                cl.Parameters["$kind"].Value = c.Kind.ToString().ToLowerInvariant();
                cl.Parameters["$num"].Value = (object?)c.Number ?? DBNull.Value;
                cl.Parameters["$title"].Value = (object?)c.Title ?? DBNull.Value;
                cl.Parameters["$path"].Value = c.Path;
                cl.Parameters["$s"].Value = c.Start; cl.Parameters["$e"].Value = c.End;
                cl.Parameters["$ps"].Value = c.PageStart; cl.Parameters["$pe"].Value = c.PageEnd;
                cl.Parameters["$leaf"].Value = c.IsLeaf;
                cl.Parameters["$text"].Value = c.Text;
                var id = (long)cl.ExecuteScalar()!;
                stored.Add(c with { Id = id, DocumentId = docId, ParentId = parentId });
            }
        }
        var written = new WrittenClauses(docId, stored.Where(c => c.IsLeaf).ToList(), superseded);
        var transaction = new StoreTransaction(db, tx);
        foreach (var (writer, prepared) in writers) writer.Write(transaction, written, prepared);
        return (docId, revision);
    });

    /// <summary>Records why a file could not be read; replaces an earlier failure of the same content.</summary>
    public long SaveFailure(DocumentFailure f) => Write((db, tx) =>
    {
        var v = f.Version;
        using (var del = Command(db, tx, "DELETE FROM documents WHERE version_id = $v AND sha256 = $s AND status = 'failed'", ("$v", v.Id), ("$s", f.Sha256)))
            del.ExecuteNonQuery();
        using var ins = Command(db, tx, """
            INSERT INTO documents (version_id, agreement_id, revision, is_current, name, type, sector, parties, start_date, end_date,
                avv, employees, derived, source_path, source_file, sha256, size, media_type, status, error_reason, error, ingested_at)
            VALUES ($v, $a, 0, 0, $name, $type, $sector, $parties, $start, $end, $avv, $emp, '', $path, $file, $sha, $size, '',
                'failed', $reason, $error, $at)
            RETURNING id
            """,
            ("$v", v.Id), ("$a", v.AgreementId), ("$name", v.Name), ("$type", v.Type.Code()), ("$sector", v.Sector),
            ("$parties", v.Parties), ("$start", Iso(v.Start)), ("$end", Iso(v.End)), ("$avv", v.Avv), ("$emp", v.Employees),
            ("$path", f.SourcePath), ("$file", Path.GetFileName(f.SourcePath)), ("$sha", f.Sha256), ("$size", f.Size),
            ("$reason", f.Reason), ("$error", f.Message), ("$at", DateTimeOffset.UtcNow.ToString("O")));
        return (long)ins.ExecuteScalar()!;
    });

    private const string DocumentColumns = """
        id, version_id, agreement_id, revision, is_current, name, type, sector, parties, start_date, end_date, avv, employees,
        derived, source_path, sha256, size, media_type, status, error, page_count, clause_count, ingested_at, ocr_pages, error_reason,
        extractor
        """;

    /// <summary>Every stored document version, failures included, newest cao periods last.
    /// <paramref name="currentOnly"/>: the current documents and the failures (what `documents` lists).</summary>
    public IReadOnlyList<StoredDocument> ListDocuments(bool currentOnly = false) =>
        QueryDocuments(currentOnly ? $"WHERE {IsCurrentSql} OR status = 'failed'" : "", []);

    /// <summary>The current revision of every successfully read cao version: what search, labels and the monitor count.</summary>
    public IReadOnlyList<StoredDocument> CurrentDocuments() => QueryDocuments($"WHERE {IsCurrentSql}", []);

    /// <summary>
    /// "Current", once: the documents of <c>current_documents</c> (migration 2), the newest successfully
    /// read revision of each cao version. Other stages join that view instead of restating it.
    /// </summary>
    private const string IsCurrentSql = "id IN (SELECT id FROM current_documents)";

    public StoredDocument? GetDocument(long id) => QueryDocuments("WHERE id = $id", [("$id", id)]).FirstOrDefault();

    /// <summary>The current revision of every cao version of one agreement, by period.</summary>
    public IReadOnlyList<StoredDocument> VersionsOf(string agreementId) =>
        QueryDocuments($"WHERE agreement_id = $a AND {IsCurrentSql}", [("$a", agreementId)]);

    public string? GetText(long documentId) => Scalar("SELECT text FROM documents WHERE id = $id", ("$id", documentId)) as string;

    public IReadOnlyList<Page> GetPages(long documentId) =>
        Query("SELECT number, start, \"end\", ocr FROM pages WHERE document_id = $d ORDER BY number",
            r => new Page(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetBoolean(3)), ("$d", documentId));

    public IReadOnlyList<Clause> GetClauses(long documentId, bool leavesOnly = false) =>
        QueryClauses($"WHERE document_id = $d {(leavesOnly ? "AND is_leaf = 1" : "")} ORDER BY ordinal", ("$d", documentId));

    public Clause? GetClause(long id) => QueryClauses("WHERE id = $id", ("$id", id)).FirstOrDefault();

    /// <summary>The clauses with these ids (in no particular order); ids not stored are left out.</summary>
    public IReadOnlyList<Clause> GetClauses(IReadOnlyCollection<long> ids) =>
        ids.Count == 0 ? [] : QueryClauses("WHERE id IN (SELECT value FROM json_each($ids))", ("$ids", System.Text.Json.JsonSerializer.Serialize(ids)));

    /// <summary>
    /// The leaf clauses with their headings, by document and position: those of current documents
    /// (what is indexed and counted), or with <paramref name="currentOnly"/> false every stored leaf
    /// (what reclassification relabels). Streamed, so a large store is not held in memory.
    /// </summary>
    public IEnumerable<Clause> Leaves(bool currentOnly = true)
    {
        using var db = OpenConnection();
        using var cmd = Command(db, null, $"""
            SELECT {ClauseColumns} FROM clauses
            WHERE is_leaf = 1 {(currentOnly ? "AND document_id IN (SELECT id FROM current_documents)" : "")}
            ORDER BY document_id, ordinal
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return ReadClause(r);
    }

    public int LeafCount(bool currentOnly = true) => Convert.ToInt32(Scalar(
        $"SELECT count(*) FROM clauses WHERE is_leaf = 1 {(currentOnly ? "AND document_id IN (SELECT id FROM current_documents)" : "")}"),
        CultureInfo.InvariantCulture);

    /// <summary>Every distinct article title (the search benchmark recombines them).</summary>
    public IReadOnlyList<string> ArticleTitles() =>
        Query("SELECT DISTINCT title FROM clauses WHERE kind = 'article' AND title IS NOT NULL", r => r.GetString(0));

    private const string ClauseColumns =
        "id, document_id, parent_id, ordinal, kind, number, title, path, start, \"end\", page_start, page_end, is_leaf, text, heading_title, heading_parent_title";

    private List<Clause> QueryClauses(string where, params (string, object?)[] args) =>
        Query($"SELECT {ClauseColumns} FROM clauses {where}", ReadClause, args);

    private static Clause ReadClause(SqliteDataReader r) =>
        new(Enum.Parse<ClauseKind>(r.GetString(4), ignoreCase: true), Str(r[5]), Str(r[6]), r.GetString(7),
            r.GetInt32(8), r.GetInt32(9), r.GetInt32(10), r.GetInt32(11), r.GetString(13))
        {
            Id = r.GetInt64(0), DocumentId = r.GetInt64(1), ParentId = r.IsDBNull(2) ? null : r.GetInt64(2),
            Ordinal = r.GetInt32(3), IsLeaf = r.GetBoolean(12), Heading = new Heading(Str(r[14]), Str(r[15])),
        };

    private List<StoredDocument> QueryDocuments(string where, (string, object?)[] args) =>
        Query($"SELECT {DocumentColumns} FROM documents {where} ORDER BY agreement_id, start_date, revision, id", r =>
        {
            var version = new CaoVersion(r.GetString(1), r.GetString(2), r.GetString(5), DocumentTypes.Parse(r.GetString(6)) ?? DocumentType.Sector,
                Str(r[7]), Str(r[8]), Date(r[9]), Date(r[10]), r.IsDBNull(11) ? null : r.GetBoolean(11), Int(r[12]), Path.GetFileName(r.GetString(14)))
            { Derived = r.GetString(13).Split(',', StringSplitOptions.RemoveEmptyEntries) };
            return new StoredDocument(
                new Document(r.GetInt64(0), version, r.GetInt32(3), r.GetString(14), r.GetString(15), r.GetInt64(16), r.GetString(17),
                    r.GetString(18) == "ok" ? DocumentStatus.Ok : DocumentStatus.Failed, Str(r[19]), r.GetInt32(20), r.GetInt32(21),
                    DateTimeOffset.Parse(r.GetString(22), System.Globalization.CultureInfo.InvariantCulture)),
                r.GetBoolean(4), r.GetInt32(23), Str(r[24])) { Extractor = r.GetString(25) };
        }, args);
}

/// <summary>A document row with the store's own bookkeeping.</summary>
public sealed record StoredDocument(Document Document, bool IsCurrent, int OcrPages, string? ErrorReason)
{
    /// <summary>What read the text (see ExtractedDocument.Extractor); empty for failures and older rows.</summary>
    public string Extractor { get; init; } = "";
    public long Id => Document.Id;
    public CaoVersion Version => Document.Version;
}
