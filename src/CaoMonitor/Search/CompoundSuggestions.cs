using CaoMonitor.Storage;
using Lucene.Net.Index;

namespace CaoMonitor.Search;

/// <summary>
/// "Bedoelt u …?" for a query without hits: one word split into two known words ("loopbaanbudget" →
/// "loopbaan budget", a linking s dropped: "scholingsbudget" → "scholing budget"), or two adjacent
/// words joined ("loop baan" → "loopbaan"). A candidate counts only when its words occur in the index
/// as whole words, and it is offered only when the search with it (same filters) has hits.
/// </summary>
internal static class CompoundSuggestions
{
    /// <summary>Searches tried at most, best-supported candidates first.</summary>
    public const int MaxTries = 6;
    public const int MinPart = 3;

    public static SearchSuggestion? Find(CaoStore store, SearchRequest request)
    {
        AndNode root;
        try { root = QueryParser.Parse(request.Query); }
        catch (QuerySyntaxException) { return null; }
        var words = root.Items.OfType<WordNode>().ToList();
        if (words.Count == 0) return null;
        var query = request.Query;
        var candidates = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var view = IndexReaders.Open(store))
        {
            if (view is null) return null;
            var known = new Dictionary<string, long>(StringComparer.Ordinal);
            long Frequency(string raw)
            {
                if (known.TryGetValue(raw, out var f)) return f;
                var terms = QueryCompiler.Words(raw);
                f = terms.Count == 1 && terms[0].Parts is null ? view.Reader.DocFreq(new Term(SearchSchema.Word, terms[0].Term)) : 0;
                return known[raw] = f;
            }
            string Replace(int start, int end, string with) => query[..start] + with + query[end..];
            void Add(string candidate, long weight)
            {
                if (weight > 0 && candidate != query) candidates[candidate] = Math.Max(weight, candidates.GetValueOrDefault(candidate));
            }

            foreach (var w in words)
            {
                var raw = w.Raw;
                if (raw.Length < 2 * MinPart || !raw.All(char.IsLetter)) continue;
                for (int i = MinPart; i <= raw.Length - MinPart; i++)
                {
                    var right = raw[i..];
                    long fr = Frequency(right);
                    if (fr == 0) continue;
                    foreach (var left in LinkingForms(raw[..i]))
                        Add(Replace(w.Position, w.Position + raw.Length, left + " " + right), Math.Min(Frequency(left), fr));
                }
            }
            for (int k = 0; k + 1 < words.Count; k++)
            {
                var (a, b) = (words[k], words[k + 1]);
                int end = a.Position + a.Raw.Length;
                if (b.Position <= end || !query[end..b.Position].All(char.IsWhiteSpace)) continue;
                if (!a.Raw.All(char.IsLetter) || !b.Raw.All(char.IsLetter)) continue;
                foreach (var joined in new[] { a.Raw + b.Raw, a.Raw + "s" + b.Raw })
                    Add(Replace(a.Position, b.Position + b.Raw.Length, joined), Frequency(joined));
            }
        }
        var searcher = new Searcher(store);
        foreach (var (candidate, _) in candidates.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(MaxTries))
        {
            try
            {
                var r = searcher.Search(request with { Query = candidate, Suggest = false, Page = 1, Size = 1, Facets = false });
                if (r.Total > 0) return new SearchSuggestion(candidate, r.Total);
            }
            catch (SearchException) { }
        }
        return null;
    }

    /// <summary>The left part as written, and without a Dutch linking s or e ("scholings" → "scholing").</summary>
    private static IEnumerable<string> LinkingForms(string left)
    {
        yield return left;
        if (left.Length > MinPart && left[^1] is 's' or 'e') yield return left[..^1];
    }
}
