using System.Globalization;
using CaoMonitor.Analysis;
using CaoMonitor.Domain;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace CaoMonitor.Search;

/// <summary>A filter on the document or clause of a hit; values of one filter are alternatives (OR).</summary>
public sealed record SearchFilter(string Name, IReadOnlyList<string> Values, bool Negated = false, int Position = -1);

/// <summary>
/// A query ready to run: Lucene query objects built from analyser terms (never from a query
/// string), the filters, and the number of search terms. No Lucene type leaves Search/.
/// </summary>
public sealed class CompiledQuery
{
    internal CompiledQuery(Query match, Query own, IReadOnlyList<SearchFilter> filters, int termCount)
    {
        Match = match;
        Own = own;
        Filters = filters;
        TermCount = termCount;
        var ranked = new BooleanQuery { { match, Occur.MUST } };
        var ownContent = new BooleanQuery { { own, Occur.MUST }, { new TermQuery(new Term(SearchSchema.Heading, "1")), Occur.MUST_NOT } };
        ranked.Add(new ConstantScoreQuery(ownContent) { Boost = SearchSchema.OwnTextTier }, Occur.SHOULD);
        Ranked = ranked;
    }

    /// <summary>Filters without words: every lid with content (bare headings left out), unscored, for browsing.</summary>
    private CompiledQuery(IReadOnlyList<SearchFilter> filters)
    {
        var content = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { new TermQuery(new Term(SearchSchema.Heading, "1")), Occur.MUST_NOT } };
        Match = Own = Ranked = new ConstantScoreQuery(content);
        Filters = filters;
        IsBrowse = true;
    }

    internal static CompiledQuery Browse(IReadOnlyList<SearchFilter> filters) => new(filters);

    /// <summary>No words, only filters: the hits are everything the filters allow, in reading order rather than by relevance.</summary>
    public bool IsBrowse { get; }

    /// <summary>What matches, scored: each term over the lid's words, all its tokens and its title.</summary>
    internal Query Match { get; }

    /// <summary>The same expression over the lid's own text only (no title): what makes a lid content.</summary>
    internal Query Own { get; }

    /// <summary><see cref="Match"/> with <see cref="SearchSchema.OwnTextTier"/> added where the lid's own words match and it is not a bare heading.</summary>
    internal Query Ranked { get; }

    public IReadOnlyList<SearchFilter> Filters { get; }

    public int TermCount { get; }

    /// <summary>The own-text expression in Lucene's notation, e.g. <c>+werknemer +scholing</c>.</summary>
    public override string ToString() => Own.ToString(SearchSchema.Text);
}

/// <summary>
/// Turns the parsed query into Lucene queries. User text never reaches Lucene as a query string:
/// every word goes through <see cref="DutchAnalyzer.ForQuery"/> and comes out as TermQuery,
/// PhraseQuery, SpanNearQuery and PrefixQuery objects.
/// </summary>
public static class QueryCompiler
{
    public const int MaxTerms = 32;
    public const int MinPrefixLength = 2;

    private static readonly DutchAnalyzer Analyzer = DutchAnalyzer.ForQuery();

