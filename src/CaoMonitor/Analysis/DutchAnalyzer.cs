namespace CaoMonitor.Analysis;

/// <summary>
/// The Dutch analysis chain for cao text. Index side:
/// Tokenizer -> LowerCase -> DiacriticFolding -> Synonym -> Stop -> Decompound -> StemOverride -> DutchStem.
/// Query side leaves out synonyms and decompounding by default: the index already holds the
/// parts and the synonyms, so a query for "budget" finds "ontwikkelbudget" through the index-side
/// parts, while a query for "ontwikkelbudget" matches the whole word (a non-expansion, best rank).
/// </summary>
public sealed class DutchAnalyzer
{
    private readonly Tokenizer _tokenizer;
    private readonly ITokenFilter[] _filters;

    public DutchAnalyzer(Tokenizer tokenizer, params IEnumerable<ITokenFilter> filters)
    {
        _tokenizer = tokenizer;
        _filters = filters.ToArray();
    }

    public static DutchAnalyzer ForIndex(CompoundDictionary? compounds = null, SynonymMap? synonyms = null, StemOverrideFilter? overrides = null) =>
        new(new Tokenizer(),
            new LowerCaseFilter(),
            new DiacriticFoldingFilter(),
            new SynonymFilter(synonyms),
            new StopFilter(),
            new DecompoundFilter(compounds),
            overrides ?? StemOverrideFilter.Default,
            new DutchStemFilter(),
            new DuplicateFilter());

    /// <param name="expandSynonyms">Also expand synonyms in the query (not needed when the index was built with <see cref="ForIndex"/>).</param>
    /// <param name="decompound">Also split query compounds (widens the query: ontwikkelbudget would then also match any "budget").</param>
    public static DutchAnalyzer ForQuery(bool expandSynonyms = false, bool decompound = false,
        CompoundDictionary? compounds = null, SynonymMap? synonyms = null, StemOverrideFilter? overrides = null)
    {
        var filters = new List<ITokenFilter> { new LowerCaseFilter(), new DiacriticFoldingFilter() };
        if (expandSynonyms) filters.Add(new SynonymFilter(synonyms));
        filters.Add(new StopFilter());
        if (decompound) filters.Add(new DecompoundFilter(compounds));
        filters.Add(overrides ?? StemOverrideFilter.Default);
        filters.Add(new DutchStemFilter());
        filters.Add(new DuplicateFilter());
        return new DutchAnalyzer(new Tokenizer(), filters);
    }

    public IReadOnlyList<Token> Analyze(string text)
    {
        IEnumerable<Token> stream = _tokenizer.Tokenize(text);
        foreach (var f in _filters) stream = f.Apply(stream);
        return stream.ToList();
    }

    /// <summary>The index term of a single word: lower-cased, folded, override or Porter stem (for the CLI's analyze --stem).</summary>
    public static string Stem(string word)
    {
        var term = DiacriticFoldingFilter.Fold(word.Trim().ToLowerInvariant());
        return StemOverrideFilter.Default.TryGetStem(term, out var stem) ? stem : DutchStemmer.Stem(term);
    }

    /// <summary>
    /// Drops an expansion whose term already stands at its position (a compound part that equals a
    /// synonym part, a part whose stem equals the whole's), so the index does not count it twice.
    /// </summary>
    private sealed class DuplicateFilter : ITokenFilter
    {
        public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
        {
            var seen = new HashSet<(int, string)>();
            int window = int.MinValue;
            foreach (var t in tokens)
            {
                // Positions only move forward by small steps; forget what lies well behind.
                if (t.Position > window + 64) { seen.Clear(); window = t.Position; }
                if (seen.Add((t.Position, t.Term)) || !t.IsExpansion) yield return t;
            }
        }
    }
}
