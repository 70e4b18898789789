using Lucene.Net.Analysis.TokenAttributes;
using LuceneTokenizer = Lucene.Net.Analysis.Tokenizer;

namespace CaoMonitor.Analysis;

/// <summary>
/// Our cao-aware <see cref="Tokenizer"/> as a Lucene tokenizer: Lucene's StandardTokenizer breaks
/// "€ 1.500,-", "artikel 7:668a" and "van-werk-naar-werk" apart, ours keeps amounts, dates, article
/// references and abbreviations whole and stacks hyphen parts on the hyphenated word.
/// Sets term, offsets, position increment, type (<see cref="TokenType"/> name), flags
/// (<see cref="TokenFlags.Expansion"/>) and marks every non-word as keyword so the stemmer skips it.
/// </summary>
public sealed class CaoTokenizer : LuceneTokenizer
{
    /// <summary>Text beyond this is not analysed (a clause is far shorter; this guards the index against garbage).</summary>
    public const int MaxChars = 1_000_000;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _posInc;
    private readonly ITypeAttribute _type;
    private readonly IFlagsAttribute _flags;
    private readonly IKeywordAttribute _keyword;
    private readonly bool _originalsOnly;
    private IEnumerator<Token>? _tokens;
    private int _lastPosition;
    private int _count;
    private int _finalOffset;

    /// <param name="originalsOnly">Leave out expansions (hyphen and date parts) and number positions one by one:
    /// for the synonym parser, which wants a linear chain.</param>
    public CaoTokenizer(TextReader input, bool originalsOnly = false) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _originalsOnly = originalsOnly;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_tokens is null)
        {
            var buffer = new char[4096];
            var sb = new System.Text.StringBuilder();
            int n;
            while (sb.Length < MaxChars && (n = m_input.Read(buffer, 0, buffer.Length)) > 0) sb.Append(buffer, 0, n);
            if (sb.Length > MaxChars) sb.Length = MaxChars;
            _finalOffset = CorrectOffset(sb.Length);
            _tokens = new Tokenizer().Tokenize(sb.ToString()).GetEnumerator();
            _lastPosition = -1;
        }
        while (_tokens.MoveNext())
        {
            var t = _tokens.Current;
            if (_originalsOnly && t.IsExpansion) continue;
            _term.SetEmpty().Append(t.Term);
            _offset.SetOffset(CorrectOffset(t.Start), CorrectOffset(t.End));
            int position = _originalsOnly ? _count : t.Position;
            _posInc.PositionIncrement = position - _lastPosition;
            _lastPosition = position;
            _count++;
            _type.Type = t.Type.ToString();
            _flags.Flags = (int)t.Flags;
            _keyword.IsKeyword = t.Type != TokenType.Word;
            return true;
        }
        return false;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        _tokens = null;
        _count = 0;
        _finalOffset = 0;
    }
}
