namespace CaoMonitor.Analysis;

/// <summary>
/// Adds the parts of known compounds as expansions at the same position as the whole word
/// (scholingsbudget -> scholingsbudget, +scholing, +budget), so a search for "budget" finds
/// the compound while the whole word itself still matches best. Runs on lower-cased, folded,
/// unstemmed terms; the parts are stemmed later like any word.
/// </summary>
public sealed class DecompoundFilter(CompoundDictionary? dictionary = null) : ITokenFilter
{
    private readonly CompoundDictionary _dict = dictionary ?? CompoundDictionary.Default;

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var t in tokens)
        {
            yield return t;
            if (t.Type != TokenType.Word || t.IsKeyword || !_dict.TrySplit(t.Term, out var parts)) continue;
            // Offsets of a part are exact only when the term still has the length of the original
            // text (no apostrophe removed, no ligature unfolded); otherwise the part highlights the whole word.
            bool exact = t.End - t.Start == t.Term.Length;
            foreach (var (start, length) in parts)
            {
                yield return t with
                {
                    Term = t.Term.Substring(start, length),
                    Start = exact ? t.Start + start : t.Start,
                    End = exact ? t.Start + start + length : t.End,
                    Flags = t.Flags | TokenFlags.Expansion,
                };
            }
        }
    }
}
