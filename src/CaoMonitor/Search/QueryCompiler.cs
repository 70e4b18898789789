using System.Globalization;
using System.Text;
using CaoMonitor.Analysis;
using CaoMonitor.Domain;

namespace CaoMonitor.Search;

/// <summary>A filter on the document or clause of a hit; values of one filter are alternatives (OR).</summary>
public sealed record SearchFilter(string Name, IReadOnlyList<string> Values, bool Negated = false, int Position = -1);

/// <summary>
/// A query ready to run: the FTS5 MATCH expression (built only from analyser terms, each quoted),
/// the filters, and what to highlight.
/// </summary>
public sealed record CompiledQuery(string Fts, IReadOnlyList<SearchFilter> Filters, IReadOnlySet<string> HighlightTerms,
    IReadOnlyList<string> HighlightPrefixes, int TermCount);

/// <summary>
/// Turns the parsed query into an FTS5 expression. User text never reaches FTS5 directly: every
/// word goes through <see cref="DutchAnalyzer.ForQuery"/> and comes out as quoted analyser terms.
/// Words match any column (title, body, parts); phrases and NEAR only the positional columns.
/// </summary>
public static class QueryCompiler
{
    public const int MaxTerms = 32;
    public const int MinPrefixLength = 2;

    private static readonly DutchAnalyzer Analyzer = DutchAnalyzer.ForQuery();

    public static CompiledQuery Compile(string query)
    {
        var root = QueryParser.Parse(query);
        var c = new Context();
        var filters = new List<SearchFilter>();
        var text = new List<QueryNode>();
        foreach (var item in root.Items)
        {
            if (AsFilter(item) is { } f) filters.Add(f);
            else text.Add(item);
        }
        var fts = c.CompileAnd(text, 0, topLevel: true);
        if (fts is null)
            throw new QuerySyntaxException(text.Count == 0
                ? "the query needs at least one word to search for (filters alone are not a search)"
                : "the query has no searchable words (only stop words or punctuation)", 0);
        return new CompiledQuery(fts, filters, c.Highlight, c.Prefixes, c.Terms);
    }

    /// <summary>A top-level filter, an OR of filters of one name, or a negated one of those.</summary>
    private static SearchFilter? AsFilter(QueryNode n)
    {
        bool negated = false;
        int pos = n.Position;
        if (n is NotNode { Inner: var inner } && (inner is FilterNode || inner is OrNode o0 && o0.Items.Any(x => x is FilterNode)))
        { negated = true; n = inner; }
        switch (n)
        {
            case FilterNode f:
                return Validate(new SearchFilter(f.Name, [f.Value], negated, pos));
            case OrNode o when o.Items.Any(x => x is FilterNode):
                if (!o.Items.All(x => x is FilterNode) || o.Items.Cast<FilterNode>().Select(f => f.Name).Distinct().Count() > 1)
                    throw new QuerySyntaxException("OR can join filters only with filters of the same name (sector:a OR sector:b)", o.Position);
                var fs = o.Items.Cast<FilterNode>().ToList();
                return Validate(new SearchFilter(fs[0].Name, fs.Select(f => f.Value).ToList(), negated, pos));
            default:
                return null;
        }
    }

    /// <summary>Checks and normalises filter values (also for filters given as CLI options).</summary>
    public static SearchFilter Validate(SearchFilter f)
    {
        var values = new List<string>();
        foreach (var raw in f.Values)
        {
            var v = raw.Trim();
            switch (f.Name)
            {
                case "jaar":
                    if (!int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1900 || y > 2200)
                        throw new QuerySyntaxException($"jaar: needs a year such as 2025, not '{v}'", Math.Max(0, f.Position));
                    values.Add(y.ToString(CultureInfo.InvariantCulture));
                    break;
                case "type":
                    values.Add((DocumentTypes.Parse(v) ?? throw new QuerySyntaxException($"type: must be sector, company or policy, not '{v}'", Math.Max(0, f.Position))).Code());
                    break;
                case "categorie":
                    var code = v.ToUpperInvariant();
                    if (code.Length == 0 || !code.All(ch => char.IsAsciiLetterUpper(ch) || ch is '.' or '_'))
                        throw new QuerySyntaxException($"categorie: needs a label code such as VWNW or LLO.BUDGET, not '{v}'", Math.Max(0, f.Position));
                    values.Add(code.TrimEnd('.'));
                    break;
                case "sector" or "cao":
                    if (v.Length == 0) throw new QuerySyntaxException($"{f.Name}: needs a value", Math.Max(0, f.Position));
                    values.Add(v);
                    break;
                default:
                    throw new QuerySyntaxException($"unknown filter '{f.Name}:'", Math.Max(0, f.Position));
            }
        }
        return f with { Values = values };
    }

