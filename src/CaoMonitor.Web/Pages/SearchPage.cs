using CaoMonitor.Search;
using CaoMonitor.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaoMonitor.Web.Pages;

/// <summary>
/// The search page at "/": one query box (the query language of the search README), facets with
/// counts, highlighted snippets, paging and sorting. The whole state is in the URL.
/// </summary>
public static class SearchPage
{
    public const int PageSize = 10;
    private static readonly string[] Keys = ["q", "like", "sector", "jaar", "type", "categorie", "sterkte", "sorteer", "versies", "pagina"];

    public static void Map(RouteGroupBuilder g) => g.MapGet("/", Render).ExcludeFromDescription();

    private static IResult Render(HttpContext ctx, CaoStore store)
    {
        var st = UrlState.From(ctx.Request, Keys);
        var q = st.Get("q") ?? "";
        long? like = long.TryParse(st.Get("like"), out var l) ? l : null;
        int page = int.TryParse(st.Get("pagina"), out var p) ? Math.Clamp(p, 1, Searcher.MaxPage) : 1;
        bool byDate = st.Get("sorteer") == "datum";
        bool allVersions = st.Get("versies") == "alle";
        var h = new Html();
        h.Add($"<h1 class=\"visually-hidden\">Zoeken</h1>");
        SearchForm(h, st, q, byDate);

        // Filters alone (a facet, or sector: in the box) browse: every article they allow, in reading order.
        bool browse = like is null && q.Length == 0 && FilterKeys.Any(k => st.Get(k) is not null);
        if (q.Length == 0 && like is null && !browse)
        {
            h.Add(Intro);
            return Layout.Page(ctx, "Zoeken", h.ToMarkup());
        }

        SearchResult result;
        try
        {
            result = like is { } id
                ? new Searcher(store).MoreLikeThis(id, page, PageSize, facets: false, allVersions: allVersions)
                : new Searcher(store).Search(new SearchRequest(q)
                {
                    Sector = st.Get("sector"), Year = int.TryParse(st.Get("jaar"), out var y) ? y : null, Type = st.Get("type"),
                    Category = st.Get("categorie"), Strength = st.Get("sterkte"), SortByDate = byDate, Page = page, Size = PageSize,
                    AllVersions = allVersions,
                });
        }
        catch (SearchException e)
        {
            h.Add($"<p class=\"error\" role=\"alert\">De zoekvraag kan niet worden uitgevoerd: {ErrorText.Dutch(e.Message)}</p>");
            return Layout.Page(ctx, "Zoeken", h.ToMarkup(), StatusCodes.Status400BadRequest);
        }

        if (result.Origin is { } origin) Origin(h, origin);
        h.Add($"<div class=\"results-layout\">");
        // No hits and no facet chosen: nothing to narrow or remove, so no empty "Filters" fold.
        if (result.Facets is { } f && (result.Total > 0 || FilterKeys.Any(k => st.Get(k) is not null))) Facets(h, st, f);
        h.Add($"<section class=\"results\" aria-labelledby=\"hits-title\">");
        int first = (result.Page - 1) * result.Size;
        h.Add($"<h2 id=\"hits-title\">{Summary(result, like, first)}</h2>");
        if (result.Browsing && result.Hits.Count > 0)
            h.Add($"<p class=\"hint\">Alle artikelen binnen de filters, {(byDate ? "nieuwste periode eerst" : "op naam van de cao, de nieuwste versie, in de volgorde van de tekst")}. Voeg zoekwoorden toe om op relevantie te sorteren.</p>");
        if (result.Suggestion is { } suggestion)
            h.Add($"<p class=\"suggestion\" role=\"status\">Bedoelt u <a href=\"{st.With("q", suggestion.Query).Without("pagina").Url}\">{suggestion.Query}</a>? Dat geeft {suggestion.Total} {(suggestion.Total == 1 ? "resultaat" : "resultaten")}.</p>");
        h.Add($"<ol class=\"hits\" start=\"{first + 1}\">");
        // The document page marks the query's words when it gets the query (not for browsing or more-like-this).
        var marks = like is null && !result.Browsing && q.Length > 0 ? q : null;
        foreach (var hit in result.Hits) Hit(h, st, hit, allVersions, marks);
        h.Add($"</ol>");
        Pager(h, st, result);
        h.Add($"</section></div>");
        return Layout.Page(ctx, like is not null ? "Vergelijkbare artikelen" : browse ? "Bladeren" : $"Zoeken: {q}", h.ToMarkup());
    }

