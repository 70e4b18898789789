namespace CaoMonitor.Analysis;

/// <summary>
/// Adds synonyms as expansions at the position of the matched word or of the first word of the
/// matched phrase. A single word expands into every other entry of its group; a multi-word entry
/// is emitted as its separate words, all at that one position (vwnw -> +van +werk +naar at vwnw's
/// position). A matched phrase gets the other entries at its first position, spanning the whole
/// phrase in the original text. Runs before the stop filter, so phrases containing stop words match.
/// Phrases may match across hyphen parts (van-werk-naar-werk), since parts take consecutive positions.
/// </summary>
public sealed class SynonymFilter(SynonymMap? map = null) : ITokenFilter
{
    private readonly SynonymMap _map = map ?? SynonymMap.Default;

    // Tokens of one position and the next few follow each other in the stream (positions never
    // go back), so the rest of a phrase is searched in a short window after its first word.
    private const int LookAheadTokens = 64;

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        var list = tokens as IReadOnlyList<Token> ?? tokens.ToList();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal); // stems are costly; text repeats
        var emitted = new HashSet<(int, string)>();
        var expansions = new List<Token>();

        for (int i = 0; i < list.Count; i++)
        {
            var t = list[i];
            yield return t;
            if (t.Type is TokenType.Amount or TokenType.Percentage or TokenType.Date or TokenType.Number) continue;
            if (!_map.TryGetCandidates(Key(t.Term), out var candidates)) continue;

            expansions.Clear();
            foreach (var (phrase, group) in candidates)
            {
                if (!Matches(list, i, phrase, out int end)) continue;
                foreach (var other in _map.Group(group))
                {
                    if (ReferenceEquals(other, phrase)) continue;
                    foreach (var term in other.Terms)
                    {
                        if (term == t.Term || !emitted.Add((t.Position, term))) continue;
                        expansions.Add(new Token(term, t.Start, end, t.Position, TokenType.Word, TokenFlags.Expansion));
                    }
                }
            }
            foreach (var e in expansions) yield return e;
        }

        string Key(string term)
        {
            if (!keys.TryGetValue(term, out var k)) keys[term] = k = _map.KeyOf(term);
            return k;
        }

        bool Matches(IReadOnlyList<Token> all, int first, SynonymMap.Phrase phrase, out int end)
        {
            end = all[first].End;
            int position = all[first].Position;
            int limit = Math.Min(all.Count, first + 1 + LookAheadTokens);
            for (int k = 1; k < phrase.Keys.Length; k++)
            {
                bool found = false;
                for (int j = first + 1; j < limit && all[j].Position <= position + k; j++)
                {
                    if (all[j].Position == position + k && Key(all[j].Term) == phrase.Keys[k])
                    {
                        end = Math.Max(end, all[j].End);
                        found = true;
                        break;
                    }
                }
                if (!found) return false;
            }
            return true;
        }
    }
}
