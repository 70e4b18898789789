namespace CaoMonitor.Analysis;

/// <summary>Applies <see cref="DutchStemmer"/> to words (not to numbers, amounts, references, abbreviations) unless marked keyword.</summary>
public sealed class DutchStemFilter : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        // Text repeats its words: a per-call cache saves most stemming and most string allocations.
        var cache = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            if (t.Type != TokenType.Word || t.IsKeyword) { yield return t; continue; }
            if (!cache.TryGetValue(t.Term, out var stem))
            {
                stem = DutchStemmer.Stem(t.Term);
                if (cache.Count < 100_000) cache[t.Term] = stem;
            }
            yield return t with { Term = stem };
        }
    }
}
