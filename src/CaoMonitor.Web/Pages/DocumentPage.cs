using CaoMonitor.Classification;
using CaoMonitor.Domain;
using CaoMonitor.Search;
using CaoMonitor.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaoMonitor.Web.Pages;

/// <summary>
/// The document list and one document: metadata, table of contents, the text per clause with its
/// VWNW/LLO labels (evidence highlighted, strength, amounts), the original PDF at the right page, and
/// the other versions of the same cao.
/// </summary>
public static class DocumentPage
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/documents", List).ExcludeFromDescription();
        g.MapGet("/documents/{id:long}", Show).ExcludeFromDescription();
        g.MapGet("/documents/{id:long}/original", Original).ExcludeFromDescription();
    }

    public static string TypeDutch(DocumentType t) => t switch
    {
        DocumentType.Sector => "sector-cao",
        DocumentType.Company => "ondernemings-cao",
        _ => "beleidsdocument",
    };

    private static IResult List(HttpContext ctx, CaoStore store)
    {
        var h = new Html();
        h.Add($"<h1>Documenten</h1><table class=\"data\"><thead><tr><th scope=\"col\">Naam</th><th scope=\"col\">Soort</th><th scope=\"col\">Sector</th><th scope=\"col\">Periode</th><th scope=\"col\" class=\"num\">Werknemers</th><th scope=\"col\" class=\"num\">Pagina's</th><th scope=\"col\">Status</th></tr></thead><tbody>");
        foreach (var d in store.ListDocuments(currentOnly: true))
        {
            var v = d.Version;
            h.Add($"<tr><td><a href=\"/documents/{d.Id}\">{v.Name}</a></td><td>{TypeDutch(v.Type)}</td><td>{v.Sector ?? ""}</td><td>{Labels.Period(CaoStore.Iso(v.Start), CaoStore.Iso(v.End))}</td><td class=\"num\">{v.Employees?.ToString("N0", Html.Nl) ?? ""}</td><td class=\"num\">{d.Document.PageCount}</td><td>{(d.Document.Status == DocumentStatus.Ok ? "gelezen" : "mislukt: " + (d.Document.Error ?? ""))}</td></tr>");
        }
        h.Add($"</tbody></table>");
        return Layout.Page(ctx, "Documenten", h.ToMarkup());
    }

    private static IResult Show(long id, HttpContext ctx, CaoStore store, LabelStore labelStore)
    {
        var doc = store.GetDocument(id);
        if (doc is null) return Results.NotFound();
        var v = doc.Version;
        var d = doc.Document;
        var h = new Html();
        h.Add($"<article class=\"document\"><h1>{v.Name}</h1>");
        h.Add($"<dl class=\"meta\"><dt>Soort</dt><dd>{TypeDutch(v.Type)}{(v.Avv == true ? " (algemeen verbindend verklaard)" : "")}</dd>");
        if (v.Sector is { } sector) h.Add($"<dt>Sector</dt><dd>{sector}</dd>");
        if (v.Parties is { } parties) h.Add($"<dt>Partijen</dt><dd>{parties}</dd>");
        h.Add($"<dt>Looptijd</dt><dd>{Labels.Period(CaoStore.Iso(v.Start), CaoStore.Iso(v.End))}</dd>");
        h.Add($"<dt>Werknemers</dt><dd>{v.Employees?.ToString("N0", Html.Nl) ?? "onbekend"}</dd>");
        h.Add($"<dt>Bestand</dt><dd><a href=\"/documents/{id}/original\">{Path.GetFileName(d.SourceFile)}</a> · {d.PageCount} pagina's{(doc.OcrPages > 0 ? $", waarvan {doc.OcrPages} met tekstherkenning" : "")} · versie {v.Id}{(d.Revision > 1 ? $", revisie {d.Revision}" : "")}{(doc.IsCurrent ? "" : " (niet meer actueel)")}</dd>");
        if (v.Type != DocumentType.Policy && v.Start is null && d.Status == DocumentStatus.Ok)
            h.Add($"<dt>Let op</dt><dd class=\"notice\" role=\"status\">Geen looptijd gevonden: deze cao telt in geen enkel monitorjaar mee. Vul de begindatum aan in het register.</dd>");
        if (v.Derived.Count > 0) h.Add($"<dt>Afgeleid</dt><dd>van het voorblad: {string.Join(", ", v.Derived)}</dd>");
        h.Add($"</dl>");
        if (d.Status == DocumentStatus.Failed)
        {
            h.Add($"<p class=\"error\">Dit bestand kon niet worden gelezen ({doc.ErrorReason}): {d.Error}</p></article>");
            return Layout.Page(ctx, v.Name, h.ToMarkup());
        }

        var versions = store.VersionsOf(v.AgreementId).Where(o => o.Id != id).ToList();
        if (versions.Count > 0)
        {
            h.Add($"<section class=\"versions\"><h2>Andere versies van deze cao</h2><ul>");
            foreach (var o in versions)
                h.Add($"<li><a href=\"/documents/{o.Id}\">{o.Version.Name}</a> ({Labels.Period(CaoStore.Iso(o.Version.Start), CaoStore.Iso(o.Version.End))}) · <a href=\"/diff?a={Older(o, doc).Id}&amp;b={Newer(o, doc).Id}\">verschillen</a></li>");
            h.Add($"</ul></section>");
        }

        var clauses = store.GetClauses(id);
        if (CaoMonitor.Segmentation.StructureQuality.HoldsTextTwice(clauses))
            h.Add($"<p class=\"notice\" role=\"status\">Dit document bevat zijn tekst twee keer; de tweede kopie staat onder paden met (2).</p>");
        if (store.GetText(id) is { Length: > 0 } fullText && CaoMonitor.Segmentation.StructureQuality.MuchUncovered(fullText, clauses, out var lost))
            h.Add($"<p class=\"notice\" role=\"status\">Let op: {(100.0 * lost / fullText.Length).ToString("F0", Html.Nl)}% van de tekst van dit document ({lost.ToString("N0", Html.Nl)} tekens) staat in geen enkel artikel of lid. Zoeken, labels en export missen die tekst; lees die delen in het <a href=\"/documents/{id}/original\">originele bestand</a>.</p>");
        var labels = labelStore.ForDocument(id);
        var children = clauses.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value);
        var roots = clauses.Where(c => c.ParentId is null).ToList();
        bool analyst = Layout.Can(ctx.User, Roles.Analyst);

        // From a search hit: the query's words are marked in the clauses where the search finds them.
        var query = ctx.Request.Query["q"].FirstOrDefault()?.Trim();
        var marks = string.IsNullOrEmpty(query) ? new Dictionary<long, IReadOnlyList<Span>>() : new Searcher(store).MarksIn(query, id);
        if (!string.IsNullOrEmpty(query))
            h.Add($"<p class=\"notice search-marks\" role=\"status\">{(marks.Count == 0 ? Html.M($"De zoekwoorden van <q>{query}</q> staan niet letterlijk in de tekst.") : Html.M($"De zoekwoorden van <q>{query}</q> zijn gemarkeerd in {marks.Count} {(marks.Count == 1 ? "artikellid" : "artikelleden")}."))} <a href=\"/?q={Uri.EscapeDataString(query)}\">Terug naar de resultaten</a> · <a href=\"/documents/{id}\">Zonder markering</a></p>");

        int labelled = clauses.Count(c => labels[c.Id].Any());
        h.Add($"<nav class=\"toc\" aria-labelledby=\"toc-title\"><h2 id=\"toc-title\">Inhoud</h2><p>{labelled} artikelleden met een VWNW- of LLO-afspraak.</p><ul>");
        foreach (var c in roots) Toc(h, c, children, labels);
        h.Add($"</ul></nav><div class=\"text\">");
        foreach (var c in roots) Render(h, c, children, labels, marks, id, analyst, 2);
        h.Add($"</div></article>");
        return Layout.Page(ctx, v.Name, h.ToMarkup());
    }

    private static StoredDocument Older(StoredDocument a, StoredDocument b) => (a.Version.Start ?? DateOnly.MinValue) <= (b.Version.Start ?? DateOnly.MinValue) ? a : b;
    private static StoredDocument Newer(StoredDocument a, StoredDocument b) => ReferenceEquals(Older(a, b), a) ? b : a;

    public static string Heading(Clause c) => c.Kind switch
    {
        ClauseKind.Chapter => $"Hoofdstuk {c.Number}",
        ClauseKind.Appendix => $"Bijlage {c.Number}",
        ClauseKind.Article => $"Artikel {c.Number}",
        ClauseKind.Paragraph => $"Lid {c.Number}",
        _ => c.Number ?? "",
    } + (c.Title is { Length: > 0 } t ? " " + t : "");

    private static bool HasLabels(Clause c, ILookup<long, Clause> children, ILookup<long, StoredLabel> labels) =>
        labels[c.Id].Any() || children[c.Id].Any(x => HasLabels(x, children, labels));

    private static void Toc(Html h, Clause c, ILookup<long, Clause> children, ILookup<long, StoredLabel> labels)
    {
        if (c.Kind is ClauseKind.Paragraph) return;
        var kids = children[c.Id].Where(k => k.Kind is not ClauseKind.Paragraph).ToList();
        h.Add($"<li><a href=\"#c{c.Id}\">{Heading(c)}</a>{(HasLabels(c, children, labels) ? new Markup(" <span class=\"dot\" title=\"bevat VWNW/LLO\">●</span>") : Markup.Empty)}");
        if (kids.Count > 0)
        {
            h.Add($"<ul>");
            foreach (var k in kids) Toc(h, k, children, labels);
            h.Add($"</ul>");
        }
        h.Add($"</li>");
    }

    private static void Render(Html h, Clause c, ILookup<long, Clause> children, ILookup<long, StoredLabel> labels,
        IReadOnlyDictionary<long, IReadOnlyList<Span>> marks, long docId, bool analyst, int level)
    {
        var kids = children[c.Id].ToList();
        if (kids.Count > 0 && !c.IsLeaf)
        {
            int hl = Math.Min(level, 4);
            h.Add($"<section class=\"part\" id=\"c{c.Id}\"><h{hl}>{Heading(c)} <a class=\"page\" href=\"/documents/{docId}/original#page={c.PageStart}\">p. {c.PageStart}</a></h{hl}>");
            foreach (var k in kids) Render(h, k, children, labels, marks, docId, analyst, level + 1);
            h.Add($"</section>");
            return;
        }
        var ls = labels[c.Id].ToList();
        var found = marks.GetValueOrDefault(c.Id);
        h.Add($"<div class=\"clause{(ls.Count > 0 ? " labelled" : "")}{(found is null ? "" : " found")}\" id=\"c{c.Id}\" tabindex=\"-1\">");
        h.Add($"<p class=\"where\"><span class=\"path\">{c.Path}</span>{(c.Kind != ClauseKind.Paragraph && c.Title is { } t ? Html.M($" <b>{t}</b>") : Markup.Empty)} · <a class=\"page\" href=\"/documents/{docId}/original#page={c.PageStart}\">pagina {c.PageStart}{(c.PageEnd != c.PageStart ? $"–{c.PageEnd}" : "")}</a></p>");
        if (ls.Count > 0)
        {
            h.Add($"<p class=\"labels\">");
            foreach (var l in ls) h.Add(Labels.Badge(l)).Add($" ");
            h.Add($"</p>");
        }
        h.Add($"<p class=\"clause-text\">{Labels.Highlight(c.Text, ls.SelectMany(l => l.Evidence), found)}</p>");
        if (c.IsLeaf)
            h.Add($"<p class=\"actions\"><a href=\"/?like={c.Id}\">Meer zoals dit</a>{(analyst ? Html.M($" · <a href=\"/review?clause={c.Id}\">Labels beoordelen</a>") : Markup.Empty)}</p>");
        h.Add($"</div>");
    }

    /// <summary>
    /// The original file. PDFs open in the browser (with #page=N the viewer jumps to the page); any
    /// other type is only offered as a download, so an HTML original can never run on this site.
    /// </summary>
    private static IResult Original(long id, HttpContext ctx, CaoStore store)
    {
        var doc = store.GetDocument(id);
        if (doc is null) return Results.NotFound();
        var ext = Path.GetExtension(doc.Document.SourceFile).ToLowerInvariant();
        var path = store.Originals.PathFor(doc.Document.Sha256, ext);
        if (!File.Exists(path)) return Results.NotFound();
        var name = Path.GetFileName(doc.Document.SourceFile);
        if (ext == ".pdf")
        {
            // The browser's PDF viewer needs to run; the page CSP would stop it, and a PDF is not our markup.
            ctx.Response.Headers.Remove("Content-Security-Policy");
            ctx.Response.Headers.ContentDisposition = "inline; filename=\"" + SafeName(name) + "\"";
            return Results.File(path, "application/pdf");
        }
        return Results.File(path, "application/octet-stream", SafeName(name));
    }

    private static string SafeName(string name) => new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
}
