using System.Globalization;
using System.Text.Json;
using CaoMonitor.Analysis;
using CaoMonitor.Classification;
using CaoMonitor.Storage;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Search;

public sealed record SearchRequest(string Query)
{
    public string? Sector { get; init; }
    public int? Year { get; init; }
    public string? Type { get; init; }
    public string? Cao { get; init; }
    public string? Category { get; init; }
    /// <summary>Only clauses with a label of this strength (recht, inspanning, verwijzing); with <see cref="Category"/>, a label of that category.</summary>
    public string? Strength { get; init; }
    /// <summary>Newest cao periods first instead of by relevance.</summary>
    public bool SortByDate { get; init; }
    /// <summary>Every version of an agreement its own hit, instead of the newest with "ook in K eerdere versies".</summary>
    public bool AllVersions { get; init; }
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;
    /// <summary>Count every hit per sector, year, type, category and strength.</summary>
    public bool Facets { get; init; } = true;
    /// <summary>Without hits: look for a compound split or joined that has hits (see <see cref="SearchResult.Suggestion"/>).</summary>
    public bool Suggest { get; init; } = true;
    /// <summary>Kept for callers; the total is always known (every match is collected to group it).</summary>
    public bool CountTotal { get; init; } = true;
}

/// <summary>An older version of the agreement where the same article matched too.</summary>
public sealed record EarlierVersion(long DocumentId, long ClauseId, string VersionId, string? Start, string? End);

/// <summary>
/// One hit: an article of one cao version, shown by its best-matching lid (<see cref="ClauseId"/>,
/// <see cref="Text"/>, <see cref="Snippet"/>) with the number of its leden that matched.
/// </summary>
public sealed record SearchHit(
    long DocumentId, long ClauseId, string Name, string AgreementId, string VersionId, string Type, string? Sector,
    string? Start, string? End, string Article, string? Title, int PageStart, int PageEnd, double Score, string Snippet, string Text)
{
    /// <summary>Leden of this article that match (at least 1).</summary>
    public int MatchedClauses { get; init; } = 1;
    /// <summary>Older versions of the agreement whose same article matched, newest first (collapsed into this hit).</summary>
    public IReadOnlyList<EarlierVersion> EarlierVersions { get; init; } = [];
    /// <summary>The title as HTML, with &lt;mark&gt; where the query matched it; null without a title.</summary>
    public string? TitleHtml { get; init; }
    /// <summary>The effective VWNW/LLO labels of the shown lid (empty before classification).</summary>
    public IReadOnlyList<StoredLabel> Labels { get; init; } = [];
}

/// <summary>No hits, but the query with one compound split ("loopbaanbudget" → "loopbaan budget") or two words joined has <see cref="Total"/> hits.</summary>
public sealed record SearchSuggestion(string Query, int Total);

public sealed record FacetCount(string Value, int Count);

public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Sector, IReadOnlyList<FacetCount> Year, IReadOnlyList<FacetCount> Type, IReadOnlyList<FacetCount>? Category)
{
    /// <summary>Hits per label strength (of the chosen category, if any); null until classification has run.</summary>
    public IReadOnlyList<FacetCount>? Strength { get; init; }
}

/// <summary><see cref="Total"/>: all hits (articles, after collapsing versions unless all versions were asked for).</summary>
public sealed record SearchResult(string Query, int Total, int Page, int Size, IReadOnlyList<SearchHit> Hits, SearchFacets? Facets)
{
    /// <summary>For more-like-this: the clause the search started from.</summary>
    public SearchHit? Origin { get; init; }
    /// <summary>Without hits: a nearby query that has hits, or null.</summary>
    public SearchSuggestion? Suggestion { get; init; }
    /// <summary>Filters without words: hits in reading order (agreement, newest version, article), not by relevance.</summary>
    public bool Browsing { get; init; }
}

