using CaoMonitor.Diff;
using CaoMonitor.Domain;
using CaoMonitor.Storage;

namespace CaoMonitor.Web.Pages;

/// <summary>
/// Differences between two versions of one cao (<see cref="VersionDiff"/>): first a table of
/// provision changes per category, each linking to both clauses; then the articles, matched by
/// content, with labelled articles first and word-level changes marked.
/// </summary>
public static class DiffPage
{
    public static void Map(RouteGroupBuilder g) => g.MapGet("/diff", Show).ExcludeFromDescription();

    private static IResult Show(HttpContext ctx, CaoStore store)
    {
        var h = new Html();
        h.Add($"<h1>Verschillen tussen versies</h1>");
        long.TryParse(ctx.Request.Query["a"], out var aId);
        long.TryParse(ctx.Request.Query["b"], out var bId);
        Picker(h, store, aId, bId);
        if (aId == 0 || bId == 0) return Layout.Page(ctx, "Verschillen", h.ToMarkup());

        var a = store.GetDocument(aId);
        var b = store.GetDocument(bId);
        if (a is null || b is null)
        {
            h.Add($"<p class=\"error\" role=\"alert\">Document {(a is null ? aId : bId)} bestaat niet. Kies twee versies hierboven.</p>");
            return Layout.Page(ctx, "Verschillen", h.ToMarkup(), StatusCodes.Status404NotFound);
        }
        if (a.Version.AgreementId != b.Version.AgreementId)
        {
            h.Add($"<p class=\"error\" role=\"alert\">Dit zijn geen versies van dezelfde cao: kies twee versies van één cao.</p>");
            return Layout.Page(ctx, "Verschillen", h.ToMarkup(), StatusCodes.Status400BadRequest);
        }
        var d = VersionDiff.Compute(store, a, b);
        h.Add($"<p>Van <a href=\"/documents/{a.Id}\">{a.Version.Name}</a> ({Labels.Period(CaoStore.Iso(a.Version.Start), CaoStore.Iso(a.Version.End))}) naar <a href=\"/documents/{b.Id}\">{b.Version.Name}</a> ({Labels.Period(CaoStore.Iso(b.Version.Start), CaoStore.Iso(b.Version.End))}).</p>");
        h.Add($"<p id=\"samenvatting\">{Articles(d.Pairs.Count)}: {d.Count(ArticleChange.Changed)} gewijzigd, {d.Count(ArticleChange.Renumbered)} alleen hernummerd of hernoemd, {d.Count(ArticleChange.Added)} nieuw, {d.Count(ArticleChange.Removed)} vervallen, {d.Count(ArticleChange.Unchanged)} ongewijzigd. Artikelen worden op inhoud gekoppeld; nummer en titel tellen alleen mee als hint. <del>Verwijderd</del> en <ins>toegevoegd</ins> zijn gemarkeerd.</p>");

        ProvisionTable(h, d);

        foreach (var (title, group) in new[] { ("Artikelen met VWNW- of LLO-afspraken", d.Pairs.Where(p => p.Labelled).ToList()), ("Overige artikelen", d.Pairs.Where(p => !p.Labelled).ToList()) })
        {
            if (group.Count == 0) continue;
            h.Add($"<h2>{title}</h2>");
            foreach (var p in group) Render(h, p, a.Id, b.Id);
        }
        return Layout.Page(ctx, "Verschillen", h.ToMarkup());
    }

    private static string Articles(int n) => n == 1 ? "1 artikel" : $"{n} artikelen";

    /// <summary>What a negotiator asks first: per category, added, removed, stronger or weaker, another amount or period.</summary>
    private static void ProvisionTable(Html h, VersionDiffResult d)
    {
        h.Add($"<div class=\"table-scroll\"><table class=\"data\" id=\"afspraken\"><caption>Wijzigingen in afspraken over VWNW en LLO</caption>");
        if (d.ProvisionChanges.Count == 0)
        {
            h.Add($"<tbody><tr><td>Geen: elke categorie heeft in beide versies dezelfde sterkte, hetzelfde bedrag en dezelfde periode.</td></tr></tbody></table></div>");
            return;
        }
        h.Add($"<thead><tr><th scope=\"col\">Categorie</th><th scope=\"col\">Wijziging</th><th scope=\"col\">Oud</th><th scope=\"col\">Nieuw</th><th scope=\"col\">Bepalingen</th></tr></thead><tbody>");
        foreach (var g in d.ProvisionChanges.GroupBy(c => c.Code))
        {
            var first = g.First();
            var what = string.Join("; ", g.Select(c => c.Change switch
            {
                "added" => "nieuw",
                "removed" => "vervallen",
                "strength" => $"sterkte: {c.Before!.Strength} → {c.After!.Strength}",
                "amount" => $"bedrag: {Amount(c.Before)} → {Amount(c.After)}",
                _ => $"periode: {c.Before?.Period ?? "–"} → {c.After?.Period ?? "–"}",
            }));
            var links = Html.Join(new[]
            {
                first.ClauseA is { } ca ? Html.M($"<a href=\"/documents/{d.A.Id}#c{ca}\">oud</a>") : Markup.Empty,
                first.ClauseB is { } cb ? Html.M($"<a href=\"/documents/{d.B.Id}#c{cb}\">nieuw</a>") : Markup.Empty,
            }.Where(m => m.Value.Length > 0), " · ");
            h.Add($"<tr data-code=\"{g.Key}\"><th scope=\"row\">{Labels.Dutch(g.Key)} <span class=\"muted\">{g.Key}</span></th><td>{what}</td><td>{State(first.Before)}</td><td>{State(first.After)}</td><td>{links}</td></tr>");
        }
        h.Add($"</tbody></table></div>");
    }