    private static string Summary(SearchResult r, long? like, int first) =>
        r.Hits.Count == 0 ? (like is null ? (r.Browsing ? "Geen artikelen binnen deze filters" : "Geen resultaten") : "Geen vergelijkbare artikelen in andere cao's")
        : (like is null ? (r.Browsing ? "Artikelen" : "Resultaten") : "Vergelijkbare artikelen in andere cao's") +
          $" {first + 1}–{first + r.Hits.Count}" + (r.Total >= 0 ? $" van {r.Total}" : "");

    private static readonly string[] FilterKeys = ["sector", "jaar", "type", "categorie", "sterkte"];

    /// <summary>A document link that opens at the clause; with the query, the document marks its words.</summary>
    public static string DocumentUrl(long documentId, long clauseId, string? query) =>
        $"/documents/{documentId}" + (string.IsNullOrWhiteSpace(query) ? "" : "?q=" + Uri.EscapeDataString(query)) + $"#c{clauseId}";

    /// <summary>More like this: the clause it started from, whole, above the similar ones.</summary>
    private static void Origin(Html h, SearchHit o)
    {
        const int max = 3000;
        var text = o.Text.Length <= max ? o.Text : o.Text[..max] + "…";
        h.Add($"<section class=\"origin\" aria-labelledby=\"origin-title\"><h2 id=\"origin-title\">Vergeleken met dit artikel</h2>");
        h.Add($"<p class=\"where\"><a href=\"{DocumentUrl(o.DocumentId, o.ClauseId, null)}\">{o.Name}</a> · <span class=\"path\">{o.Article}</span>{(o.Title is { } t ? Html.M($" <span class=\"title\">{t}</span>") : Markup.Empty)} · <span>{Labels.Period(o.Start, o.End)}</span></p>");
        h.Add(HitLabels(o)).Add($"<p class=\"clause-text\">{text}</p></section>");
    }

    /// <summary>The labels of a hit's clause as badges: category, strength and amount in Dutch.</summary>
    private static Markup HitLabels(SearchHit hit) =>
        hit.Labels.Count > 0 ? Html.M($"<p class=\"labels\">{Html.Join(hit.Labels.Select(Labels.Badge), " ")}</p>") : Markup.Empty;

    private static void SearchForm(Html h, UrlState st, string q, bool byDate) => h.Add($"""
        <form class="search" method="get" action="/" role="search">
        <label for="q">Zoek in cao's en beleidsdocumenten</label>
        <div class="row"><input id="q" name="q" type="search" value="{q}" maxlength="1000" autocomplete="off" placeholder="bijv. ontwikkelbudget, &quot;van werk naar werk&quot;, scholing* sector:bouw" accesskey="z">
        <button type="submit">Zoeken</button></div>
        {st.Hidden("q", "like", "pagina", "sorteer")}
        <label for="sorteer" class="inline-label">Sorteren op</label>
        <select id="sorteer" name="sorteer" class="autosubmit"><option value="relevantie"{Sel(!byDate)}>relevantie</option><option value="datum"{Sel(byDate)}>datum (nieuwste eerst)</option></select>
        </form>
        """);

    private static Markup Sel(bool selected) => selected ? new Markup(" selected") : Markup.Empty;

    private static readonly Markup Intro = new("""
        <section class="intro"><h2>Zoektips</h2><ul>
        <li>Woorden worden samen gezocht: <a href="/?q=ontwikkelbudget">ontwikkelbudget</a>, <a href="/?q=loopbaanadvies%20recht">loopbaanadvies recht</a>.</li>
        <li>Een woord vindt ook samenstellingen: <a href="/?q=scholing">scholing</a> vindt scholingsbudget.</li>
        <li>Zinnen tussen aanhalingstekens: <a href="/?q=%22van%20werk%20naar%20werk%22">"van werk naar werk"</a>; OF: <code>outplacement OR mobiliteitsbureau</code>; uitsluiten: <code>-pensioen</code>; voorvoegsel: <code>studie*</code>; nabijheid: <code>NEAR(budget scholing, 5)</code>.</li>
        <li>Filters in de zoekvraag: <code>sector:bouw</code>, <code>jaar:2025</code>, <code>type:company</code>, <code>cao:metaal</code>, <code>categorie:LLO.BUDGET</code>.</li>
        <li>Alleen een filter bladert door alle artikelen: <a href="/?q=sector%3Azorg">sector:zorg</a>, <a href="/?q=categorie%3ALLO.BUDGET">categorie:LLO.BUDGET</a>.</li>
        <li>Toets <kbd>/</kbd> om naar het zoekvak te gaan.</li>
        </ul></section>
        """);

    private static void Hit(Html h, UrlState st, SearchHit hit, bool allVersions, string? query)
    {
        var url = DocumentUrl(hit.DocumentId, hit.ClauseId, query);
        int k = hit.EarlierVersions.Count;
        var more = Markup.Empty;
        if (hit.MatchedClauses > 1) more = Html.M($" · <span class=\"matched\">{hit.MatchedClauses} leden</span>");
        if (k > 0 && !allVersions)
            more = Html.M($"{more} · <a class=\"versions\" href=\"{st.With("versies", "alle").Without("pagina").Url}\">ook in {k} eerdere {(k == 1 ? "versie" : "versies")}</a>");
        h.Add($"""
            <li class="hit"><h3><a href="{url}">{hit.Name}</a></h3>
            <p class="where"><span class="path">{hit.Article}</span>{(hit.TitleHtml is { } t ? Html.M($" <span class=\"title\">{new Markup(t)}</span>") : Markup.Empty)}
            · <span>{Labels.Period(hit.Start, hit.End)}</span>{(hit.Sector is { } sec ? Html.M($" · <span>{sec}</span>") : Markup.Empty)}
            · <a href="/documents/{hit.DocumentId}/original#page={hit.PageStart}">pagina {hit.PageStart}</a>{more}</p>
            {HitLabels(hit)}
            <p class="snippet">{new Markup(hit.Snippet)}</p>
            <p class="actions"><a href="{url}">Open in document</a> · <a href="/?like={hit.ClauseId}">Meer zoals dit</a></p></li>
            """);
    }

    private static void Facets(Html h, UrlState st, SearchFacets f)
    {
        h.Add($"<aside class=\"facets\" aria-label=\"Filters\"><details class=\"fold\" open><summary><h2>Filters</h2></summary>");
        Facet(h, st, "sector", "Sector", f.Sector, v => v);
        Facet(h, st, "jaar", "Jaar", f.Year.OrderByDescending(x => x.Value).ToList(), v => v);
        Facet(h, st, "type", "Soort", f.Type, v => v switch { "sector" => "sector-cao", "company" => "ondernemings-cao", "policy" => "beleidsdocument", _ => v });
        if (f.Category is { } c) Facet(h, st, "categorie", "Categorie", c, Labels.Dutch);
        if (f.Strength is { } s) Facet(h, st, "sterkte", "Sterkte", s, Labels.StrengthDutch);
        h.Add($"</details></aside>");
    }

    private static void Facet(Html h, UrlState st, string key, string title, IReadOnlyList<FacetCount> counts, Func<string, string> label)
    {
        var chosen = st.Get(key);
        h.Add($"<section class=\"facet\"><h3>{title}</h3><ul>");
        if (chosen is not null)
            h.Add($"<li class=\"chosen\"><a href=\"{st.With(key, null).Without("pagina").Url}\" aria-label=\"Filter {title} verwijderen\">{label(chosen)} ✕</a></li>");
        foreach (var c in counts.Take(15))
        {
            if (c.Value == chosen) continue;
            h.Add($"<li><a href=\"{st.With(key, c.Value).Without("pagina").Url}\">{label(c.Value)}</a> <span class=\"count\">{c.Count}</span></li>");
        }
        h.Add($"</ul></section>");
    }

    private static void Pager(Html h, UrlState st, SearchResult r)
    {
        bool hasNext = r.Total >= 0 ? r.Page * r.Size < r.Total : r.Hits.Count == r.Size;
        if (r.Page == 1 && !hasNext) return;
        h.Add($"<nav class=\"pager\" aria-label=\"Paginering\">");
        if (r.Page > 1) h.Add($"<a rel=\"prev\" href=\"{st.With("pagina", (r.Page - 1).ToString()).Url}\">← Vorige</a>");
        h.Add($" <span>pagina {r.Page}{(r.Total >= 0 ? $" van {Math.Max(1, (r.Total + r.Size - 1) / r.Size)}" : "")}</span> ");
        if (hasNext) h.Add($"<a rel=\"next\" href=\"{st.With("pagina", (r.Page + 1).ToString()).Url}\">Volgende →</a>");
        h.Add($"</nav>");
    }
}
