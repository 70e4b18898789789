using CaoMonitor.Analysis;

namespace CaoMonitor.Search;

/// <summary>
/// Turns analysed tokens into FTS5 column text. FTS5 cannot take our positions (stacked
/// alternatives, stop-word gaps), so: the positional text has exactly one term per position, the
/// original word where there is one, else the positional expansion (a hyphen or date part), and
/// <see cref="SearchSchema.Gap"/> for each removed stop word; every other token of a position
/// (compound parts, synonyms) goes to the unpositioned extras.
/// The same function serialises query phrases, so index and query agree on positions.
/// </summary>
public static class TermSerializer
{
    public readonly record struct Serialised(List<string> Positional, List<string> Extras);

    public static Serialised Serialise(IReadOnlyList<Token> tokens)
    {
        var positional = new List<string>(tokens.Count);
        var extras = new List<string>();
        if (tokens.Count == 0) return new(positional, extras);

        // The analyser emits tokens by position; a stable sort only guards against a filter reordering.
        var sorted = tokens.OrderBy(t => t.Position).ToList();
        int i = 0, last = sorted[0].Position - 1;
        while (i < sorted.Count)
        {
            int pos = sorted[i].Position, j = i;
            while (j < sorted.Count && sorted[j].Position == pos) j++;
            for (int g = last + 1; g < pos; g++) positional.Add(SearchSchema.Gap);
            int chosen = -1;
            for (int k = i; k < j; k++) if (!sorted[k].IsExpansion) { chosen = k; break; }
            if (chosen < 0) chosen = i;
            positional.Add(sorted[chosen].Term);
            for (int k = i; k < j; k++) if (k != chosen) extras.Add(sorted[k].Term);
            last = pos;
            i = j;
        }
        return new(positional, extras);
    }

    /// <summary>Leading and trailing gaps mean nothing in a phrase (a query that starts with a stop word).</summary>
    public static List<string> TrimGaps(List<string> terms)
    {
        int a = 0, b = terms.Count;
        while (a < b && terms[a] == SearchSchema.Gap) a++;
        while (b > a && terms[b - 1] == SearchSchema.Gap) b--;
        return terms.GetRange(a, b - a);
    }

    /// <summary>One FTS5 string literal. Terms are analyser output, but quotes are doubled anyway:
    /// nothing the user typed may end a string early.</summary>
    public static string Quote(string term) => "\"" + term.Replace("\"", "\"\"") + "\"";

    public static string QuotePhrase(IEnumerable<string> terms) => Quote(string.Join(' ', terms));
}
