using System.Globalization;
using System.Text;
using System.Text.Json;
using CaoMonitor.Domain;
using CaoMonitor.Storage;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Classification;

/// <summary>An effective label of a clause (human decisions applied), as read from the view
/// effective_labels. <see cref="Strength"/> is the strength code (recht, inspanning, verwijzing).</summary>
public sealed record StoredLabel(
    long ClauseId, string Code, string Strength, double Confidence, decimal? AmountEur, string? Period, decimal? Percent,
    decimal? Hours, decimal? Days, IReadOnlyList<Span> Evidence, string Source, string? DecidedBy)
{
    /// <summary>The rules that produced the label (<c>["review"]</c> for one a reviewer added).</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];
    /// <summary>The extracted details (target group, payer, contract types, minimum age and service); null for a label a reviewer added.</summary>
    public LabelAttributes? Attributes { get; init; }
}

/// <summary>Where a label stands: its clause (path, first page, offset and text) and document.</summary>
public sealed record LabelPlace(long DocumentId, string VersionId, string DocumentName, string Path, int PageStart, int ClauseStart, string ClauseText);

public sealed record PlacedLabel(StoredLabel Label, LabelPlace Place);

/// <summary>Which effective labels <see cref="LabelStore.Find"/> returns. By default: every label of every current document.</summary>
public sealed record LabelQuery
{
    /// <summary>A category code or a code above it (see <see cref="CategoryFilter"/>).</summary>
    public string? Category { get; init; }
    /// <summary>A strength code: recht, inspanning or verwijzing.</summary>
    public string? Strength { get; init; }
    /// <summary>Only these documents (of the current ones); null: all current documents.</summary>
    public IReadOnlyCollection<long>? Documents { get; init; }
    /// <summary>Only labels no reviewer has decided on.</summary>
    public bool Unreviewed { get; init; }
    /// <summary>Only labels drawn into a review sample (<see cref="LabelStore.AddToSample"/>).</summary>
    public bool Sampled { get; init; }
    /// <summary>Leave out policy documents (they never count in the monitor).</summary>
    public bool CaosOnly { get; init; }
    /// <summary>Least certain first (the review queue) instead of by document and position.</summary>
    public bool LeastCertainFirst { get; init; }
    public int? Limit { get; init; }
}

/// <summary>
/// Classification's store: the classifier's labels, review decisions and the effective labels
/// (decisions win), over Classification's own tables. The one place the CLI, the web UI, the
/// monitor and the review export read and decide labels. Creates its tables on first use.
/// </summary>
public sealed class LabelStore
{
    /// <summary>The view of effective labels (what search filters on): clause_id, code, strength, source, ...</summary>
    public const string EffectiveView = "effective_labels";

    private readonly CaoStore _store;

    public LabelStore(CaoStore store)
    {
        _store = store;
        store.EnsureSchema(ClassificationSchema.Schema);
    }

    private const string LabelColumns =
        "e.clause_id, e.code, e.strength, e.confidence, e.amount_eur, e.period, e.percent, e.hours, e.days, e.evidence, e.source, e.decided_by, e.rules, e.attributes";

    private static StoredLabel ReadLabel(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetDouble(3), Dec(r, 4), Str(r, 5), Dec(r, 6), Dec(r, 7), Dec(r, 8),
            Evidence(r.GetString(9)), r.GetString(10), Str(r, 11)) { Rules = Rules(r.GetString(12)), Attributes = Attributes(r.GetString(13)) };

    /// <summary>Every effective label of the clauses of one document, by clause id.</summary>
    public ILookup<long, StoredLabel> ForDocument(long documentId) => _store.Query($"""
        SELECT {LabelColumns} FROM {EffectiveView} e JOIN clauses c ON c.id = e.clause_id
        WHERE c.document_id = $id ORDER BY c.ordinal, e.code
        """, ReadLabel, ("$id", documentId)).ToLookup(l => l.ClauseId);