    private sealed class Context
    {
        public readonly HashSet<string> Highlight = new(StringComparer.Ordinal);
        public readonly List<string> Prefixes = [];
        public int Terms;
        private int _negated;

        private void Count(int n, int pos)
        {
            Terms += n;
            if (Terms > MaxTerms) throw new QuerySyntaxException($"the query has more than {MaxTerms} search terms", pos);
        }

        private void Mark(IEnumerable<string> terms)
        {
            if (_negated > 0) return;
            foreach (var t in terms) if (t != SearchSchema.Gap) Highlight.Add(t);
        }

        public string? CompileAnd(IReadOnlyList<QueryNode> items, int pos, bool topLevel = false)
        {
            var positives = new List<string>();
            var negatives = new List<string>();
            int firstNegative = -1;
            // Adjacent plain words are analysed as one text, so multi-word forms (€ 1.500, 1 januari 2025, art. 5.3) stay one term.
            var run = new List<WordNode>();
            void FlushRun()
            {
                if (run.Count == 0) return;
                var text = string.Join(' ', run.Select(w => w.Raw));
                foreach (var (term, parts) in Words(text))
                {
                    var whole = Term(term, run[0].Position);
                    if (parts is null) { positives.Add(whole); continue; }
                    // A hyphenated word also matches its parts written apart (O&O-fonds / O&O fonds).
                    Count(parts.Count(t => t != SearchSchema.Gap), run[0].Position);
                    Mark(parts);
                    positives.Add($"({whole} OR {SearchSchema.PositionalColumns} : {TermSerializer.QuotePhrase(parts)})");
                }
                run.Clear();
            }
            foreach (var item in items)
            {
                if (item is WordNode w) { run.Add(w); continue; }
                FlushRun();
                if (item is FilterNode or NotNode { Inner: FilterNode })
                    throw new QuerySyntaxException(topLevel ? "filters cannot be combined with OR and words" : "filters cannot be inside parentheses", item.Position);
                if (item is NotNode not)
                {
                    _negated++;
                    var inner = Compile(not.Inner);
                    _negated--;
                    if (inner is not null) { negatives.Add(inner); if (firstNegative < 0) firstNegative = not.Position; }
                }
                else if (Compile(item) is { } s) positives.Add(s);
            }
            FlushRun();
            if (positives.Count == 0)
            {
                if (negatives.Count > 0)
                    throw new QuerySyntaxException("a query (or group) cannot consist only of excluded words", firstNegative);
                return null;
            }
            var sb = new StringBuilder();
            sb.Append(positives.Count == 1 ? positives[0] : "(" + string.Join(" AND ", positives) + ")");
            if (negatives.Count > 0) sb.Append(" NOT (").Append(string.Join(" OR ", negatives)).Append(')');
            return negatives.Count > 0 ? "(" + sb + ")" : sb.ToString();
        }

        private string? Compile(QueryNode n) => n switch
        {
            WordNode w => CompileAnd([w], w.Position),
            AndNode a => CompileAnd(a.Items, a.Position),
            OrNode o => CompileOr(o),
            PrefixNode p => CompilePrefix(p),
            PhraseNode ph => CompilePhrase(ph),
            NearNode near => CompileNear(near),
            FilterNode f => throw new QuerySyntaxException("filters cannot be inside parentheses or OR with words", f.Position),
            NotNode not => throw new QuerySyntaxException("an excluded term cannot stand here", not.Position),
            _ => throw new QuerySyntaxException("unexpected query element", n.Position),
        };

