using CaoMonitor.Classification;
using System.Text.Json;
using CaoMonitor.Domain;
using CaoMonitor.Monitoring;
using CaoMonitor.Search;
using CaoMonitor.Storage;
using CaoMonitor.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaoMonitor.Web;

/// <summary>
/// The JSON API (read-only): search, documents, provisions and monitor figures. Field names are
/// snake_case; the OpenAPI description is generated at /api/openapi.json. Document text is returned
/// as stored: it is untrusted, and clients must encode it themselves.
/// </summary>
public static class Api
{
    public sealed record ApiHit(long DocumentId, long ClauseId, string Name, string AgreementId, string VersionId, string Type, string? Sector,
        string? Start, string? End, string Article, string? Title, int Page, int PageEnd, double Score, string Snippet, string Url,
        int MatchedClauses, IReadOnlyList<ApiEarlierVersion> EarlierVersions)
    {
        /// <summary>The effective VWNW/LLO labels of the hit's clause (empty before classification).</summary>
        public IReadOnlyList<ApiLabel> Labels { get; init; } = [];
    }

    /// <summary>No hits, but this query (one compound split or two words joined) has <see cref="Total"/>.</summary>
    public sealed record ApiSuggestion(string Query, int Total, string Url);

    /// <summary>An older version of the agreement where the same article matched (collapsed into the hit unless versies=alle).</summary>
    public sealed record ApiEarlierVersion(long DocumentId, long ClauseId, string VersionId, string? Start, string? End, string Url);

    public sealed record ApiFacet(string Value, int Count);

    public sealed record ApiSearch(string Query, int Total, int Page, int Size, IReadOnlyList<ApiHit> Hits,
        IReadOnlyDictionary<string, IReadOnlyList<ApiFacet>>? Facets)
    {
        /// <summary>Filters without words: the hits are in reading order (cao name, newest version, article), not by relevance.</summary>
        public bool Browsing { get; init; }
        /// <summary>Only without hits: a nearby query that has hits, else null.</summary>
        public ApiSuggestion? Suggestion { get; init; }
        /// <summary>Only for like=: the clause the search started from.</summary>
        public ApiHit? Origin { get; init; }
    }

    public sealed record ApiDocument(long Id, string VersionId, string AgreementId, string Name, string Type, string? Sector, string? Parties,
        string? Start, string? End, bool? Avv, int? Employees, int Revision, bool Current, string Status, string? Error, int Pages, int Clauses,
        string OriginalUrl);

    public sealed record ApiLabel(string Code, string Label, string Strength, double Confidence, decimal? AmountEur, string? Period,
        decimal? Percent, decimal? Hours, decimal? Days, string Source, IReadOnlyList<ApiSpan> Evidence);

    public sealed record ApiSpan(int Start, int End);

    public sealed record ApiClause(long Id, string Kind, string? Number, string? Title, string Path, int PageStart, int PageEnd, bool Leaf,
        string Text, IReadOnlyList<ApiLabel> Labels);

    public sealed record ApiDocumentDetail(ApiDocument Document, IReadOnlyList<ApiDocument> OtherVersions, IReadOnlyList<ApiClause> Clauses);

    public sealed record ApiClauseLabel(long ClauseId, long DocumentId, string VersionId, string Name, string Path, int Page, ApiLabel Label);

    public sealed record ApiFigure(int Year, string Measure, string MeasureKind, string Strength, string Breakdown, string Slice, int Caos,
        int CaosWith, double ShareCaos, long Employees, long EmployeesWith, double ShareEmployees, double? CaosPpVsBaseline,
        double? CaosPpVsPrevious, IReadOnlyList<string> VersionsWith, string ClausesUrl);

    public sealed record ApiGap(int Year, string Group, string Kind, string Sector, string? VersionId, string? Name, long Employees);

    public sealed record ApiMonitor(int Year, int BaselineYear, string CorpusHash, string TaxonomyVersion, string ClassifierVersion,
        string DefinitionVersion, IReadOnlyList<ApiFigure> Figures, IReadOnlyList<ApiGap> Gaps);

