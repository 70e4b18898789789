using System.Text.Json;
using CaoMonitor.Storage;

namespace CaoMonitor.Classification;

/// <summary>A sampled label with what a reader needs to judge it: the cao, the article path and titles, the whole clause.
/// Deliberately without rules, evidence or confidence, so a judge sees only the taxonomy and the clause.</summary>
public sealed record SampledLabel(int N, long ClauseId, string VersionId, string Cao, string Path, string? Title, string Text, string Code, string Strength);

/// <summary>Draws review samples of the current labels of current cao's (policy documents never count).</summary>
public static class ReviewSamples
{
    /// <summary>Draws the sample (see <see cref="ReviewSample.Draw"/>) and puts it in the review queue's sample, whose
    /// decisions give the monitor's measured precision.</summary>
    public static IReadOnlyList<SampledLabel> Draw(CaoStore store, int perCategory, int seed)
    {
        var labels = new LabelStore(store);
        var placed = labels.Find(new LabelQuery { CaosOnly = true });
        var byKey = placed.ToDictionary(p => (p.Label.ClauseId, p.Label.Code));
        var drawn = ReviewSample.Draw(placed.Select(p => new SampleCandidate(p.Label.ClauseId, p.Label.Code, p.Place.VersionId, p.Place.Path)), perCategory, seed);
        labels.AddToSample(drawn, seed);
        var clauses = store.GetClauses(drawn.Select(d => d.ClauseId).Distinct().ToList()).ToDictionary(c => c.Id);
        return drawn.Select((s, i) =>
        {
            var p = byKey[(s.ClauseId, s.Code)];
            var h = clauses[s.ClauseId].Heading;
            var titles = string.Join(" > ", new[] { h.ParentTitle, h.Title }.Where(t => !string.IsNullOrWhiteSpace(t)));
            return new SampledLabel(i + 1, s.ClauseId, p.Place.VersionId, p.Place.DocumentName, p.Place.Path, titles.Length == 0 ? null : titles,
                p.Place.ClauseText, s.Code, p.Label.Strength);
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
