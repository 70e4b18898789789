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

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        var list = tokens as IReadOnlyList<Token> ?? tokens.ToList();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal); // stems are costly; text repeats
        var byPosition = new Dictionary<int, List<int>>();
        for (int i = 0; i < list.Count; i++)
        {
            if (!byPosition.TryGetValue(list[i].Position, out var at)) byPosition[list[i].Position] = at = new List<int>(2);
            at.Add(i);
        }
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
                if (!Matches(list, byPosition, t, phrase, out int end)) continue;
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

        bool Matches(IReadOnlyList<Token> all, Dictionary<int, List<int>> index, Token first, SynonymMap.Phrase phrase, out int end)
        {
            end = first.End;
            for (int k = 1; k < phrase.Keys.Length; k++)
            {
                if (!index.TryGetValue(first.Position + k, out var at)) return false;
                int found = -1;
                foreach (var j in at)
                    if (Key(all[j].Term) == phrase.Keys[k]) { found = j; break; }
                if (found < 0) return false;
                end = Math.Max(end, all[found].End);
            }
            return true;
        }
    }
}