    public sealed record ApiError(string Error);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/", (HttpContext ctx) => Layout.Page(ctx, "API", Description)).ExcludeFromDescription();
        api.MapGet("/search", Search).WithName("search").WithSummary("Search clauses (the query language of the search page)");
        api.MapGet("/documents", Documents).WithName("documents").WithSummary("Current document versions, failed files included");
        api.MapGet("/documents/{id:long}", Document).WithName("document").WithSummary("One document: metadata, other versions, clauses with effective labels");
        api.MapGet("/provisions", Provisions).WithName("provisions").WithSummary("Effective VWNW/LLO labels (human decisions applied) of current documents");
        api.MapGet("/monitor", Monitor).WithName("monitor").WithSummary("Monitor figures of a year (overall, per sector and per cao type) and the gaps");
    }

    private static readonly Markup Description = new("""
        <h1>JSON API</h1>
        <p>Alleen lezen, in JSON met veldnamen in snake_case. De beschrijving in OpenAPI staat op <a href="/api/openapi.json">/api/openapi.json</a>.
        Teksten uit documenten komen ongewijzigd mee: codeer ze zelf voordat u ze toont.</p>
        <ul>
        <li><a href="/api/search?q=ontwikkelbudget"><code>GET /api/search?q=…</code></a> met <code>sector</code>, <code>jaar</code>, <code>type</code>, <code>categorie</code>, <code>sterkte</code>, <code>sorteer=datum</code>, <code>versies=alle</code>, <code>pagina</code>, <code>aantal</code>, of <code>like=CLAUSE_ID</code>; alleen filters (zonder <code>q</code>) bladert</li>
        <li><a href="/api/documents"><code>GET /api/documents</code></a> en <code>GET /api/documents/{id}</code></li>
        <li><a href="/api/provisions?code=LLO.BUDGET"><code>GET /api/provisions</code></a> met <code>code</code>, <code>sterkte</code>, <code>document</code></li>
        <li><a href="/api/monitor"><code>GET /api/monitor?jaar=…</code></a></li>
        </ul>
        """);

    private static Results<JsonHttpResult<ApiSearch>, JsonHttpResult<ApiError>> Search(HttpRequest r, CaoStore store,
        string? q, string? sector, int? jaar, string? type, string? categorie, string? sterkte, string? sorteer, int? pagina, int? aantal, long? like,
        string? versies)
    {
        try
        {
            int page = pagina ?? 1, size = aantal ?? 10;
            bool allVersions = versies == "alle";
            var result = like is { } id
                ? new Searcher(store).MoreLikeThis(id, page, size, allVersions: allVersions)
                : new Searcher(store).Search(new SearchRequest(q ?? "")
                {
                    Sector = sector, Year = jaar, Type = type, Category = categorie, Strength = sterkte, SortByDate = sorteer == "datum",
                    Page = page, Size = size, AllVersions = allVersions,
                });
            var facets = result.Facets is { } f
                ? new Dictionary<string, IReadOnlyList<ApiFacet>>
                {
                    ["sector"] = Facet(f.Sector), ["jaar"] = Facet(f.Year), ["type"] = Facet(f.Type),
                    ["categorie"] = Facet(f.Category ?? []), ["sterkte"] = Facet(f.Strength ?? []),
                }
                : null;
            ApiHit Hit(SearchHit h) => new(h.DocumentId, h.ClauseId, h.Name, h.AgreementId, h.VersionId, h.Type, h.Sector, h.Start, h.End,
                h.Article, h.Title, h.PageStart, h.PageEnd, h.Score, h.Snippet, $"/documents/{h.DocumentId}#c{h.ClauseId}", h.MatchedClauses,
                h.EarlierVersions.Select(e => new ApiEarlierVersion(e.DocumentId, e.ClauseId, e.VersionId, e.Start, e.End,
                    $"/documents/{e.DocumentId}#c{e.ClauseId}")).ToList()) { Labels = h.Labels.Select(Label).ToList() };
            return TypedResults.Json(new ApiSearch(result.Query, result.Total, result.Page, result.Size, result.Hits.Select(Hit).ToList(), facets)
            {
                Browsing = result.Browsing,
                Suggestion = result.Suggestion is { } s ? new ApiSuggestion(s.Query, s.Total,
                    UrlState.From(r, "q", "sector", "jaar", "type", "categorie", "sterkte", "sorteer", "versies", "aantal").With("q", s.Query).Url) : null,
                Origin = result.Origin is { } o ? Hit(o) : null,
            }, Json);
        }
        catch (SearchException e)
        {
            return TypedResults.Json(new ApiError(e.Message), Json, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static List<ApiFacet> Facet(IEnumerable<FacetCount> f) => f.Select(x => new ApiFacet(x.Value, x.Count)).ToList();

    private static ApiDocument Doc(StoredDocument d) => new(d.Id, d.Version.Id, d.Version.AgreementId, d.Version.Name, d.Version.Type.Code(),
        d.Version.Sector, d.Version.Parties, CaoStore.Iso(d.Version.Start), CaoStore.Iso(d.Version.End), d.Version.Avv, d.Version.Employees,
        d.Document.Revision, d.IsCurrent, d.Document.Status == DocumentStatus.Ok ? "ok" : "failed", d.Document.Error, d.Document.PageCount,
        d.Document.ClauseCount, $"/documents/{d.Id}/original");

    private static JsonHttpResult<List<ApiDocument>> Documents(CaoStore store) =>
        TypedResults.Json(store.ListDocuments(currentOnly: true).Select(Doc).ToList(), Json);

    private static Results<JsonHttpResult<ApiDocumentDetail>, NotFound> Document(long id, CaoStore store, LabelStore labelStore)
    {
        var d = store.GetDocument(id);
        if (d is null) return TypedResults.NotFound();
        var labels = labelStore.ForDocument(id);
        var clauses = d.Document.Status == DocumentStatus.Ok ? store.GetClauses(id) : [];
        return TypedResults.Json(new ApiDocumentDetail(Doc(d), store.VersionsOf(d.Version.AgreementId).Where(o => o.Id != id).Select(Doc).ToList(),
            clauses.Select(c => new ApiClause(c.Id, c.Kind.ToString().ToLowerInvariant(), c.Number, c.Title, c.Path, c.PageStart, c.PageEnd, c.IsLeaf,
                c.IsLeaf ? c.Text : "", labels[c.Id].Select(Label).ToList())).ToList()), Json);
    }

    private static ApiLabel Label(StoredLabel l) => new(l.Code, Labels.Dutch(l.Code), l.Strength, l.Confidence, l.AmountEur, l.Period, l.Percent,
        l.Hours, l.Days, l.Source, l.Evidence.Select(e => new ApiSpan(e.Start, e.End)).ToList());

    private static JsonHttpResult<List<ApiClauseLabel>> Provisions(LabelStore labels, string? code, string? sterkte, long? document, int? limit) =>
        TypedResults.Json(labels.Find(new LabelQuery
            {
                Category = code, Strength = sterkte, Documents = document is { } id ? [id] : null, Limit = Math.Clamp(limit ?? 1000, 1, 10_000),
            })
            .Select(p => new ApiClauseLabel(p.Label.ClauseId, p.Place.DocumentId, p.Place.VersionId, p.Place.DocumentName, p.Place.Path,
                p.Place.PageStart, Label(p.Label))).ToList(), Json);

    private static Results<JsonHttpResult<ApiMonitor>, JsonHttpResult<ApiError>> Monitor(HttpRequest r, CaoStore store, int? jaar)
    {
        var (snapshot, year, refusal) = MonitorPage.Compute(store, r);
        // A year outside the store is refused, as on the page, never swapped for another year.
        if (snapshot is not { } s)
            return TypedResults.Json(new ApiError(refusal!), Json, statusCode: year == 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound);
        var m = s.Manifest;
        return TypedResults.Json(new ApiMonitor(year, m.BaselineYear, m.CorpusHash, m.TaxonomyVersion, m.ClassifierVersion, m.DefinitionVersion,
            s.Figures.Where(f => f.Key.Year == year).Select(f => new ApiFigure(f.Key.Year, f.Key.Measure, f.Key.MeasureKind, f.Key.Strength,
                f.Key.Breakdown, f.Key.Slice, f.Caos, f.CaosWith, Math.Round(f.ShareCaos, 4), f.Employees, f.EmployeesWith,
                Math.Round(f.ShareEmployees, 4), f.CaosPpVsBaseline, f.CaosPpVsPrevious, f.VersionsWith, MonitorPage.DrillUrl(f.Key))).ToList(),
            s.Gaps.Where(g => g.Year == year).Select(g => new ApiGap(g.Year, g.Group, g.Kind, g.Sector, g.VersionId, g.Name, g.Employees)).ToList()), Json);
    }
}