    /// <summary>The effective labels of one clause.</summary>
    public IReadOnlyList<StoredLabel> ForClause(long clauseId) =>
        _store.Query($"SELECT {LabelColumns} FROM {EffectiveView} e WHERE e.clause_id = $id ORDER BY e.code", ReadLabel, ("$id", clauseId));

    /// <summary>The effective labels of several clauses (a page of search hits) in one query, by clause id.</summary>
    public ILookup<long, StoredLabel> ForClauses(IReadOnlyCollection<long> clauseIds) =>
        _store.Query($"SELECT {LabelColumns} FROM {EffectiveView} e WHERE e.clause_id IN (SELECT value FROM json_each($ids)) ORDER BY e.clause_id, e.code",
            ReadLabel, ("$ids", System.Text.Json.JsonSerializer.Serialize(clauseIds))).ToLookup(l => l.ClauseId);

    /// <summary>The classifier's own labels of one clause, before review (what a reviewer judges).</summary>
    public IReadOnlyList<StoredLabel> ClassifierLabels(long clauseId) => _store.Query("""
        SELECT clause_id, code, strength, confidence, amount_eur, period, percent, hours, days, evidence, 'classifier', NULL, rules, attributes
        FROM labels WHERE clause_id = $c ORDER BY code
        """, ReadLabel, ("$c", clauseId));

    /// <summary>Effective labels with where they stand, filtered (see <see cref="LabelQuery"/>).</summary>
    public IReadOnlyList<PlacedLabel> Find(LabelQuery q)
    {
        var category = CategoryFilter.Normalise(q.Category);
        var strength = string.IsNullOrWhiteSpace(q.Strength) ? null : q.Strength.Trim().ToLowerInvariant();
        var where = new List<string> { "d.id IN (SELECT id FROM current_documents)" };
        if (q.Documents is not null) where.Add("d.id IN (SELECT value FROM json_each($docs))");
        if (category is not null) where.Add(CategoryFilter.Sql("e.code", "$cat"));
        if (strength is not null) where.Add("e.strength = $s");
        if (q.Unreviewed) where.Add("e.source = 'classifier'");
        if (q.Sampled) where.Add("""
            EXISTS (SELECT 1 FROM sampled_labels s JOIN clause_classification sc ON sc.clause_id = c.id
                    WHERE s.version_id = d.version_id AND s.path = c.path AND s.text_hash = sc.text_hash AND s.code = e.code)
            """);
        if (q.CaosOnly) where.Add("d.type <> 'policy'");
        return _store.Query($"""
            SELECT {LabelColumns}, d.id, d.version_id, d.name, c.path, c.page_start, c.start, c.text
            FROM {EffectiveView} e JOIN clauses c ON c.id = e.clause_id JOIN documents d ON d.id = c.document_id
            WHERE {string.Join(" AND ", where)}
            ORDER BY {(q.LeastCertainFirst ? "e.confidence, e.clause_id, e.code" : "d.id, c.ordinal, e.code")}
            {(q.Limit is { } limit ? $"LIMIT {Math.Max(0, limit)}" : "")}
            """, r => new PlacedLabel(ReadLabel(r), new LabelPlace(r.GetInt64(14), r.GetString(15), r.GetString(16), r.GetString(17),
                r.GetInt32(18), r.GetInt32(19), r.GetString(20))),
            ("$docs", q.Documents is null ? null : JsonSerializer.Serialize(q.Documents)), ("$cat", category), ("$s", strength));
    }

    /// <summary>Taxonomy and classifier versions behind the labels of current documents, with clause counts.</summary>
    public IReadOnlyList<(string Taxonomy, string Classifier, int Clauses)> StoredVersions() => _store.Query("""
        SELECT cc.taxonomy_version, cc.classifier_version, count(*) FROM clause_classification cc
        JOIN clauses c ON c.id = cc.clause_id
        WHERE c.document_id IN (SELECT id FROM current_documents) GROUP BY 1, 2 ORDER BY 1, 2
        """, r => (r.GetString(0), r.GetString(1), r.GetInt32(2)));

