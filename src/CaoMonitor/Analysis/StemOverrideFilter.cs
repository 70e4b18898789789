using System.Collections.Frozen;

namespace CaoMonitor.Analysis;

/// <summary>
/// Replaces the stem for words the stemmer gets wrong or conflates, and marks the token keyword
/// so <see cref="DutchStemFilter"/> leaves it alone. Default entries: stemoverrides.txt (embedded).
/// Must run before the stem filter, on lower-cased, folded terms.
/// </summary>
public sealed class StemOverrideFilter : ITokenFilter
{
    private static readonly Lazy<StemOverrideFilter> DefaultInstance =
        new(() => { using var r = EmbeddedData.Open("stemoverrides.txt"); return Load(r); });

    private readonly FrozenDictionary<string, string> _overrides;

    public StemOverrideFilter(IEnumerable<KeyValuePair<string, string>> overrides) =>
        _overrides = overrides.ToFrozenDictionary(StringComparer.Ordinal);

    public static StemOverrideFilter Default => DefaultInstance.Value;

    /// <summary>Format: one "word stem" pair per line (whitespace between), '#' comments.</summary>
    public static StemOverrideFilter Load(TextReader reader)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines(reader))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) throw new FormatException($"Stem override line must be 'word stem': '{line}'");
            map[parts[0].ToLowerInvariant()] = parts[1].ToLowerInvariant();
        }
        return new StemOverrideFilter(map);
    }

    public bool TryGetStem(string term, out string stem) => _overrides.TryGetValue(term, out stem!);

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Type == TokenType.Word && _overrides.TryGetValue(t.Term, out var stem))
                yield return t with { Term = stem, Flags = t.Flags | TokenFlags.Keyword };
            else
                yield return t;
        }
    }
}