/// <summary>
/// Runs queries against the Lucene index: every matching lid is collected and grouped into its
/// article (best lid, number of matching leden), articles of older versions of an agreement
/// collapse into the newest, then paging, Highlighter snippets, facets, and "more like this".
/// </summary>
public sealed class Searcher(CaoStore store)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 1000;

    public SearchResult Search(SearchRequest request)
    {
        bool filtersGiven = new[] { request.Sector, request.Type, request.Cao, request.Category, request.Strength }.Any(v => !string.IsNullOrWhiteSpace(v))
                            || request.Year is not null;
        long t0 = SearchTimings.Start();
        var q = QueryCompiler.Compile(request.Query, filtersGiven);
        SearchTimings.Lap(t0, 0);
        var filters = q.Filters.ToList();
        void Add(string name, string? v) { if (!string.IsNullOrWhiteSpace(v)) filters.Add(QueryCompiler.Validate(new SearchFilter(name, [v]))); }
        Add("sector", request.Sector);
        Add("jaar", request.Year?.ToString(CultureInfo.InvariantCulture));
        Add("type", request.Type);
        Add("cao", request.Cao);
        Add("categorie", request.Category);
        var category = string.IsNullOrWhiteSpace(request.Category) ? null : request.Category.Trim().ToUpperInvariant().TrimEnd('.');
        string? strength = null;
        if (!string.IsNullOrWhiteSpace(request.Strength))
            strength = Domain.Strengths.Parse(request.Strength)?.ToString().ToLowerInvariant()
                       ?? throw new SearchException($"sterkte: moet recht, inspanning of verwijzing zijn, niet '{request.Strength}'");
        var result = Run(request.Query, q.Ranked, q.IsBrowse ? null : q.Match, filters, strength, category, request.Page, request.Size, request.Facets,
            request.SortByDate, request.AllVersions, agreementExcluded: null);
        if (result.Total == 0 && !q.IsBrowse && request.Suggest)
            result = result with { Suggestion = CompoundSuggestions.Find(store, request) };
        return result;
    }

    /// <summary>The bare engine for the benchmark: the compiled query and filters, Lucene's own top 10, ids only.</summary>
    internal int Bare(CompiledQuery q)
    {
        using var view = IndexReaders.Open(store);
        if (view is null) return 0;
        var filter = Filter(view.Data, q.Filters, null, null, null);
        if (filter.Empty) return 0;
        return view.Searcher.Search(q.Ranked, filter.Lucene, 10).ScoreDocs.Length;
    }

    /// <summary>
    /// Articles of OTHER agreements most like this clause: Lucene's MoreLikeThis picks the clause's
    /// most telling terms (tf x idf over the index), the clause's own agreement is excluded.
    /// </summary>
    public SearchResult MoreLikeThis(long clauseId, int page = 1, int size = 10, int maxTerms = 16, bool facets = false, bool allVersions = false)
    {
        var row = store.Query("SELECT c.text, c.title, d.agreement_id FROM clauses c JOIN documents d ON d.id = c.document_id WHERE c.id = $id",
            r => (Text: r.GetString(0), Title: r.IsDBNull(1) ? null : r.GetString(1), Agreement: r.GetString(2)), ("$id", clauseId));
        if (row.Count == 0) throw new SearchException($"geen clausule met id {clauseId}");
        var (text, title, agreement) = row[0];
        var origin = Details([clauseId]).GetValueOrDefault(clauseId);
        var originHit = origin is null ? null : new SearchHit(origin.DocumentId, clauseId, origin.Name, origin.AgreementId, origin.VersionId,
            origin.Type, origin.Sector, origin.Start, origin.End, origin.Path, origin.Title, origin.PageStart, origin.PageEnd, 0,
            Snippets.Plain(origin.Text), origin.Text) { Labels = LabelsOf(clauseId) };
        Query like;
        using (var view = IndexReaders.Open(store))
        {
            if (view is null) return new SearchResult($"like:{clauseId}", 0, page, size, [], null) { Origin = originHit };
            var mlt = new MoreLikeThis(view.Reader)
            {
                Analyzer = DutchAnalyzer.ForIndex(),
                FieldNames = [SearchSchema.Text],
                MinTermFreq = 1,
                MinDocFreq = 2,
                MaxDocFreq = Math.Max(2, view.Reader.NumDocs / 2),
                MaxQueryTerms = maxTerms,
            };
            like = mlt.Like(new StringReader(title is null ? text : title + "\n" + text), SearchSchema.Text);
        }
        if (like is BooleanQuery { Clauses.Count: 0 })
            return new SearchResult($"like:{clauseId}", 0, page, size, [], null) { Origin = originHit };
        return Run($"like:{clauseId}", like, like, [], null, null, page, size, facets, false, allVersions, agreement) with { Origin = originHit };
    }

    /// <summary>
    /// For "open in document": the clauses of one document that the query's words match, each with where
    /// those words stand in its text. Filters in the query do not matter here; without words (or with a
    /// query that does not parse) nothing is marked.
    /// </summary>
    public IReadOnlyDictionary<long, IReadOnlyList<Domain.Span>> MarksIn(string query, long documentId)
    {
        var marks = new Dictionary<long, IReadOnlyList<Domain.Span>>();
        CompiledQuery q;
        try { q = QueryCompiler.Compile(query, filtersGiven: true); }
        catch (SearchException) { return marks; }
        if (q.IsBrowse) return marks;
        var ids = new List<long>();
        using (var view = IndexReaders.Open(store))
        {
            if (view is null) return marks;
            var filter = new TermsFilter(SearchSchema.Document, [new BytesRef(documentId.ToString(CultureInfo.InvariantCulture))]);
            view.Searcher.Search(q.Match, filter, new ClauseCollector(view.Data, ids));
        }
        if (ids.Count == 0) return marks;
        var texts = store.Query("SELECT id, text FROM clauses WHERE id IN (SELECT value FROM json_each($ids))",
            r => (Id: r.GetInt64(0), Text: r.GetString(1)), ("$ids", JsonSerializer.Serialize(ids)));
        foreach (var (id, text) in texts)
        {
            var spans = Snippets.Spans(text, q.Match);
            if (spans.Count > 0) marks[id] = spans;
        }
        return marks;
    }

    /// <summary>The clause ids of every match.</summary>
    private sealed class ClauseCollector(ReaderData data, List<long> ids) : ICollector
    {
        private int _docBase;
        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) { }
        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;
        public void Collect(int doc)
        {
            if (data.GroupOf[_docBase + doc] >= 0) ids.Add(data.ClauseOf[_docBase + doc]);
        }
    }

    /// <summary>An article (group) as a hit; <see cref="First"/> starts the chain of its collapsed versions (see <see cref="GroupCollector.Members"/>).</summary>
    private readonly record struct Hit(int Group, float Score, int First);

    /// <summary><paramref name="highlight"/> null: browsing (filters only), in reading order with plain snippets.</summary>
    private SearchResult Run(string query, Query ranked, Query? highlight, IReadOnlyList<SearchFilter> filters, string? strength, string? category,
        int page, int size, bool facets, bool byDate, bool allVersions, string? agreementExcluded)
    {
        bool browse = highlight is null;
        if (size < 1 || size > MaxPageSize) throw new SearchException($"de paginagrootte moet tussen 1 en {MaxPageSize} liggen");
        if (page < 1 || page > MaxPage) throw new SearchException($"de pagina moet tussen 1 en {MaxPage} liggen");
        long t = SearchTimings.Start();
        using var view = IndexReaders.Open(store);
        if (view is null)
        {
            if (filters.Any(f => f.Name == "categorie") || strength is not null) RequireLabels(false);
            return new SearchResult(query, 0, page, size, [], facets ? new SearchFacets([], [], [], null) : null) { Browsing = browse };
        }
        var data = view.Data;
        var filter = Filter(data, filters, strength, category, agreementExcluded);
        t = SearchTimings.Lap(t, 1);
        using var collector = new GroupCollector(data, facets && data.LabelsAvailable);
        if (!filter.Empty) view.Searcher.Search(ranked, filter.Lucene, collector);
        t = SearchTimings.Lap(t, 2);

        var hits = Collapse(data, collector, allVersions);
        int offset = (page - 1) * size;
        // Only the hits up to this page are put in order: sorting every match cost more than finding them.
        var ordered = byDate ? Top(hits, offset + size, ByDate(data, collector))
            : browse ? Top(hits, offset + size, ByReading(data, collector))
            : TopCrowded(data, collector, hits, offset + size, allVersions);
        var pageHits = ordered.Skip(offset).Take(size).ToList();

        // Earlier versions newest first (their ids and versions come from the reader); the page's lids in one query.
        var earlier = pageHits.ToDictionary(h => h.Group, h => collector.Members(h.First).Where(m => m != h.Group)
            .OrderByDescending(m => data.Newness[data.GroupDocument[m]]).ToList());
        var ids = pageHits.Select(h => data.ClauseOf[collector.BestDoc[h.Group]]).ToList();
        t = SearchTimings.Lap(t, 3);
        var details = Details(ids);
        t = SearchTimings.Lap(t, 4);
        var labels = data.LabelsAvailable && ids.Count > 0 ? new LabelStore(store).ForClauses(ids) : null;
        t = SearchTimings.Lap(t, 6);
        var list = new List<SearchHit>();
        foreach (var h in pageHits)
        {
            long cid = data.ClauseOf[collector.BestDoc[h.Group]];
            if (!details.TryGetValue(cid, out var c)) continue;
            var d = data.Documents[data.GroupDocument[h.Group]];
            float raw = collector.Best[h.Group];
            double score = raw >= SearchSchema.OwnTextTier ? raw - SearchSchema.OwnTextTier : raw;
            list.Add(new SearchHit(d.Id, cid, d.Name, d.AgreementId, d.VersionId, d.Type, d.Sector, d.Start, d.End, c.Path, c.Title,
                c.PageStart, c.PageEnd, browse ? 0 : Math.Round(score, 4), highlight is null ? Snippets.Plain(c.Text) : Snippets.Build(c.Text, highlight), c.Text)
            {
                MatchedClauses = collector.Count[h.Group],
                TitleHtml = c.Title is null ? null : highlight is null ? Snippets.Encode(c.Title) : Snippets.Title(c.Title, highlight),
                Labels = labels is null ? [] : labels[cid].ToList(),
                EarlierVersions = earlier[h.Group].Select(m =>
                {
                    var md = data.Documents[data.GroupDocument[m]];
                    return new EarlierVersion(md.Id, data.ClauseOf[collector.BestDoc[m]], md.VersionId, md.Start, md.End);
                }).ToList(),
            });
        }
        t = SearchTimings.Lap(t, 5);
        var facetResult = facets ? Facets(data, collector, hits, category) : null;
        SearchTimings.Lap(t, 7);
        return new SearchResult(query, hits.Count, page, size, list, facetResult) { Browsing = browse };
    }

    /// <summary>The first <paramref name="k"/> hits in the order of <paramref name="order"/>, sorted; a bounded heap instead of sorting all.</summary>
    /// <param name="byScoreFirst">The order is by descending score first: a hit scoring below the worst kept is passed over without comparing further.</param>
    private static List<Hit> Top(List<Hit> hits, int k, Comparison<Hit> order, bool byScoreFirst = false)
    {
        if (hits.Count <= k)
        {
            var all = new List<Hit>(hits);
            all.Sort(order);
            return all;
        }
        // The heap's root is the worst hit kept so far.
        var heap = new PriorityQueue<Hit, Hit>(k + 1, Comparer<Hit>.Create((a, b) => order(b, a)));
        float floor = float.NegativeInfinity;
        foreach (var h in hits)
        {
            if (heap.Count < k) heap.Enqueue(h, h);
            else if (byScoreFirst && h.Score < floor) continue;
            else if (order(h, heap.Peek()) < 0) heap.EnqueueDequeue(h, h);
            else continue;
            if (heap.Count == k) floor = heap.Peek().Score;
        }
        var top = new List<Hit>(k);
        while (heap.Count > 0) top.Add(heap.Dequeue());
        top.Reverse();
        return top;
    }

    /// <summary>
    /// The first <paramref name="k"/> hits by score after crowding, as if every hit were sorted, crowded and
    /// sorted again. Crowding only lowers a score, and an article's crowded score depends only on the
    /// better-scoring articles of its agreement: so crowding the best m by raw score is exact for those,
    /// and once the k-th crowded score beats the best raw score left out, nothing left out can enter.
    /// </summary>
    private static List<Hit> TopCrowded(ReaderData data, GroupCollector c, List<Hit> hits, int k, bool allVersions)
    {
        var order = ByScore(data, c);
        for (int m = Math.Max(k * 4, 64); ; m *= 4)
        {
            var best = Top(hits, m, order, byScoreFirst: true);
            var crowded = Crowd(data, best, allVersions);
            crowded.Sort(order);
            if (best.Count == hits.Count || best[^1].Score < crowded[Math.Min(k, crowded.Count) - 1].Score) return crowded;
        }
    }

    private IReadOnlyList<StoredLabel> LabelsOf(long clauseId) => new LabelStore(store).ForClause(clauseId);

    /// <summary>One hit per article; without <paramref name="allVersions"/> the articles of one family
    /// (the same article in versions of one agreement) become one hit: the newest version, best score of all.</summary>
    private static List<Hit> Collapse(ReaderData data, GroupCollector c, bool allVersions)
    {
        var hits = new List<Hit>(c.Touched.Count);
        if (allVersions)
        {
            foreach (var g in c.Touched)
            {
                c.Next[g] = -1;
                hits.Add(new Hit(g, c.Best[g], g));
            }
            return hits;
        }
        // Arrays by family and group instead of a list per family: a common word touches tens of thousands.
        foreach (var g in c.Touched)
        {
            ref int slot = ref c.FamilySlot(data.GroupFamily[g]);
            if (slot < 0)
            {
                slot = hits.Count;
                c.Next[g] = -1;
                hits.Add(new Hit(g, c.Best[g], g));
                continue;
            }
            var h = hits[slot];
            c.Next[g] = h.First;
            bool newer = data.Newness[data.GroupDocument[g]] > data.Newness[data.GroupDocument[h.Group]];
            hits[slot] = new Hit(newer ? g : h.Group, Math.Max(h.Score, c.Best[g]), g);
        }
        return hits;
    }

    /// <summary>
    /// Crowding, as web search limits hits per site: the second, third, ... article of one agreement (of
    /// one version with all versions shown) counts <see cref="SearchSchema.CrowdingDecay"/>, its square, ...
    /// of its score, so one long regulation (a study-cost scheme of ten articles) does not fill page 1.
    /// The order within an agreement, and the tier of own-text matches, stay as they are.
    /// </summary>
    private static List<Hit> Crowd(ReaderData data, List<Hit> byScore, bool allVersions)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Hit>(byScore.Count);
        foreach (var h in byScore)
        {
            var d = data.Documents[data.GroupDocument[h.Group]];
            var key = allVersions ? d.VersionId : d.AgreementId;
            int k = seen.GetValueOrDefault(key);
            seen[key] = k + 1;
            if (k == 0) { result.Add(h); continue; }
            float factor = MathF.Pow(SearchSchema.CrowdingDecay, k);
            float score = h.Score >= SearchSchema.OwnTextTier
                ? SearchSchema.OwnTextTier + (h.Score - SearchSchema.OwnTextTier) * factor
                : h.Score * factor;
            result.Add(h with { Score = score });
        }
        return result;
    }

    private static Comparison<Hit> ByScore(ReaderData data, GroupCollector c) => (a, b) =>
    {
        int s = b.Score.CompareTo(a.Score);
        return s != 0 ? s : data.ClauseOf[c.BestDoc[a.Group]].CompareTo(data.ClauseOf[c.BestDoc[b.Group]]);
    };

    /// <summary>Browsing: by agreement name, the newest version first, then the articles in the order of the text.</summary>
    private static Comparison<Hit> ByReading(ReaderData data, GroupCollector c) => (a, b) =>
    {
        var da = data.Documents[data.GroupDocument[a.Group]];
        var db = data.Documents[data.GroupDocument[b.Group]];
        int s = Dutch.Compare(da.Name, db.Name, CompareOptions.IgnoreCase);
        if (s == 0) s = string.CompareOrdinal(da.AgreementId, db.AgreementId);
        if (s == 0) s = string.CompareOrdinal(db.Start, da.Start);
        if (s == 0) s = da.Id.CompareTo(db.Id);
        return s != 0 ? s : data.ClauseOf[c.BestDoc[a.Group]].CompareTo(data.ClauseOf[c.BestDoc[b.Group]]);
    };

    private static readonly CompareInfo Dutch = CultureInfo.GetCultureInfo("nl-NL").CompareInfo;

    private static Comparison<Hit> ByDate(ReaderData data, GroupCollector c) => (a, b) =>
    {
        var da = data.Documents[data.GroupDocument[a.Group]];
        var db = data.Documents[data.GroupDocument[b.Group]];
        int s = string.CompareOrdinal(db.Start, da.Start);
        if (s != 0) return s;
        s = da.Id.CompareTo(db.Id);
        return s != 0 ? s : data.ClauseOf[c.BestDoc[a.Group]].CompareTo(data.ClauseOf[c.BestDoc[b.Group]]);
    };

    /// <summary>Counts hits per sector, type, years in force (of every collapsed version), category and strength (of any matching lid).</summary>
    private static SearchFacets Facets(ReaderData data, GroupCollector c, List<Hit> hits, string? category)
    {
        var sector = new Dictionary<string, int>(StringComparer.Ordinal);
        var type = new Dictionary<string, int>(StringComparer.Ordinal);
        var year = new Dictionary<string, int>(StringComparer.Ordinal);
        var cats = new Dictionary<string, int>(StringComparer.Ordinal);
        var strengths = new Dictionary<string, int>(StringComparer.Ordinal);
        var years = new HashSet<int>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var strong = new HashSet<string>(StringComparer.Ordinal);
        static void Inc(Dictionary<string, int> d, string k) => d[k] = d.GetValueOrDefault(k) + 1;
        foreach (var h in hits)
        {
            var d = data.Documents[data.GroupDocument[h.Group]];
            Inc(sector, d.Sector ?? "(onbekend)");
            Inc(type, d.Type);
            years.Clear();
            codes.Clear();
            strong.Clear();
            foreach (var m in c.Members(h.First))
            {
                years.UnionWith(data.Documents[data.GroupDocument[m]].Years);
                if (c.GroupLabels?.GetValueOrDefault(m) is not { } labels) continue;
                foreach (var (code, s) in labels)
                {
                    codes.Add(code);
                    if (category is null || code == category || code.StartsWith(category + ".", StringComparison.Ordinal)) strong.Add(s);
                }
            }
            foreach (var y in years) Inc(year, y.ToString(CultureInfo.InvariantCulture));
            foreach (var code in codes) Inc(cats, code);
            foreach (var s in strong) Inc(strengths, s);
        }
        static List<FacetCount> Sorted(Dictionary<string, int> d, bool byKey = false) => (byKey
            ? d.OrderBy(x => x.Key, StringComparer.Ordinal)
            : d.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal)).Select(x => new FacetCount(x.Key, x.Value)).ToList();
        return new SearchFacets(Sorted(sector), Sorted(year, byKey: true), Sorted(type), data.LabelsAvailable ? Sorted(cats) : null)
        {
            Strength = data.LabelsAvailable ? Sorted(strengths) : null,
        };
    }

    private sealed record LuceneFilter(Filter? Lucene, bool Empty);

    /// <summary>
    /// The filters as a Lucene filter: document filters (sector, year, cao, type) become a TermsFilter on
    /// the document ids they allow; categorie: and sterkte: are term queries on the lid's label fields.
    /// </summary>
    private static LuceneFilter Filter(ReaderData data, IReadOnlyList<SearchFilter> filters, string? strength, string? category, string? agreementExcluded)
    {
        var must = new BooleanQuery();
        bool any = false;
        var docFilters = filters.Where(f => f.Name is "sector" or "jaar" or "cao" or "type").ToList();
        if (docFilters.Count > 0 || agreementExcluded is not null)
        {
            var allowed = data.Documents.Where(d => d.AgreementId != agreementExcluded && docFilters.All(f => Allows(f, d)))
                .Select(d => new BytesRef(d.Id.ToString(CultureInfo.InvariantCulture))).ToList();
            if (allowed.Count == 0) return new LuceneFilter(null, true);
            if (allowed.Count < data.Documents.Length)
            {
                must.Add(new ConstantScoreQuery(new TermsFilter(SearchSchema.Document, allowed)), Occur.MUST);
                any = true;
            }
        }
        foreach (var f in filters.Where(f => f.Name == "categorie"))
        {
            RequireLabels(data.LabelsAvailable);
            var alternatives = new BooleanQuery();
            foreach (var v in f.Values) alternatives.Add(new TermQuery(new Term(SearchSchema.Category, v)), Occur.SHOULD);
            must.Add(alternatives, f.Negated ? Occur.MUST_NOT : Occur.MUST);
            any = true;
        }
        if (strength is not null)
        {
            RequireLabels(data.LabelsAvailable);
            must.Add(category is null
                ? new TermQuery(new Term(SearchSchema.Strength, strength))
                : new TermQuery(new Term(SearchSchema.CategoryStrength, category + "|" + strength)), Occur.MUST);
            any = true;
        }
        if (!any) return new LuceneFilter(null, false);
        if (must.Clauses.All(c => c.Occur == Occur.MUST_NOT)) must.Add(new MatchAllDocsQuery(), Occur.MUST);
        return new LuceneFilter(new QueryWrapperFilter(must), false);
    }

    private static void RequireLabels(bool available)
    {
        if (!available) throw new SearchException("categorie: is pas beschikbaar als de classificatie heeft gedraaid (caomonitor reclassify)");
    }

    /// <summary>One document filter over a document; values are alternatives, a negated filter excludes.</summary>
    private static bool Allows(SearchFilter f, DocumentInfo d)
    {
        bool any = f.Values.Any(v => f.Name switch
        {
            "sector" => d.Sector is not null && d.Sector.Contains(v, StringComparison.OrdinalIgnoreCase),
            // In force some time that year; no end (policy documents) counts the start year only, as the year facet does.
            "jaar" => d.Years.Contains(int.Parse(v, CultureInfo.InvariantCulture)),
            "cao" => d.AgreementId == v || d.VersionId == v || d.Name.Contains(v, StringComparison.OrdinalIgnoreCase),
            "type" => d.Type == v,
            _ => throw new SearchException($"onbekend filter '{f.Name}:'"),
        });
        return f.Negated ? !any : any;
    }

    private sealed record ClauseRow(long ClauseId, long DocumentId, string Path, string? Title, int PageStart, int PageEnd, string Text,
        string Name, string AgreementId, string VersionId, string Type, string? Sector, string? Start, string? End);

    private Dictionary<long, ClauseRow> Details(IReadOnlyList<long> ids)
    {
        if (ids.Count == 0) return [];
        return store.Query("""
            SELECT c.id, c.document_id, c.path, coalesce(c.title, p.title), c.page_start, c.page_end, c.text,
                   d.name, d.agreement_id, d.version_id, d.type, d.sector, d.start_date, d.end_date
            FROM clauses c JOIN documents d ON d.id = c.document_id LEFT JOIN clauses p ON p.id = c.parent_id
            WHERE c.id IN (SELECT value FROM json_each($ids))
            """, r =>
        {
            static string? S(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
            return new ClauseRow(r.GetInt64(0), r.GetInt64(1), r.GetString(2), S(r, 3), r.GetInt32(4), r.GetInt32(5), r.GetString(6),
                r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10), S(r, 11), S(r, 12), S(r, 13));
        }, ("$ids", JsonSerializer.Serialize(ids))).ToDictionary(c => c.ClauseId);
    }

    /// <summary>The calendar years a version is in force in (start to end; an open end counts its start year only).</summary>
    internal static IEnumerable<int> YearsInForce(string? start, string? end)
    {
        if (start is null || start.Length < 4 || !int.TryParse(start[..4], CultureInfo.InvariantCulture, out var from)) yield break;
        int to = end is { Length: >= 4 } && int.TryParse(end[..4], CultureInfo.InvariantCulture, out var e) ? e : from;
        for (int y = from; y <= Math.Min(to, from + 30); y++) yield return y;
    }

    /// <summary>Labels exist to filter on: classification has run on at least one clause.</summary>
    internal static bool CategoriesAvailable(SqliteConnection db) => CaoMonitor.Classification.LabelStore.Classified(db);
}

