using System.Globalization;
using CaoMonitor.Domain;
using CaoMonitor.Storage;

namespace CaoMonitor.Classification;

public enum ReviewAction { Confirm, Reject, Add }

/// <summary>A reviewer's decision on one label of one clause. Keyed by version, article path, text hash
/// and code, so it still applies after reclassification or after the same text is ingested again.</summary>
public sealed record ReviewDecision(
    string VersionId, string Path, string TextHash, string Code, ReviewAction Action,
    Strength? Strength, decimal? AmountEur, string? Period, string? Note, string DecidedBy, string DecidedAt);

/// <summary>
/// Human review of labels. A decision always wins over the classifier: the view
/// effective_provisions applies them (reject hides a label, confirm/add set its strength and amount).
/// Every decision is also appended to review_history.
/// </summary>
public static class Reviews
{
    public static ReviewDecision Decide(CaoStore store, long clauseId, string code, ReviewAction action,
        Strength? strength, decimal? amountEur, string? period, string decidedBy, string? note = null, DateTime? at = null)
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

        var made = store.Write((db, tx) =>
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
                ("$a", ActionCode(action)), ("$s", strength?.Code()), ("$amt", amountEur), ("$per", decision.Period),
                ("$note", decision.Note), ("$by", decision.DecidedBy), ("$at", when),
            };
            CaoStore.Command(db, tx, """
                INSERT INTO review_decisions (version_id, path, text_hash, code, action, strength, amount_eur, period, note, decided_by, decided_at)
                VALUES ($v, $p, $h, $code, $a, $s, $amt, $per, $note, $by, $at)
                ON CONFLICT (version_id, path, text_hash, code) DO UPDATE SET
                    action = $a, strength = $s, amount_eur = $amt, period = $per, note = $note, decided_by = $by, decided_at = $at
                """, args).ExecuteNonQuery();
            CaoStore.Command(db, tx, """
                INSERT INTO review_history (version_id, path, text_hash, code, action, strength, amount_eur, period, note, decided_by, decided_at)
                VALUES ($v, $p, $h, $code, $a, $s, $amt, $per, $note, $by, $at)
                """, args).ExecuteNonQuery();
            return decision;
        });
        // Search filters and facets follow the decision at once.
        store.NotifyLabelsChanged(store.Query("SELECT id FROM documents WHERE version_id = $v AND is_current = 1",
            r => r.GetInt64(0), ("$v", made.VersionId)));
        return made;
    }

    /// <summary>The decisions that apply to a clause now.</summary>
    public static IReadOnlyList<ReviewDecision> ForClause(CaoStore store, long clauseId) =>
        store.Query($"""
            SELECT {Columns} FROM review_decisions r
            JOIN documents d ON d.version_id = r.version_id
            JOIN clauses c ON c.document_id = d.id AND c.path = r.path
            JOIN clause_classification cc ON cc.clause_id = c.id AND cc.text_hash = r.text_hash
            WHERE c.id = $c ORDER BY r.code
            """, Read, ("$c", clauseId));

    /// <summary>The decisions in force, in the order they were made.</summary>
    public static IReadOnlyList<ReviewDecision> Current(CaoStore store) =>
        store.Query($"SELECT {Columns} FROM review_decisions r ORDER BY r.decided_at, r.id", Read);

    /// <summary>Every decision ever made, oldest first (who changed what, when).</summary>
    public static IReadOnlyList<ReviewDecision> History(CaoStore store) =>
        store.Query($"SELECT {Columns} FROM review_history r ORDER BY r.id", Read);

    /// <summary>
    /// Writes every reviewed clause as a gold-set line (the format of the classification gold set):
    /// its text and titles with the labels as they stand after review. Returns the number of lines.
    /// </summary>
    public static int ExportGold(CaoStore store, TextWriter output)
    {
        var clauses = store.Query("""
            SELECT DISTINCT c.id, d.version_id, c.path, c.text,
                   coalesce(nullif(c.title, ''), p1.title), p2.title
            FROM review_decisions r
            JOIN documents d ON d.version_id = r.version_id AND d.is_current = 1
            JOIN clauses c ON c.document_id = d.id AND c.path = r.path
            JOIN clause_classification cc ON cc.clause_id = c.id AND cc.text_hash = r.text_hash
            LEFT JOIN clauses p1 ON p1.id = c.parent_id
            LEFT JOIN clauses p2 ON p2.id = p1.parent_id
            ORDER BY c.id
            """, r => (Id: r.GetInt64(0), Version: r.GetString(1), Path: r.GetString(2), Text: r.GetString(3),
                Title: r.IsDBNull(4) ? null : r.GetString(4), Parent: r.IsDBNull(5) ? null : r.GetString(5)));
        foreach (var c in clauses)
        {
            var labels = StoredLabels.ForClause(store, c.Id).Select(l => new GoldLabel(l.Code, Strengths.Parse(l.Strength) ?? Strength.Verwijzing,
                l.AmountEur, l.Period, l.Percent, l.Hours, l.Days)).ToList();
            GoldSet.Write(output, new GoldClause($"review:{c.Version}:{c.Path}", c.Title, c.Text, labels, "exported from review decisions", c.Parent));
        }
        return clauses.Count;
    }

    private const string Columns = "r.version_id, r.path, r.text_hash, r.code, r.action, r.strength, r.amount_eur, r.period, r.note, r.decided_by, r.decided_at";

    private static ReviewDecision Read(Microsoft.Data.Sqlite.SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ParseAction(r.GetString(4)),
        r.IsDBNull(5) ? null : Strengths.Parse(r.GetString(5)), StoredLabels.Dec(r, 6),
        r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8), r.GetString(9), r.GetString(10));

    public static string ActionCode(ReviewAction a) => a switch
    {
        ReviewAction.Confirm => "confirm",
        ReviewAction.Reject => "reject",
        _ => "add",
    };

    public static ReviewAction ParseAction(string s) => s.Trim().ToLowerInvariant() switch
    {
        "confirm" or "bevestig" => ReviewAction.Confirm,
        "reject" or "verwerp" => ReviewAction.Reject,
        "add" or "toevoegen" => ReviewAction.Add,
        _ => throw new ArgumentException($"unknown review action '{s}' (confirm, reject or add)"),
    };
}
