using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaoMonitor.Domain;
using CaoMonitor.Storage;

namespace CaoMonitor.Monitoring;

/// <summary>
/// Builds the monitor's input from the store: every current, successfully read cao version with its
/// effective labels (human review decisions applied) and where each label stands (article path, the
/// page of its evidence, the evidence text). Versions without a start date cannot be placed in a year
/// and are left out (listed in <see cref="Loaded.Undated"/>).
/// </summary>
public static class MonitorSource
{
    public sealed record Loaded(MonitorInput Input, IReadOnlyList<string> Undated);

    public static MonitorInput Load(CaoStore store) => LoadWithDetails(store).Input;

    public static Loaded LoadWithDetails(CaoStore store)
    {
        var docs = store.Query("""
            SELECT id, version_id, agreement_id, name, type, sector, start_date, end_date, employees, sha256
            FROM documents WHERE is_current = 1 AND status = 'ok' ORDER BY version_id, id
            """, r => (Id: r.GetInt64(0), Version: r.GetString(1), Agreement: r.GetString(2), Name: r.GetString(3),
                Type: r.GetString(4), Sector: r.IsDBNull(5) ? null : r.GetString(5), Start: r.IsDBNull(6) ? null : r.GetString(6),
                End: r.IsDBNull(7) ? null : r.GetString(7), Employees: r.IsDBNull(8) ? (long?)null : r.GetInt64(8), Sha: r.GetString(9)));

        var labels = store.Query("""
            SELECT c.document_id, e.clause_id, e.code, e.strength, e.source, c.path, c.page_start, c.start, c.text,
                   e.evidence, e.amount_eur, e.period, e.percent
            FROM effective_provisions e
            JOIN clauses c ON c.id = e.clause_id
            JOIN documents d ON d.id = c.document_id
            WHERE d.is_current = 1 AND d.status = 'ok'
            ORDER BY c.document_id, c.ordinal, e.code
            """, r => (Doc: r.GetInt64(0), Clause: r.GetInt64(1), Code: r.GetString(2), Strength: Strengths.Parse(r.GetString(3)) ?? Strength.Verwijzing,
                Source: r.GetString(4), Path: r.GetString(5), PageStart: r.GetInt32(6), ClauseStart: r.GetInt32(7), Text: r.GetString(8),
                Evidence: r.GetString(9), Amount: r.IsDBNull(10) ? (decimal?)null : r.GetDecimal(10), Period: r.IsDBNull(11) ? null : r.GetString(11),
                Percent: r.IsDBNull(12) ? (decimal?)null : r.GetDecimal(12)));

        var pages = store.Query("""
            SELECT p.document_id, p.number, p.start FROM pages p JOIN documents d ON d.id = p.document_id
            WHERE d.is_current = 1 AND d.status = 'ok' ORDER BY p.document_id, p.start
            """, r => (Doc: r.GetInt64(0), Number: r.GetInt32(1), Start: r.GetInt32(2)))
            .GroupBy(p => p.Doc).ToDictionary(g => g.Key, g => g.ToList());

        var byDoc = labels.GroupBy(l => l.Doc).ToDictionary(g => g.Key, g => g.Select(l =>
        {
            var span = FirstSpan(l.Evidence, l.Text.Length);
            var page = PageOf(pages.GetValueOrDefault(l.Doc), l.ClauseStart + span.Start) ?? l.PageStart;
            return new LabelEvidence(l.Code, l.Strength, l.Source, l.Clause, l.Path, page, EvidenceText(l.Text, span), l.Amount, l.Period, l.Percent);
        }).ToList());

        var versions = new List<MonitoredVersion>();
        var undated = new List<string>();
        foreach (var d in docs)
        {
            if (DateOnly.TryParseExact(d.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) is false)
            {
                // Policy documents never count; a cao without a period is reported, never dropped silently.
                if (DocumentTypes.Parse(d.Type) != DocumentType.Policy) undated.Add(d.Version);
                continue;
            }
            DateOnly? end = DateOnly.TryParseExact(d.End, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var e) ? e : null;
            versions.Add(new MonitoredVersion(d.Version, d.Agreement, d.Id, d.Name, DocumentTypes.Parse(d.Type) ?? DocumentType.Sector,
                string.IsNullOrWhiteSpace(d.Sector) ? "(onbekend)" : d.Sector!, start, end,
                d.Employees is { } n ? (int)Math.Min(n, int.MaxValue) : null, byDoc.GetValueOrDefault(d.Id) ?? []));
        }

        var (taxonomy, classifier) = Versions(store);
        return new Loaded(new MonitorInput(versions, CorpusHash(store, docs.Select(d => (d.Version, d.Sha))), taxonomy, classifier), undated);
    }

    /// <summary>The versions that produced the stored labels; "mixed" lists them when a reclassify is due.</summary>
    private static (string Taxonomy, string Classifier) Versions(CaoStore store)
    {
        var rows = Classification.ClassificationWriter.StoredVersions(store);
        if (rows.Count == 0) return ("none", "none");
        static string Join(IEnumerable<string> xs) { var l = xs.Distinct().ToList(); return l.Count == 1 ? l[0] : "mixed: " + string.Join(" | ", l); }
        return (Join(rows.Select(r => r.Taxonomy)), Join(rows.Select(r => r.Classifier)));
    }

    /// <summary>sha256 over the current documents (version and content hash) and every review decision,
    /// so a snapshot names exactly the inputs it was computed from.</summary>
    private static string CorpusHash(CaoStore store, IEnumerable<(string Version, string Sha)> docs)
    {
        var sb = new StringBuilder();
        foreach (var (v, sha) in docs.OrderBy(d => d.Version, StringComparer.Ordinal).ThenBy(d => d.Sha, StringComparer.Ordinal))
            sb.Append(v).Append('\t').Append(sha).Append('\n');
        foreach (var line in store.Query("""
            SELECT version_id || char(9) || path || char(9) || text_hash || char(9) || code || char(9) || action || char(9) ||
                   coalesce(strength, '') || char(9) || coalesce(CAST(amount_eur AS TEXT), '') || char(9) || coalesce(period, '')
            FROM review_decisions ORDER BY version_id, path, text_hash, code
            """, r => r.GetString(0)))
            sb.Append("review\t").Append(line).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static Span FirstSpan(string json, int textLength) =>
        Classification.StoredLabels.Evidence(json).FirstOrDefault(s => s.Start >= 0 && s.End > s.Start && s.End <= textLength) is { End: > 0 } span
            ? span : new Span(0, Math.Min(textLength, 200));

    private static string EvidenceText(string text, Span span)
    {
        // The whole sentence around the evidence, so a reader sees the words in context; a very long
        // sentence is cut at word boundaries around the evidence.
        var (from, to) = Classification.Sentences.Around(text, span.Start, span.End);
        if (span.Start - from > 200) from = WordStart(text, span.Start - 200);
        if (to - span.End > 200) to = WordEnd(text, span.End + 200);
        var s = System.Text.RegularExpressions.Regex.Replace(text[from..to], @"\s+", " ").Trim();
        if (s.Length <= 400) return s;
        int cut = s.LastIndexOf(' ', 400);
        return s[..(cut > 0 ? cut : 400)] + " …";
    }

    private static int WordStart(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int? PageOf(List<(long Doc, int Number, int Start)>? pages, int offset)
    {
        if (pages is null || pages.Count == 0) return null;
        int page = pages[0].Number;
        foreach (var p in pages)
        {
            if (p.Start > offset) break;
            page = p.Number;
        }
        return page;
    }
}