/// <summary>
/// Collects every match into its article: best score, best lid and the number of matching lids, in
/// arrays indexed by the reader's dense group numbers; with labels, the labels of matching lids.
/// The arrays are borrowed from the reader's pool and given back on dispose: a million lids make
/// megabytes per search, and allocating them anew cost full garbage collections.
/// </summary>
internal sealed class GroupCollector : ICollector, IDisposable
{
    private readonly ReaderData _data;
    private readonly bool _labels;
    private readonly GroupBuffers _buffers;
    private Scorer _scorer = null!;
    private int _docBase;
    private SortedSetDocValues? _labelValues;
    private readonly BytesRef _bytes = new();

    public float[] Best => _buffers.Best;
    public int[] BestDoc => _buffers.BestDoc;
    public int[] Count => _buffers.Count;
    /// <summary>The chain of an article's collapsed versions: the next group of the family, -1 at the end (set by collapsing).</summary>
    public int[] Next => _buffers.Next;
    public List<int> Touched => _buffers.Touched;
    public Dictionary<int, HashSet<(string Code, string Strength)>>? GroupLabels { get; }

    public GroupCollector(ReaderData data, bool labels)
    {
        _data = data;
        _labels = labels;
        _buffers = data.Buffers.TryTake(out var b) ? b : new GroupBuffers(data.GroupCount, data.FamilyCount);
        if (labels) GroupLabels = [];
    }

