using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CaoMonitor.Analysis;

/// <summary>
/// Adds the parts of known compounds at the same position as the whole word, flagged
/// <see cref="TokenFlags.Expansion"/> (scholingsbudget -> scholingsbudget, +scholing, +budget), so a
/// search for "budget" finds the compound while the whole word still matches best.
/// Hand-written (see README): Analysis.Common's DictionaryCompoundWordTokenFilter emits every
/// dictionary word found anywhere inside a word (bestuur -> uur) and knows no linking letters,
/// protected words or corpus frequencies; <see cref="CompoundDictionary"/> does.
/// Runs on lower-cased, folded, unstemmed terms; the parts are stemmed later like any word.
/// </summary>
public sealed class DecompoundFilter : TokenFilter
{
    private readonly CompoundDictionary _dict;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _posInc;
    private readonly ITypeAttribute _type;
    private readonly IFlagsAttribute _flags;
    private readonly IKeywordAttribute _keyword;
    private readonly Queue<(string Term, int Start, int End)> _parts = new();
    private AttributeSource.State? _state;

    public DecompoundFilter(TokenStream input, CompoundDictionary? dictionary = null) : base(input)
    {
        _dict = dictionary ?? CompoundDictionary.Default;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_parts.Count > 0)
        {
            RestoreState(_state);
            var (term, start, end) = _parts.Dequeue();
            _term.SetEmpty().Append(term);
            _offset.SetOffset(start, end);
            _posInc.PositionIncrement = 0;
            _flags.Flags |= (int)TokenFlags.Expansion;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword || _type.Type != nameof(TokenType.Word)) return true;
        var word = _term.ToString();
        if (!_dict.TrySplit(word, out var parts)) return true;
        // Offsets of a part are exact only when the term still has the length of the original
        // text (no apostrophe removed); otherwise the part highlights the whole word.
        int s = _offset.StartOffset, e = _offset.EndOffset;
        bool exact = e - s == word.Length;
        foreach (var (start, length) in parts)
            _parts.Enqueue((word.Substring(start, length), exact ? s + start : s, exact ? s + start + length : e));
        _state = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _parts.Clear();
        _state = null;
    }
}
