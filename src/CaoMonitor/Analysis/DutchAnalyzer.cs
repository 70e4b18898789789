using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using CharsRef = Lucene.Net.Util.CharsRef;
using LuceneDutch = Lucene.Net.Analysis.Nl.DutchAnalyzer;
using SnowballDutch = Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer;

namespace CaoMonitor.Analysis;

/// <summary>
/// The Dutch analysis chain for cao text, composed the way Analysis.Common's
/// <c>DutchAnalyzer.CreateComponents</c> is, with our tokenizer in front:
/// <see cref="CaoTokenizer"/> -> LowerCaseFilter -> ASCIIFoldingFilter -> SynonymFilter (index side) ->
/// StopFilter -> <see cref="DecompoundFilter"/> (index side) -> StemmerOverrideFilter ->
/// SnowballFilter(Tartarus DutchStemmer) -> RemoveDuplicatesTokenFilter.
/// The query side leaves out synonyms and decompounding by default: the index holds both, so a
/// query for "budget" finds "ontwikkelbudget" through the index-side part, while a query for
/// "ontwikkelbudget" matches the whole word.
/// </summary>
public sealed class DutchAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Function words of cao prose that Snowball's list (DutchAnalyzer's default set) lacks.</summary>
    public static readonly IReadOnlyList<string> CaoStopWords = ["indien", "alsmede", "hetgeen", "welke", "waarbij", "danwel"];

    private static readonly Lazy<CharArraySet> StopSetInstance = new(() =>
    {
        var set = new CharArraySet(Version, LuceneDutch.DefaultStopSet.Count + CaoStopWords.Count, ignoreCase: false);
        foreach (var w in LuceneDutch.DefaultStopSet) set.Add(w.ToString()!);
        foreach (var w in CaoStopWords) set.Add(w);
        return set.AsReadOnly();
    });

    private static readonly Lazy<StemmerOverrideFilter.StemmerOverrideMap> OverridesInstance = new(() =>
    {
        using var r = EmbeddedData.Open("stemoverrides.txt");
        return LoadOverrides(r);
    });

    private static readonly Lazy<SynonymMap> SynonymsInstance = new(() =>
    {
        using var r = EmbeddedData.Open("synonyms.txt");
        return LoadSynonyms(r);
    });

    /// <summary>DutchAnalyzer's stop set (Snowball's 101 words) plus <see cref="CaoStopWords"/>.</summary>
    public static CharArraySet StopWords => StopSetInstance.Value;

    public static StemmerOverrideFilter.StemmerOverrideMap DefaultOverrides => OverridesInstance.Value;

    public static SynonymMap DefaultSynonyms => SynonymsInstance.Value;

    private readonly bool _synonyms;
    private readonly bool _decompound;
    private readonly bool _originalsOnly;
    private readonly CompoundDictionary? _compounds;
    private readonly SynonymMap? _synonymMap;

    private DutchAnalyzer(bool synonyms, bool decompound, bool originalsOnly, CompoundDictionary? compounds, SynonymMap? synonymMap)
    {
        _synonyms = synonyms;
        _decompound = decompound;
        _originalsOnly = originalsOnly;
        _compounds = compounds;
        _synonymMap = synonymMap;
    }

    /// <summary>The index chain: synonyms and compound parts as expansions.</summary>
    public static DutchAnalyzer ForIndex(CompoundDictionary? compounds = null, SynonymMap? synonyms = null) =>
        new(true, true, false, compounds, synonyms);

    /// <summary>The index chain without parts: the words of the text and their synonyms (for whole-word ranking).</summary>
    public static DutchAnalyzer ForOriginals() => new(true, false, true, null, null);

    /// <param name="expandSynonyms">Also expand synonyms in the query (not needed when the index was built with <see cref="ForIndex"/>).</param>
    /// <param name="decompound">Also split query compounds (widens the query: ontwikkelbudget would then also match any "budget").</param>
    public static DutchAnalyzer ForQuery(bool expandSynonyms = false, bool decompound = false, CompoundDictionary? compounds = null, SynonymMap? synonyms = null) =>
        new(expandSynonyms, decompound, false, compounds, synonyms);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new CaoTokenizer(reader);
        TokenStream s = new LowerCaseFilter(Version, source);
        s = new ASCIIFoldingFilter(s);
        if (_synonyms) s = new SynonymFilter(s, _synonymMap ?? DefaultSynonyms, ignoreCase: false);
        s = new StopFilter(Version, s, StopWords);
        if (_decompound) s = new DecompoundFilter(s, _compounds);
        s = new StemmerOverrideFilter(s, DefaultOverrides);
        s = new SnowballFilter(s, new SnowballDutch());
        s = new RemoveDuplicatesTokenFilter(s);
        if (_originalsOnly) s = new OriginalsFilter(s);
        return new TokenStreamComponents(source, s);
    }

    /// <summary>Runs the chain over a text and returns its tokens (positions absolute, offsets into the text).</summary>
    public IReadOnlyList<Token> Analyze(string text, string field = "text")
    {
        var list = new List<Token>();
        using var ts = GetTokenStream(field, text);
        var term = ts.AddAttribute<ICharTermAttribute>();
        var offset = ts.AddAttribute<IOffsetAttribute>();
        var posInc = ts.AddAttribute<IPositionIncrementAttribute>();
        var type = ts.AddAttribute<ITypeAttribute>();
        var flags = ts.AddAttribute<IFlagsAttribute>();
        ts.Reset();
        int position = -1;
        while (ts.IncrementToken())
        {
            position += posInc.PositionIncrement;
            bool synonym = type.Type == SynonymFilter.TYPE_SYNONYM;
            var tokenType = !synonym && Enum.TryParse<TokenType>(type.Type, out var tt) ? tt : TokenType.Word;
            var f = (TokenFlags)flags.Flags & TokenFlags.Expansion;
            if (synonym) f |= TokenFlags.Expansion;
            list.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, Math.Max(0, position), tokenType, f));
        }
        ts.End();
        return list;
    }

    /// <summary>Lower case and ASCII folding of one word, as the chain does (coöperatie -> cooperatie).</summary>
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        var input = lower.ToCharArray();
        var output = new char[input.Length * 4 + 4];
        int n = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, n);
    }

    [ThreadStatic] private static SnowballDutch? _stemmer;

    /// <summary>The stem of a single word: lower-cased, then the stem override or the Snowball (Tartarus) Dutch stem
    /// (which removes Dutch accents itself). Used by the CLI's analyze --stem and by prefix queries.</summary>
    public static string Stem(string word)
    {
        var term = word.Trim().ToLowerInvariant();
        if (term.Length == 0) return term;
        var fst = DefaultOverrides.GetBytesReader();
        var arc = new Lucene.Net.Util.Fst.FST.Arc<BytesRef>();
        var chars = term.ToCharArray();
        if (DefaultOverrides.Get(chars, chars.Length, arc, fst) is { } stem) return stem.Utf8ToString();
        var s = _stemmer ??= new SnowballDutch();
        s.SetCurrent(term);
        s.Stem();
        return s.Current;
    }

    public static StemmerOverrideFilter.StemmerOverrideMap LoadOverrides(TextReader reader)
    {
        var b = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var line in EmbeddedData.Lines(reader))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) throw new FormatException($"Stem override line must be 'word stem': '{line}'");
            b.Add(Fold(parts[0]), Fold(parts[1]));
        }
        return b.Build();
    }

    /// <summary>Synonyms in Solr format (comma-separated equivalents, or "a, b => c"; '#' comments), entries analysed by our
    /// tokenizer, lower case and folding (the text chain up to the synonym filter, without hyphen parts).</summary>
    public static SynonymMap LoadSynonyms(TextReader reader)
    {
        using var entryAnalyzer = new EntryAnalyzer();
        var parser = new SolrFormatParser(entryAnalyzer);
        parser.Parse(reader);
        return parser.Build();
    }

    /// <summary>
    /// Reads the Solr synonym format into Lucene's SynonymMap, keeping the original token. Hand-written
    /// (see README): SolrSynonymParser's expand mode replaces the matched word by a typeless copy of
    /// itself, which loses our token type and flags, so the word would no longer be split into compound
    /// parts nor rank as the text's own word. No escapes ("\,") are supported.
    /// </summary>
    private sealed class SolrFormatParser(Analyzer analyzer) : SynonymMap.Parser(true, analyzer)
    {
        public override void Parse(TextReader reader)
        {
            foreach (var line in EmbeddedData.Lines(reader))
            {
                var arrow = line.IndexOf("=>", StringComparison.Ordinal);
                var inputs = Entries(arrow < 0 ? line : line[..arrow]);
                var outputs = arrow < 0 ? inputs : Entries(line[(arrow + 2)..]);
                if (inputs.Count == 0 || outputs.Count == 0 || (arrow < 0 && inputs.Count < 2))
                    throw new FormatException($"A synonym line needs at least two entries: '{line}'");
                foreach (var i in inputs)
                    foreach (var o in outputs)
                        if (!o.Equals(i)) Add(i, o, includeOrig: true);
            }
        }

        private List<CharsRef> Entries(string part) => part.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => Analyze(e, new CharsRef())).Where(c => c.Length > 0).ToList();
    }

    private sealed class EntryAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new CaoTokenizer(reader, originalsOnly: true);
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(Version, source)));
        }
    }

    /// <summary>Drops the parts (compound, hyphen and date parts) and keeps the words and their synonyms: a synonym
    /// is the same word in other words (llo = leven lang ontwikkelen), a part is only part of one. Positions keep their gaps.</summary>
    private sealed class OriginalsFilter(TokenStream input) : FilteringTokenFilter(Version, input)
    {
        private readonly IFlagsAttribute _flags = input.AddAttribute<IFlagsAttribute>();
        private readonly ITypeAttribute _type = input.AddAttribute<ITypeAttribute>();

        protected override bool Accept() =>
            (_flags.Flags & (int)TokenFlags.Expansion) == 0 || _type.Type == SynonymFilter.TYPE_SYNONYM;
    }
}