    /// <summary>Labels exist to filter on: classification's tables are there and it has run on at least one clause.</summary>
    internal static bool Classified(SqliteConnection db)
    {
        using var cmd = CaoStore.Command(db, null, """
            SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = $v)
               AND EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'clause_classification')
            """, ("$v", EffectiveView));
        if (cmd.ExecuteScalar() is not 1L) return false;
        using var ran = CaoStore.Command(db, null, "SELECT EXISTS (SELECT 1 FROM clause_classification)");
        return ran.ExecuteScalar() is 1L;
    }

    // ---------------------------------------------------------------- review decisions

    /// <summary>
    /// Records a reviewer's decision on one label of one clause (and appends it to the history). A
    /// decision always wins over the classifier: the view effective_labels applies it (reject hides a
    /// label, confirm/add set its strength and amount).
    /// </summary>
    public ReviewDecision Decide(long clauseId, string code, ReviewAction action, Strength? strength, decimal? amountEur, string? period,
        string decidedBy, string? note = null, DateTime? at = null)
    {
        code = code.Trim().ToUpperInvariant();
        if (!Taxonomy.Embedded.Categories.Any(c => c.Code == code))
            throw new ArgumentException($"unknown category code '{code}' (see taxonomy.v1.json)");
        if (action == ReviewAction.Add && strength is null)
            throw new ArgumentException("adding a label needs a strength (recht, inspanning or verwijzing)");
        if (string.IsNullOrWhiteSpace(decidedBy))
            throw new ArgumentException("a decision needs the name of who made it");
        if (amountEur is < 0 or > 1_000_000)
            throw new ArgumentException("the amount must be between 0 and 1,000,000 euro");
        var when = (at ?? DateTime.UtcNow).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        var made = _store.Write((db, tx) =>
        {
            using var find = CaoStore.Command(db, tx, """
                SELECT d.version_id, c.path, c.text, cc.text_hash, c.is_leaf
                FROM clauses c JOIN documents d ON d.id = c.document_id
                LEFT JOIN clause_classification cc ON cc.clause_id = c.id
                WHERE c.id = $c
                """, ("$c", clauseId));
            using var r = find.ExecuteReader();
            if (!r.Read()) throw new ArgumentException($"no clause with id {clauseId}");
            if (r.GetInt64(4) != 1) throw new ArgumentException($"clause {clauseId} is not a leaf clause; labels sit on articles without lids and on lids");
            var decision = new ReviewDecision(r.GetString(0), r.GetString(1),
                r.IsDBNull(3) ? ClassificationWriter.TextHash(r.GetString(2)) : r.GetString(3),
                code, action, strength, amountEur, string.IsNullOrWhiteSpace(period) ? null : period.Trim(),
                string.IsNullOrWhiteSpace(note) ? null : note.Trim(), decidedBy.Trim(), when);
            r.Close();
            var args = new (string, object?)[]
            {
                ("$v", decision.VersionId), ("$p", decision.Path), ("$h", decision.TextHash), ("$code", code),
                ("$a", Reviews.ActionCode(action)), ("$s", strength?.Code()), ("$amt", amountEur), ("$per", decision.Period),
                ("$note", decision.Note), ("$by", decision.DecidedBy), ("$at", when),
            };
            using (var upsert = CaoStore.Command(db, tx, """
                INSERT INTO review_decisions (version_id, path, text_hash, code, action, strength, amount_eur, period, note, decided_by, decided_at)
                VALUES ($v, $p, $h, $code, $a, $s, $amt, $per, $note, $by, $at)
                ON CONFLICT (version_id, path, text_hash, code) DO UPDATE SET
                    action = $a, strength = $s, amount_eur = $amt, period = $per, note = $note, decided_by = $by, decided_at = $at
                """, args))
                upsert.ExecuteNonQuery();
            using (var history = CaoStore.Command(db, tx, """
                INSERT INTO review_history (version_id, path, text_hash, code, action, strength, amount_eur, period, note, decided_by, decided_at)
                VALUES ($v, $p, $h, $code, $a, $s, $amt, $per, $note, $by, $at)
                """, args))
                history.ExecuteNonQuery();
            return decision;
        });
        // Search filters and facets follow the decision at once.
        _store.NotifyLabelsChanged(_store.Query("SELECT id FROM documents WHERE version_id = $v AND is_current = 1",
            r => r.GetInt64(0), ("$v", made.VersionId)));
        return made;
    }