        private string? CompileOr(OrNode o)
        {
            var parts = o.Items.Select(Compile).OfType<string>().ToList();
            return parts.Count switch { 0 => null, 1 => parts[0], _ => "(" + string.Join(" OR ", parts) + ")" };
        }

        private string Term(string term, int pos)
        {
            Count(1, pos);
            Mark([term]);
            return TermSerializer.Quote(term);
        }

        private string? CompilePrefix(PrefixNode p)
        {
            var folded = DiacriticFoldingFilter.Fold(p.Raw.ToLowerInvariant());
            if (!folded.All(ch => char.IsLetterOrDigit(ch) || ch is '.' or ',' or '%' or '&' or '-') || folded.Length < MinPrefixLength)
                throw new QuerySyntaxException($"a prefix needs at least {MinPrefixLength} letters or digits before '*'", p.Position);
            // Index terms are stems: "opleidingen*" must also try the stem "opleid*".
            var stem = DutchAnalyzer.Stem(folded);
            var alternatives = new List<string> { folded };
            if (stem != folded && stem.Length >= MinPrefixLength && !folded.StartsWith(stem, StringComparison.Ordinal)) alternatives.Add(stem);
            else if (stem != folded && stem.Length >= MinPrefixLength) alternatives[0] = stem;
            Count(alternatives.Count, p.Position);
            if (_negated == 0) Prefixes.AddRange(alternatives);
            var fts = alternatives.Select(a => TermSerializer.Quote(a) + "*").ToList();
            return fts.Count == 1 ? fts[0] : "(" + string.Join(" OR ", fts) + ")";
        }

        private List<string> PhraseTerms(string raw) =>
            TermSerializer.TrimGaps(TermSerializer.Serialise(Analyzer.Analyze(raw)).Positional);

        private string? CompilePhrase(PhraseNode ph)
        {
            var terms = PhraseTerms(ph.Raw);
            if (terms.Count == 0) return null;
            Count(terms.Count(t => t != SearchSchema.Gap), ph.Position);
            Mark(terms);
            return SearchSchema.PositionalColumns + " : " + TermSerializer.QuotePhrase(terms);
        }

        private string? CompileNear(NearNode near)
        {
            var phrases = new List<string>();
            foreach (var item in near.Items)
            {
                var raw = item switch { WordNode w => w.Raw, PhraseNode p => p.Raw, _ => "" };
                var terms = PhraseTerms(raw);
                if (terms.Count == 0) continue;
                Count(terms.Count(t => t != SearchSchema.Gap), item.Position);
                Mark(terms);
                phrases.Add(TermSerializer.QuotePhrase(terms));
            }
            if (phrases.Count == 0) return null;
            if (phrases.Count == 1) return SearchSchema.PositionalColumns + " : " + phrases[0];
            return SearchSchema.PositionalColumns + " : NEAR(" + string.Join(' ', phrases) + ", " +
                near.Distance.ToString(CultureInfo.InvariantCulture) + ")";
        }
    }

    /// <summary>
    /// The terms of the words themselves, each with the phrase of its hyphen parts when it has
    /// them (date parts are left out: the whole date term is what the index holds in the text).
    /// </summary>
    internal static List<(string Term, List<string>? Parts)> Words(string text)
    {
        var tokens = Analyzer.Analyze(text);
        var result = new List<(string, List<string>?)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsExpansion) continue;
            int j = i + 1;
            while (j < tokens.Count && tokens[j].IsExpansion) j++;
            List<string>? parts = null;
            if (t.Type == TokenType.Word && j > i + 1 && tokens[j - 1].Position > t.Position)
            {
                var p = TermSerializer.TrimGaps(TermSerializer.Serialise(tokens.Skip(i + 1).Take(j - i - 1).ToList()).Positional);
                if (p.Count > 1) parts = p;
            }
            if (seen.Add(t.Term)) result.Add((t.Term, parts));
        }
        return result;
    }
}
