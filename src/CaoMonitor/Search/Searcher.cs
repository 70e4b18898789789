using System.Globalization;
using System.Text;
using System.Text.Json;
using CaoMonitor.Analysis;
using CaoMonitor.Classification;
using CaoMonitor.Domain;
using CaoMonitor.Storage;
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
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;
    /// <summary>Count every match per sector, year, type and category (costs a pass over all matches).</summary>
    public bool Facets { get; init; } = true;
    /// <summary>Count all matches when facets are off (another pass over the matches); without it Total is -1.</summary>
    public bool CountTotal { get; init; } = true;
}

public sealed record SearchHit(
    long DocumentId, long ClauseId, string Name, string AgreementId, string VersionId, string Type, string? Sector,
    string? Start, string? End, string Article, string? Title, int PageStart, int PageEnd, double Score, string Snippet, string Text);

public sealed record FacetCount(string Value, int Count);

public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Sector, IReadOnlyList<FacetCount> Year, IReadOnlyList<FacetCount> Type, IReadOnlyList<FacetCount>? Category)
{
    /// <summary>Matching clauses per label strength (of the chosen category, if any); null until classification has run.</summary>
    public IReadOnlyList<FacetCount>? Strength { get; init; }
}

/// <summary><see cref="Total"/>: all matching clauses (-1 when neither facets nor a count were asked for).</summary>
public sealed record SearchResult(string Query, int Total, int Page, int Size, IReadOnlyList<SearchHit> Hits, SearchFacets? Facets);