    /// <summary>The decisions that apply to a clause now.</summary>
    public IReadOnlyList<ReviewDecision> DecisionsFor(long clauseId) => _store.Query($"""
        SELECT {DecisionColumns} FROM review_decisions r
        JOIN documents d ON d.version_id = r.version_id
        JOIN clauses c ON c.document_id = d.id AND c.path = r.path
        JOIN clause_classification cc ON cc.clause_id = c.id AND cc.text_hash = r.text_hash
        WHERE c.id = $c ORDER BY r.code
        """, ReadDecision, ("$c", clauseId));

    /// <summary>The decisions in force, in the order they were made.</summary>
    public IReadOnlyList<ReviewDecision> Decisions() =>
        _store.Query($"SELECT {DecisionColumns} FROM review_decisions r ORDER BY r.decided_at, r.id", ReadDecision);

    /// <summary>Every decision ever made, oldest first (who changed what, when).</summary>
    public IReadOnlyList<ReviewDecision> History() =>
        _store.Query($"SELECT {DecisionColumns} FROM review_history r ORDER BY r.id", ReadDecision);

    /// <summary>One line per decision in force and per sampled label, in a fixed order: what a monitor snapshot's
    /// corpus hash covers (the sample and its decisions give the precision the monitor shows).</summary>
    public IReadOnlyList<string> DecisionFingerprint() => _store.Query("""
        SELECT version_id || char(9) || path || char(9) || text_hash || char(9) || code || char(9) || action || char(9) ||
               coalesce(strength, '') || char(9) || coalesce(CAST(amount_eur AS TEXT), '') || char(9) || coalesce(period, '')
        FROM review_decisions ORDER BY version_id, path, text_hash, code
        """, r => r.GetString(0)).Concat(_store.Query("""
        SELECT 'sample' || char(9) || version_id || char(9) || path || char(9) || text_hash || char(9) || code
        FROM sampled_labels ORDER BY version_id, path, text_hash, code
        """, r => r.GetString(0))).ToList();

    // ---------------------------------------------------------------- review samples

    /// <summary>Puts drawn labels in the review queue's sample (a label already in it stays as it was).
    /// Returns how many were new.</summary>
    public int AddToSample(IEnumerable<SampleCandidate> drawn, int seed, DateTime? at = null)
    {
        var when = (at ?? DateTime.UtcNow).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var list = drawn.ToList();
        return _store.Write((db, tx) =>
        {
            int added = 0;
            foreach (var s in list)
            {
                using var cmd = CaoStore.Command(db, tx, """
                    INSERT OR IGNORE INTO sampled_labels (version_id, path, text_hash, code, seed, drawn_at)
                    SELECT d.version_id, c.path, cc.text_hash, $code, $seed, $at
                    FROM clauses c JOIN documents d ON d.id = c.document_id JOIN clause_classification cc ON cc.clause_id = c.id
                    WHERE c.id = $c
                    """, ("$c", s.ClauseId), ("$code", s.Code), ("$seed", seed), ("$at", when));
                added += cmd.ExecuteNonQuery();
            }
            return added;
        });
    }