    /// <summary>Where collapsing keeps the hit of a family (-1: none yet); reset on dispose.</summary>
    public ref int FamilySlot(int family)
    {
        ref int slot = ref _buffers.FamilySlot[family];
        if (slot < 0) _buffers.TouchedFamilies.Add(family);
        return ref slot;
    }

    /// <summary>The groups of a collapsed hit, from its chain.</summary>
    public IEnumerable<int> Members(int first)
    {
        for (int m = first; m >= 0; m = Next[m]) yield return m;
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _labelValues = _labels ? context.AtomicReader.GetSortedSetDocValues(SearchSchema.Labels) : null;
    }

    public void Collect(int doc)
    {
        int global = _docBase + doc;
        int g = _data.GroupOf[global];
        if (g < 0) return;
        float s = _scorer.GetScore();
        var count = _buffers.Count;
        if (count[g]++ == 0)
        {
            Touched.Add(g);
            Best[g] = s;
            BestDoc[g] = global;
        }
        else if (s > Best[g] || (s == Best[g] && _data.ClauseOf[global] < _data.ClauseOf[BestDoc[g]]))
        {
            Best[g] = s;
            BestDoc[g] = global;
        }
        if (_labelValues is null) return;
        _labelValues.SetDocument(doc);
        long ord;
        while ((ord = _labelValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            _labelValues.LookupOrd(ord, _bytes);
            var pair = _bytes.Utf8ToString();
            int bar = pair.IndexOf('|');
            if (!GroupLabels!.TryGetValue(g, out var set)) GroupLabels[g] = set = [];
            set.Add((pair[..bar], pair[(bar + 1)..]));
        }
    }

    /// <summary>Clears what this search set (counts of touched groups, slots of touched families) and gives the arrays back.</summary>
    public void Dispose()
    {
        foreach (var g in Touched) _buffers.Count[g] = 0;
        Touched.Clear();
        foreach (var f in _buffers.TouchedFamilies) _buffers.FamilySlot[f] = -1;
        _buffers.TouchedFamilies.Clear();
        _data.Buffers.Add(_buffers);
    }
}

/// <summary>One search's arrays per group and family; <see cref="Count"/> and <see cref="FamilySlot"/> are kept clear between searches.</summary>
internal sealed class GroupBuffers(int groups, int families)
{
    public readonly float[] Best = new float[groups];
    public readonly int[] BestDoc = new int[groups];
    public readonly int[] Count = new int[groups];
    public readonly int[] Next = new int[groups];
    public readonly int[] FamilySlot = Filled(families);
    public readonly List<int> TouchedFamilies = [];
    public readonly List<int> Touched = [];

    private static int[] Filled(int n)
    {
        var a = new int[n];
        Array.Fill(a, -1);
        return a;
    }
}