/// <summary>
/// Runs queries against the index: ranked clauses of current documents (bm25 with column weights),
/// filters, facets, paging, snippets, and "more like this".
/// </summary>
public sealed class Searcher(CaoStore store)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 1000;
    private static readonly DutchAnalyzer IndexAnalyzer = DutchAnalyzer.ForIndex();

    // Storage's definition of a current document (the view current_documents), not a copy of it.
    private const string Base = "c.is_leaf = 1";
    private static readonly string FromJoined =
        $"FROM {SearchSchema.Table} CROSS JOIN clauses c ON c.id = {SearchSchema.Table}.rowid CROSS JOIN current_documents d ON d.id = c.document_id";

    public SearchResult Search(SearchRequest request)
    {
        store.EnsureSchema(SearchSchema.Schema);
        var q = QueryCompiler.Compile(request.Query);
        var filters = q.Filters.ToList();
        void Add(string name, string? v) { if (!string.IsNullOrWhiteSpace(v)) filters.Add(QueryCompiler.Validate(new SearchFilter(name, [v]))); }
        Add("sector", request.Sector);
        Add("jaar", request.Year?.ToString(CultureInfo.InvariantCulture));
        Add("type", request.Type);
        Add("cao", request.Cao);
        Add("categorie", request.Category);
        var extra = new List<SqlFilter>();
        if (!string.IsNullOrWhiteSpace(request.Strength)) extra.Add(StrengthFilter(request.Strength, request.Category));
        return Run(request.Query, q.Fts, filters, extra, q.HighlightTerms, q.HighlightPrefixes, request.Page, request.Size, request.Facets,
            request.CountTotal, request.SortByDate, request.Category);
    }

    /// <summary>The strength filter as SQL: a label of that strength (and of the category, when one is chosen).</summary>
    private static SqlFilter StrengthFilter(string strength, string? category)
    {
        var code = Strengths.Parse(strength)?.ToString().ToLowerInvariant()
                   ?? throw new SearchException($"sterkte: must be recht, inspanning or verwijzing, not '{strength}'");
        var cat = CategoryFilter.Normalise(category);
        return new SqlFilter($"EXISTS (SELECT 1 FROM {LabelStore.EffectiveView} ps WHERE ps.clause_id = c.id AND ps.strength = $strength" +
            (cat is null ? ")" : $" AND {CategoryFilter.Sql("ps.code", "$strength_cat")})"),
            cat is null ? [("$strength", code)] : [("$strength", code), ("$strength_cat", cat)]);
    }

    /// <summary>
    /// Clauses of OTHER agreements most like this one: the clause's highest-weighted terms
    /// (tf x idf over the index) as an OR query, ranked by bm25, the clause's own agreement excluded.
    /// </summary>
    public SearchResult MoreLikeThis(long clauseId, int page = 1, int size = 10, int maxTerms = 16, bool facets = false)
    {
        store.EnsureSchema(SearchSchema.Schema);
        var clause = store.GetClause(clauseId) ?? throw new SearchException($"no clause with id {clauseId}");
        var (text, title, agreement) = (clause.Text, clause.Title, store.GetDocument(clause.DocumentId)!.Version.AgreementId);
        var terms = MoreLikeThisTerms(title is null ? text : title + "\n" + text, maxTerms);
        if (terms.Count == 0) return new SearchResult($"like:{clauseId}", 0, page, size, [], null);
        var fts = string.Join(" OR ", terms.Select(TermSerializer.Quote));
        var exclude = new SqlFilter("d.agreement_id <> $like_agreement", [("$like_agreement", agreement)]);
        return Run($"like:{clauseId}", fts, [], [exclude], terms.ToHashSet(), [], page, size, facets);
    }

    /// <summary>The clause's terms weighted by tf x idf; terms unique to this clause or in over half of all clauses say nothing.</summary>
    internal List<string> MoreLikeThisTerms(string text, int maxTerms)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in IndexAnalyzer.Analyze(text))
            if (!t.IsExpansion && t.Type == TokenType.Word && t.Term.Length >= 3)
                tf[t.Term] = tf.GetValueOrDefault(t.Term) + 1;
        if (tf.Count == 0) return [];
        using var db = store.OpenConnection();
        double n = Convert.ToDouble(CaoStore.Command(db, null, $"SELECT count(*) FROM {SearchSchema.Table}_docsize").ExecuteScalar(), CultureInfo.InvariantCulture);
        using var df = CaoStore.Command(db, null, $"SELECT doc FROM {SearchSchema.VocabTable} WHERE term = $t", ("$t", ""));
        var scored = new List<(string Term, double Weight)>();
        foreach (var (term, count) in tf)
        {
            df.Parameters["$t"].Value = term;
            var d = df.ExecuteScalar() is long v ? v : 0;
            if (d <= 1 || d > n / 2) continue;
            scored.Add((term, (1 + Math.Log(count)) * Math.Log(n / d)));
        }
        return scored.OrderByDescending(s => s.Weight).ThenBy(s => s.Term, StringComparer.Ordinal).Take(maxTerms).Select(s => s.Term).ToList();
    }

    private sealed record SqlFilter(string Sql, IReadOnlyList<(string, object?)> Args);

    private SearchResult Run(string query, string fts, IReadOnlyList<SearchFilter> filters, IReadOnlyList<SqlFilter> extra,
        IReadOnlySet<string> highlight, IReadOnlyList<string> prefixes, int page, int size, bool facets, bool countTotal = true,
        bool byDate = false, string? category = null)
    {
        if (size < 1 || size > MaxPageSize) throw new SearchException($"page size must be between 1 and {MaxPageSize}");
        if (page < 1 || page > MaxPage) throw new SearchException($"page must be between 1 and {MaxPage}");
        using var db = store.OpenConnection();
        var where = new List<SqlFilter>(extra);
        where.AddRange(filters.Select((f, i) => ToSql(db, f, i, store)));
        var args = new List<(string, object?)> { ("$q", fts) };
        foreach (var w in where) args.AddRange(w.Args);
        var filterSql = string.Concat(where.Select(w => " AND " + w.Sql));
        int offset = (page - 1) * size;

        List<(long Id, double Score)> ranked;
        List<HitRow> rows;
        try
        {
            // Fast path: the index holds only leaf clauses of current documents, so without filters
            // the top of the index's own ranking is the answer; joins touch only one page of hits.
            ranked = where.Count == 0 && !byDate ? Ranked(db, $"SELECT rowid, {SearchSchema.Bm25} AS s FROM {SearchSchema.Table} WHERE {SearchSchema.Table} MATCH $q ORDER BY s, rowid LIMIT {size} OFFSET {offset}", args) : [];
            rows = where.Count == 0 && !byDate ? Details(db, ranked) : [];
            if (where.Count > 0 || byDate || rows.Count < ranked.Count || rows.Any(r => !r.Indexable))
            {
                ranked = Ranked(db, $"SELECT {SearchSchema.Table}.rowid, {SearchSchema.Bm25} AS s {FromJoined} WHERE {SearchSchema.Table} MATCH $q AND {Base}{filterSql} ORDER BY {(byDate ? "d.start_date DESC, d.id, c.ordinal" : "s, c.id")} LIMIT {size} OFFSET {offset}", args);
                rows = Details(db, ranked);
            }
        }
        catch (SqliteException e) when (e.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase) || e.SqliteErrorCode == 1)
        {
            // Our compiler emits only quoted terms, so this is a bug, not the user's input; say so plainly.
            throw new SearchException($"the search index could not run the query ({e.Message}); FTS expression: {fts}");
        }

        var byId = rows.ToDictionary(r => r.ClauseId);
        var hits = ranked.Where(r => byId.ContainsKey(r.Id)).Select(r =>
        {
            var h = byId[r.Id];
            return new SearchHit(h.DocumentId, h.ClauseId, h.Name, h.AgreementId, h.VersionId, h.Type, h.Sector, h.Start, h.End, h.Path,
                h.Title, h.PageStart, h.PageEnd, Math.Round(-r.Score, 4), Snippets.Build(h.Text, highlight, prefixes), h.Text);
        }).ToList();

        int total = -1;
        SearchFacets? facetResult = null;
        if (facets) (total, facetResult) = Facets(db, filterSql, args, category);
        else if (countTotal)
        {
            using var count = CaoStore.Command(db, null, where.Count == 0
                ? $"SELECT count(*) FROM {SearchSchema.Table} WHERE {SearchSchema.Table} MATCH $q"
                : $"SELECT count(*) {FromJoined} WHERE {SearchSchema.Table} MATCH $q AND {Base}{filterSql}", [.. args]);
            total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        return new SearchResult(query, total, page, size, hits, facetResult);
    }

    private static List<(long, double)> Ranked(SqliteConnection db, string sql, List<(string, object?)> args)
    {
        using var cmd = CaoStore.Command(db, null, sql, [.. args]);
        using var r = cmd.ExecuteReader();
        var list = new List<(long, double)>();
        while (r.Read()) list.Add((r.GetInt64(0), r.GetDouble(1)));
        return list;
    }

    private sealed record HitRow(long ClauseId, long DocumentId, string Path, string? Title, int PageStart, int PageEnd, string Text,
        string Name, string AgreementId, string VersionId, string Type, string? Sector, string? Start, string? End, bool Indexable);

    private static List<HitRow> Details(SqliteConnection db, List<(long Id, double Score)> ranked)
    {
        if (ranked.Count == 0) return [];
        using var cmd = CaoStore.Command(db, null, """
            SELECT c.id, c.document_id, c.path, c.heading_title, c.page_start, c.page_end, c.text,
                   d.name, d.agreement_id, d.version_id, d.type, d.sector, d.start_date, d.end_date,
                   c.is_leaf = 1 AND d.id IN (SELECT id FROM current_documents)
            FROM clauses c JOIN documents d ON d.id = c.document_id
            WHERE c.id IN (SELECT value FROM json_each($ids))
            """, ("$ids", JsonSerializer.Serialize(ranked.Select(r => r.Id))));
        using var r = cmd.ExecuteReader();
        var rows = new List<HitRow>();
        static string? S(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
        while (r.Read())
            rows.Add(new HitRow(r.GetInt64(0), r.GetInt64(1), r.GetString(2), S(r, 3), r.GetInt32(4), r.GetInt32(5), r.GetString(6),
                r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10), S(r, 11), S(r, 12), S(r, 13), r.GetBoolean(14)));
        return rows;
    }

    /// <summary>Counts matches per document in one pass, then spreads them over sector, type and years in force.</summary>
    private static (int Total, SearchFacets Facets) Facets(SqliteConnection db, string filterSql, List<(string, object?)> args, string? category)
    {
        var perDoc = new List<(string? Sector, string Type, string? Start, string? End, int Count)>();
        using (var cmd = CaoStore.Command(db, null, $"""
            SELECT d.sector, d.type, d.start_date, d.end_date, m.n FROM (
                SELECT c.document_id AS doc, count(*) AS n {FromJoined}
                WHERE {SearchSchema.Table} MATCH $q AND {Base}{filterSql} GROUP BY c.document_id) m
            JOIN documents d ON d.id = m.doc
            """, [.. args]))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                perDoc.Add((r.IsDBNull(0) ? null : r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt32(4)));

        static List<FacetCount> Count(IEnumerable<(string Key, int N)> items, bool byKey = false)
        {
            var g = items.GroupBy(x => x.Key).Select(x => new FacetCount(x.Key, x.Sum(y => y.N)));
            return (byKey ? g.OrderBy(f => f.Value, StringComparer.Ordinal) : g.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)).ToList();
        }
        var sector = Count(perDoc.Select(d => (d.Sector ?? "(onbekend)", d.Count)));
        var type = Count(perDoc.Select(d => (d.Type, d.Count)));
        var year = Count(perDoc.SelectMany(d => InForce.Years(Date(d.Start), Date(d.End)).Select(y => (y.ToString(CultureInfo.InvariantCulture), d.Count))), byKey: true);

        List<FacetCount>? categories = null, strengths = null;
        if (CategoriesAvailable(db))
        {
            categories = [];
            using var cmd = CaoStore.Command(db, null, $"""
                SELECT p.code, count(DISTINCT c.id) {FromJoined}
                JOIN {LabelStore.EffectiveView} p ON p.clause_id = c.id
                WHERE {SearchSchema.Table} MATCH $q AND {Base}{filterSql}
                GROUP BY p.code ORDER BY 2 DESC, 1
                """, [.. args]);
            using var r = cmd.ExecuteReader();
            while (r.Read()) categories.Add(new FacetCount(r.GetString(0), r.GetInt32(1)));
            r.Close();
            strengths = [];
            var cat = CategoryFilter.Normalise(category);
            using var sc = CaoStore.Command(db, null, $"""
                SELECT p.strength, count(DISTINCT c.id) {FromJoined}
                JOIN {LabelStore.EffectiveView} p ON p.clause_id = c.id
                WHERE {SearchSchema.Table} MATCH $q AND {Base}{filterSql}
                  AND ($facet_cat IS NULL OR {CategoryFilter.Sql("p.code", "$facet_cat")})
                GROUP BY p.strength ORDER BY 2 DESC, 1
                """, [.. args, ("$facet_cat", cat)]);
            using var sr = sc.ExecuteReader();
            while (sr.Read()) strengths.Add(new FacetCount(sr.GetString(0), sr.GetInt32(1)));
        }
        return (perDoc.Sum(d => d.Count), new SearchFacets(sector, year, type, categories) { Strength = strengths });
    }

    private static DateOnly? Date(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Labels exist to filter on: classification has run on at least one clause.</summary>
    internal static bool CategoriesAvailable(SqliteConnection db) => LabelStore.Classified(db);

    private static string Like(string v) => "%" + v.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    /// <summary>One filter as SQL over the aliases c (clause) and d (document); values only as parameters.</summary>
    private static SqlFilter ToSql(SqliteConnection db, SearchFilter f, int index, CaoStore store)
    {
        var args = new List<(string, object?)>();
        var alternatives = new List<string>();
        for (int k = 0; k < f.Values.Count; k++)
        {
            string p = $"$f{index}_{k}";
            var v = f.Values[k];
            switch (f.Name)
            {
                case "sector":
                    alternatives.Add($"d.sector LIKE {p} ESCAPE '\\'");
                    args.Add((p, Like(v)));
                    break;
                case "jaar":
                    // In force some time that year, as the year facet counts it (InForce.During).
                    int year = int.Parse(v, CultureInfo.InvariantCulture);
                    alternatives.Add($"d.id IN (SELECT value FROM json_each({p}))");
                    args.Add((p, JsonSerializer.Serialize(store.CurrentDocuments()
                        .Where(x => InForce.During(x.Version.Start, x.Version.End, year)).Select(x => x.Id))));
                    break;
                case "cao":
                    alternatives.Add($"(d.agreement_id = {p} OR d.version_id = {p} OR d.name LIKE {p}l ESCAPE '\\')");
                    args.Add((p, v));
                    args.Add((p + "l", Like(v)));
                    break;
                case "type":
                    alternatives.Add($"d.type = {p}");
                    args.Add((p, v));
                    break;
                case "categorie":
                    if (!CategoriesAvailable(db)) throw new SearchException("categorie: is not available until classification has run (caomonitor reclassify)");
                    alternatives.Add($"EXISTS (SELECT 1 FROM {LabelStore.EffectiveView} pv WHERE pv.clause_id = c.id AND {CategoryFilter.Sql("pv.code", p)})");
                    args.Add((p, v));
                    break;
                default:
                    throw new SearchException($"unknown filter '{f.Name}:'");
            }
        }
        var sql = "(" + string.Join(" OR ", alternatives) + ")";
        return new SqlFilter(f.Negated ? "NOT " + sql : sql, args);
    }
}