    /// <summary>
    /// Precision per category measured on the sample: of the sampled labels a reviewer decided on, how many
    /// were confirmed (a changed strength still confirms the category) rather than rejected. Every category
    /// of the taxonomy is listed, unmeasured ones with what they have.
    /// </summary>
    public IReadOnlyList<CategoryPrecision> SamplePrecision()
    {
        var counts = _store.Query("""
            SELECT s.code, count(*), sum(CASE WHEN r.action = 'confirm' THEN 1 ELSE 0 END)
            FROM sampled_labels s
            JOIN review_decisions r ON r.version_id = s.version_id AND r.path = s.path AND r.text_hash = s.text_hash AND r.code = s.code
            WHERE r.action IN ('confirm', 'reject')
            GROUP BY s.code
            """, r => (Code: r.GetString(0), Reviewed: r.GetInt32(1), Confirmed: r.GetInt32(2))).ToDictionary(x => x.Code);
        return Taxonomy.Embedded.Categories.Select(c => counts.TryGetValue(c.Code, out var n)
            ? new CategoryPrecision(c.Code, n.Reviewed, n.Confirmed) : new CategoryPrecision(c.Code, 0, 0)).ToList();
    }

    /// <summary>
    /// Writes every reviewed clause of a current document as a gold-set line: its text and heading
    /// (the titles the classifier read it under at ingest) with the labels as they stand after review.
    /// Returns the number of lines.
    /// </summary>
    public int ExportGold(TextWriter output)
    {
        var ids = _store.Query("""
            SELECT DISTINCT c.id FROM review_decisions r
            JOIN current_documents d ON d.version_id = r.version_id
            JOIN clauses c ON c.document_id = d.id AND c.path = r.path
            JOIN clause_classification cc ON cc.clause_id = c.id AND cc.text_hash = r.text_hash
            ORDER BY c.id
            """, r => r.GetInt64(0));
        var clauses = _store.GetClauses(ids).ToDictionary(c => c.Id);
        var versions = new Dictionary<long, string>();
        foreach (var id in ids)
        {
            var c = clauses[id];
            if (!versions.TryGetValue(c.DocumentId, out var version))
                versions[c.DocumentId] = version = _store.GetDocument(c.DocumentId)!.Version.Id;
            var labels = ForClause(id).Select(l => new GoldLabel(l.Code, Strengths.Parse(l.Strength) ?? Domain.Strength.Verwijzing,
                l.AmountEur, l.Period, l.Percent, l.Hours, l.Days)).ToList();
            GoldSet.Write(output, new GoldClause($"review:{version}:{c.Path}", c.Heading.Title, c.Text, labels, "exported from review decisions",
                c.Heading.ParentTitle));
        }
        return ids.Count;
    }

    private const string DecisionColumns = "r.version_id, r.path, r.text_hash, r.code, r.action, r.strength, r.amount_eur, r.period, r.note, r.decided_by, r.decided_at";

    private static ReviewDecision ReadDecision(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Reviews.ParseAction(r.GetString(4)),
        r.IsDBNull(5) ? null : Strengths.Parse(r.GetString(5)), Dec(r, 6), Str(r, 7), Str(r, 8), r.GetString(9), r.GetString(10));

    // ---------------------------------------------------------------- stored JSON

    private static decimal? Dec(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);
    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>The stored evidence JSON (<c>[{"start":..,"end":..}]</c>) as spans; empty when unreadable.</summary>
    internal static IReadOnlyList<Span> Evidence(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.EnumerateArray()
                .Select(e => new Span(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())).ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return [];
        }
    }

    private static readonly JsonSerializerOptions AttributeJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The stored attributes JSON; null when empty or unreadable (a reviewer's label has none).</summary>
    private static LabelAttributes? Attributes(string json)
    {
        if (json.Length <= 2) return null;
        try { return JsonSerializer.Deserialize<LabelAttributes>(json, AttributeJson); }
        catch (JsonException) { return null; }
    }

    private static IReadOnlyList<string> Rules(string json)
    {
        try { return JsonSerializer.Deserialize<List<string>>(json) ?? []; }
        catch (JsonException) { return []; }
    }
}