    private static string Amount(ProvisionState? s) =>
        s?.Amount is { } a ? "€ " + a.ToString("#,0.##", Html.Nl) + (s.Period is { } p ? " " + p : "") : "–";

    private static string State(ProvisionState? s) =>
        s is null ? "–" : s.Strength + (s.Amount is not null ? ", " + Amount(s) : s.Period is { } p ? ", " + p : "");

    private static void Picker(Html h, CaoStore store, long aId, long bId)
    {
        var groups = store.ListDocuments(currentOnly: true).Where(d => d.Document.Status == DocumentStatus.Ok)
            .GroupBy(d => d.Version.AgreementId).Where(g => g.Count() > 1).OrderBy(g => g.First().Version.Name, StringComparer.CurrentCulture).ToList();
        h.Add($"<form method=\"get\" action=\"/diff\" class=\"grid-form\">");
        foreach (var (name, label, current) in new[] { ("a", "Oude versie", aId), ("b", "Nieuwe versie", bId) })
        {
            h.Add($"<label>{label}<select name=\"{name}\"><option value=\"\">–</option>");
            foreach (var g in groups)
            {
                h.Add($"<optgroup label=\"{g.Key}\">");
                foreach (var d in g.OrderBy(d => d.Version.Start))
                    h.Add($"<option value=\"{d.Id}\"{(d.Id == current ? new Markup(" selected") : Markup.Empty)}>{d.Version.Name}</option>");
                h.Add($"</optgroup>");
            }
            h.Add($"</select></label>");
        }
        h.Add($"<div><button type=\"submit\">Vergelijk versies</button></div></form>");
    }

    private static void Render(Html h, ArticlePair p, long aId, long bId)
    {
        var c = (p.New ?? p.Old)!.Clause;
        var heading = DocumentPage.Heading(c);
        string status;
        Markup body;
        bool changed = p.Change is ArticleChange.Changed or ArticleChange.Added or ArticleChange.Removed;
        var was = p.Old is not null && p.New is not null && DocumentPage.Heading(p.Old.Clause) != heading ? $" (was: {DocumentPage.Heading(p.Old.Clause)})" : "";
        switch (p.Change)
        {
            case ArticleChange.Added: status = "nieuw"; body = Html.M($"<ins>{p.New!.Clause.Text}</ins>"); break;
            case ArticleChange.Removed: status = "vervallen"; body = Html.M($"<del>{p.Old!.Clause.Text}</del>"); break;
            default:
                status = p.Change switch { ArticleChange.Changed => "gewijzigd", ArticleChange.Renumbered => "hernummerd", _ => "ongewijzigd" } + was;
                body = WordDiff.Render(WordDiff.Diff(p.Old!.Clause.Text, p.New!.Clause.Text));
                break;
        }
        var links = Html.M($"{(p.Old is not null ? Html.M($"<a href=\"/documents/{aId}#c{p.Old.Clause.Id}\">oud</a>") : Markup.Empty)} {(p.New is not null ? Html.M($"<a href=\"/documents/{bId}#c{p.New.Clause.Id}\">nieuw</a>") : Markup.Empty)}");
        var label = p.Labelled ? new Markup(" <span class=\"dot\" title=\"bevat VWNW/LLO\">●</span>") : Markup.Empty;
        if (changed)
            h.Add($"<section class=\"diff-article changed\"><h3>{heading}{label} <span class=\"diff-status\">{status} · {links}</span></h3><div class=\"diff-body\">{body}</div></section>");
        else
            h.Add($"<details class=\"diff-article\"><summary>{heading}{label} <span class=\"diff-status\">{status}</span></summary><div class=\"diff-body\">{body}</div></details>");
    }
}