    /// <summary>
    /// Compiles a query. Without words it browses when it has filters, or when <paramref name="filtersGiven"/>
    /// says the caller adds filters of its own (the page's facets, the CLI's options).
    /// </summary>
    public static CompiledQuery Compile(string query, bool filtersGiven = false)
    {
        var root = QueryParser.Parse(query);
        var filters = new List<SearchFilter>();
        var text = new List<QueryNode>();
        foreach (var item in root.Items)
        {
            if (AsFilter(item) is { } f) filters.Add(f);
            else text.Add(item);
        }
        if (text.Count == 0)
        {
            if (filters.Count > 0 || filtersGiven) return CompiledQuery.Browse(filters);
            throw new QuerySyntaxException("de zoekvraag heeft minstens één zoekwoord of filter nodig", 0);
        }
        var all = new Context(Tier.Match);
        var match = all.CompileAnd(text, 0, topLevel: true);
        if (match is null)
            throw new QuerySyntaxException("de zoekvraag heeft geen doorzoekbare woorden (alleen stopwoorden of leestekens)", 0);
        var own = new Context(Tier.Own).CompileAnd(text, 0, topLevel: true)!;
        return new CompiledQuery(match, own, filters, all.Terms);
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
                    throw new QuerySyntaxException("OR verbindt filters alleen met filters van dezelfde naam (sector:a OR sector:b)", o.Position);
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
                        throw new QuerySyntaxException($"jaar: vraagt een jaartal zoals 2025, niet '{v}'", Math.Max(0, f.Position));
                    values.Add(y.ToString(CultureInfo.InvariantCulture));
                    break;
                case "type":
                    values.Add((DocumentTypes.Parse(v) ?? throw new QuerySyntaxException($"type: moet sector, company of policy zijn, niet '{v}'", Math.Max(0, f.Position))).Code());
                    break;
                case "categorie":
                    var code = v.ToUpperInvariant();
                    if (code.Length == 0 || !code.All(ch => char.IsAsciiLetterUpper(ch) || ch is '.' or '_'))
                        throw new QuerySyntaxException($"categorie: vraagt een labelcode zoals VWNW of LLO.BUDGET, niet '{v}'", Math.Max(0, f.Position));
                    values.Add(code.TrimEnd('.'));
                    break;
                case "sector" or "cao":
                    if (v.Length == 0) throw new QuerySyntaxException($"{f.Name}: heeft een waarde nodig", Math.Max(0, f.Position));
                    values.Add(v);
                    break;
                default:
                    throw new QuerySyntaxException($"onbekend filter '{f.Name}:'", Math.Max(0, f.Position));
            }
        }
        return f with { Values = values };
    }

    private enum Tier { Match, Own }

    private sealed class Context(Tier tier)
    {
        public int Terms;

        private void Count(int n, int pos)
        {
            Terms += n;
            if (Terms > MaxTerms) throw new QuerySyntaxException($"de zoekvraag heeft meer dan {MaxTerms} zoektermen", pos);
        }

        public Query? CompileAnd(IReadOnlyList<QueryNode> items, int pos, bool topLevel = false)
        {
            var positives = new List<Query>();
            var negatives = new List<Query>();
            int firstNegative = -1;
            // Adjacent plain words are analysed as one text, so multi-word forms (€ 1.500, 1 januari 2025, art. 5.3) stay one term.
            var run = new List<WordNode>();
            void FlushRun()
            {
                if (run.Count == 0) return;
                var text = string.Join(' ', run.Select(w => w.Raw));
                foreach (var (term, parts) in Words(text))
                {
                    Count(1, run[0].Position);
                    var whole = TermClause(term);
                    if (parts is null) { positives.Add(whole); continue; }
                    // A hyphenated word also matches its parts written apart (O&O-fonds / O&O fonds).
                    Count(parts.Count, run[0].Position);
                    positives.Add(Or([whole, PhraseClause(parts)]));
                }
                run.Clear();
            }
            foreach (var item in items)
            {
                if (item is WordNode w) { run.Add(w); continue; }
                FlushRun();
                if (item is FilterNode or NotNode { Inner: FilterNode })
                    throw new QuerySyntaxException(topLevel ? "filters kunnen niet met OR en woorden worden gecombineerd" : "filters kunnen niet tussen haakjes staan", item.Position);
                if (item is NotNode not)
                {
                    var inner = Compile(not.Inner);
                    if (inner is not null) { negatives.Add(inner); if (firstNegative < 0) firstNegative = not.Position; }
                }
                else if (Compile(item) is { } q) positives.Add(q);
            }
            FlushRun();
            if (positives.Count == 0)
            {
                if (negatives.Count > 0)
                    throw new QuerySyntaxException("een zoekvraag (of groep) kan niet alleen uit uitgesloten woorden bestaan", firstNegative);
                return null;
            }
            if (positives.Count == 1 && negatives.Count == 0) return positives[0];
            var b = new BooleanQuery();
            foreach (var p in positives) b.Add(p, Occur.MUST);
            foreach (var n in negatives) b.Add(n, Occur.MUST_NOT);
            return b;
        }

        private Query? Compile(QueryNode n) => n switch
        {
            WordNode w => CompileAnd([w], w.Position),
            AndNode a => CompileAnd(a.Items, a.Position),
            OrNode o => CompileOr(o),
            PrefixNode p => CompilePrefix(p),
            PhraseNode ph => CompilePhrase(ph),
            NearNode near => CompileNear(near),
            FilterNode f => throw new QuerySyntaxException("filters kunnen niet tussen haakjes of in OR met woorden staan", f.Position),
            NotNode not => throw new QuerySyntaxException("een uitgesloten term kan hier niet staan", not.Position),
            _ => throw new QuerySyntaxException("onverwacht onderdeel in de zoekvraag", n.Position),
        };

        private Query? CompileOr(OrNode o)
        {
            var parts = o.Items.Select(Compile).OfType<Query>().ToList();
            return parts.Count switch { 0 => null, 1 => parts[0], _ => Or(parts) };
        }

        private static BooleanQuery Or(IEnumerable<Query> queries)
        {
            var b = new BooleanQuery();
            foreach (var q in queries) b.Add(q, Occur.SHOULD);
            return b;
        }

        /// <summary>One analysed term: in the Match tier over words (whole-word match, best), all tokens
        /// (parts and synonyms, less) and the title (more); in the Own tier over the text only.</summary>
        private Query TermClause(string term)
        {
            if (tier == Tier.Own) return new TermQuery(new Term(SearchSchema.Text, term));
            return Or([
                new TermQuery(new Term(SearchSchema.Word, term)) { Boost = SearchSchema.WordBoost },
                new TermQuery(new Term(SearchSchema.Text, term)) { Boost = SearchSchema.TextBoost },
                new TermQuery(new Term(SearchSchema.Title, term)) { Boost = SearchSchema.TitleBoost },
            ]);
        }

        private Query PhraseClause(IReadOnlyList<(string Term, int Position)> terms)
        {
            if (terms.Count == 1) return TermClause(terms[0].Term);
            PhraseQuery Phrase(string field)
            {
                var p = new PhraseQuery();
                foreach (var (t, pos) in terms) p.Add(new Term(field, t), pos);
                return p;
            }
            if (tier == Tier.Own) return Phrase(SearchSchema.Text);
            var title = Phrase(SearchSchema.Title);
            title.Boost = SearchSchema.TitleBoost;
            return Or([Phrase(SearchSchema.Text), title]);
        }

        private Query CompilePrefix(PrefixNode p)
        {
            var folded = DutchAnalyzer.Fold(p.Raw);
            if (!folded.All(ch => char.IsLetterOrDigit(ch) || ch is '.' or ',' or '%' or '&' or '-') || folded.Length < MinPrefixLength)
                throw new QuerySyntaxException($"een voorvoegsel heeft minstens {MinPrefixLength} letters of cijfers vóór '*' nodig", p.Position);
            // Index terms are stems: "opleidingen*" must also try the stem "opleid*".
            var stem = DutchAnalyzer.Stem(folded);
            var alternatives = new List<string> { folded };
            if (stem != folded && stem.Length >= MinPrefixLength && !folded.StartsWith(stem, StringComparison.Ordinal)) alternatives.Add(stem);
            else if (stem != folded && stem.Length >= MinPrefixLength) alternatives[0] = stem;
            Count(alternatives.Count, p.Position);
            var queries = new List<Query>();
            foreach (var a in alternatives)
            {
                queries.Add(new PrefixQuery(new Term(SearchSchema.Text, a)));
                if (tier == Tier.Match) queries.Add(new PrefixQuery(new Term(SearchSchema.Title, a)) { Boost = SearchSchema.TitleBoost });
            }
            return queries.Count == 1 ? queries[0] : Or(queries);
        }

        private Query? CompilePhrase(PhraseNode ph)
        {
            var terms = PhraseTerms(Analyzer.Analyze(ph.Raw));
            if (terms.Count == 0) return null;
            Count(terms.Count, ph.Position);
            return PhraseClause(terms);
        }

        private Query? CompileNear(NearNode near)
        {
            var items = new List<List<(string Term, int Position)>>();
            foreach (var item in near.Items)
            {
                var raw = item switch { WordNode w => w.Raw, PhraseNode p => p.Raw, _ => "" };
                var terms = PhraseTerms(Analyzer.Analyze(raw));
                if (terms.Count == 0) continue;
                Count(terms.Count, item.Position);
                items.Add(terms);
            }
            if (items.Count == 0) return null;
            if (items.Count == 1) return PhraseClause(items[0]);
            SpanQuery Near(string field)
            {
                var spans = items.Select(terms =>
                {
                    if (terms.Count == 1) return (SpanQuery)new SpanTermQuery(new Term(field, terms[0].Term));
                    // A phrase inside NEAR: in order, its stop-word gaps as slop.
                    int gaps = terms[^1].Position - terms[0].Position - (terms.Count - 1);
                    return new SpanNearQuery(terms.Select(t => (SpanQuery)new SpanTermQuery(new Term(field, t.Term))).ToArray(), gaps, true);
                }).ToArray();
                return new SpanNearQuery(spans, near.Distance, false);
            }
            if (tier == Tier.Own) return Near(SearchSchema.Text);
            var title = Near(SearchSchema.Title);
            title.Boost = SearchSchema.TitleBoost;
            return Or([Near(SearchSchema.Text), title]);
        }
    }

    /// <summary>
    /// One term per position for a phrase, positions relative to the first: the word itself where
    /// there is one, else its expansion (date part). A hyphenated word gives way to its parts, so
    /// "van-werk-naar-werk" in quotes is the phrase van werk naar werk.
    /// </summary>
    internal static List<(string Term, int Position)> PhraseTerms(IReadOnlyList<Token> tokens)
    {
        var byPosition = tokens.GroupBy(t => t.Position).OrderBy(g => g.Key);
        var chosen = new List<(string, int)>();
        foreach (var g in byPosition)
        {
            var original = g.FirstOrDefault(t => !t.IsExpansion && !IsHyphenWhole(t, tokens));
            var pick = original.Term is not null ? original : g.FirstOrDefault(t => t.IsExpansion && !(t.Type == TokenType.Word && !t.IsExpansion));
            if (pick.Term is null) continue;
            chosen.Add((pick.Term, g.Key));
        }
        if (chosen.Count == 0) return chosen;
        int first = chosen[0].Item2;
        return chosen.Select(c => (c.Item1, c.Item2 - first)).ToList();
    }

    /// <summary>A hyphenated word: its parts follow it as expansions within its span.</summary>
    private static bool IsHyphenWhole(Token t, IReadOnlyList<Token> tokens) =>
        t.Type == TokenType.Word && tokens.Any(x => x.IsExpansion && x.Start >= t.Start && x.End <= t.End && (x.Start, x.End) != (t.Start, t.End));

    /// <summary>
    /// The terms of the words themselves, each with the phrase of its hyphen parts when it has
    /// them (date parts are left out: the whole date term is what the index holds in the text).
    /// </summary>
    internal static List<(string Term, List<(string Term, int Position)>? Parts)> Words(string text)
    {
        var tokens = Analyzer.Analyze(text);
        var result = new List<(string, List<(string, int)>?)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsExpansion) continue;
            int j = i + 1;
            while (j < tokens.Count && tokens[j].IsExpansion) j++;
            List<(string, int)>? parts = null;
            if (t.Type == TokenType.Word && j > i + 1 && tokens[j - 1].Position > t.Position)
            {
                var p = PhraseTerms(tokens.Skip(i + 1).Take(j - i - 1).ToList());
                if (p.Count > 1) parts = p;
            }
            if (seen.Add(t.Term)) result.Add((t.Term, parts));
        }
        return result;
    }
}
