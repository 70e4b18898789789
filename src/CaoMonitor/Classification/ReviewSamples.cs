using System.Text.Json;
using CaoMonitor.Storage;

namespace CaoMonitor.Classification;

/// <summary>A sampled label with what a reader needs to judge it: the cao, the article path and titles, the whole clause.
/// Deliberately without rules, evidence or confidence, so a judge sees only the taxonomy and the clause.</summary>
public sealed record SampledLabel(int N, long ClauseId, string VersionId, string Cao, string Path, string? Title, string Text, string Code, string Strength);

/// <summary>Draws review samples of the current labels of current cao's (policy documents never count).</summary>
public static class ReviewSamples
{
    public static IReadOnlyList<SampledLabel> Draw(CaoStore store, int perCategory, int seed)
    {
        var rows = store.Query("""
            SELECT e.clause_id, e.code, e.strength, d.version_id, d.name, c.path, c.text, c.title, p1.title, p2.title
            FROM effective_provisions e
            JOIN clauses c ON c.id = e.clause_id
            JOIN documents d ON d.id = c.document_id
            LEFT JOIN clauses p1 ON p1.id = c.parent_id
            LEFT JOIN clauses p2 ON p2.id = p1.parent_id
            WHERE d.is_current = 1 AND d.status = 'ok' AND d.type <> 'policy'
            """, r => (Clause: r.GetInt64(0), Code: r.GetString(1), Strength: r.GetString(2), Version: r.GetString(3), Cao: r.GetString(4),
                Path: r.GetString(5), Text: r.GetString(6),
                Titles: string.Join(" > ", new[] { 9, 8, 7 }.Select(i => r.IsDBNull(i) ? null : r.GetString(i)).Where(t => !string.IsNullOrWhiteSpace(t)))));
        var byKey = rows.ToDictionary(r => (r.Clause, r.Code));
        var drawn = ReviewSample.Draw(rows.Select(r => new SampleCandidate(r.Clause, r.Code, r.Version, r.Path)), perCategory, seed);
        return drawn.Select((s, i) =>
        {
            var r = byKey[(s.ClauseId, s.Code)];
            return new SampledLabel(i + 1, r.Clause, r.Version, r.Cao, r.Path, r.Titles.Length == 0 ? null : r.Titles, r.Text, r.Code, r.Strength);
        }).ToList();
    }

    // Readable for a person: accented letters and ">" in paths stay as they are (the file is data, never HTML).
    static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One JSON object a line: n, clause_id, cao, path, title, text, code, strength.</summary>
    public static void WriteJsonl(TextWriter output, IEnumerable<SampledLabel> sample)
    {
        foreach (var s in sample)
            output.WriteLine(JsonSerializer.Serialize(new
            {
                n = s.N, clause_id = s.ClauseId, cao = s.Cao, path = s.Path, title = s.Title, text = s.Text, code = s.Code, strength = s.Strength,
            }, Json));
    }
}
