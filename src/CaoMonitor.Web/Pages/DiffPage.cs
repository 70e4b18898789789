using CaoMonitor.Classification;
using CaoMonitor.Domain;
using CaoMonitor.Storage;

namespace CaoMonitor.Web.Pages;

/// <summary>
/// Differences between two versions of one cao: articles matched by number, then by title; word-level
/// changes marked; articles with VWNW/LLO labels (in either version) first.
/// </summary>
public static class DiffPage
{
    public static void Map(RouteGroupBuilder g) => g.MapGet("/diff", Show).ExcludeFromDescription();

    public sealed record Article(Clause Clause, string Key, string TitleKey, bool Labelled);

    public sealed record Pair(Article? Old, Article? New)
    {
        public bool Labelled => Old?.Labelled == true || New?.Labelled == true;
    }

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
        if (a is null || b is null) return Results.NotFound();
        if (a.Version.AgreementId != b.Version.AgreementId)
        {
            h.Add($"<p class=\"error\" role=\"alert\">Dit zijn geen versies van dezelfde cao: kies twee versies van één cao.</p>");
            return Layout.Page(ctx, "Verschillen", h.ToMarkup(), StatusCodes.Status400BadRequest);
        }
        var pairs = Match(Articles(store, a.Id), Articles(store, b.Id));
        int changed = pairs.Count(p => p.Old is null || p.New is null || WordDiff.Changed(WordDiff.Diff(p.Old.Clause.Text, p.New.Clause.Text)));
        h.Add($"<p>Van <a href=\"/documents/{a.Id}\">{a.Version.Name}</a> ({Labels.Period(CaoStore.Iso(a.Version.Start), CaoStore.Iso(a.Version.End))}) naar <a href=\"/documents/{b.Id}\">{b.Version.Name}</a> ({Labels.Period(CaoStore.Iso(b.Version.Start), CaoStore.Iso(b.Version.End))}): {changed} van {pairs.Count} artikelen gewijzigd, toegevoegd of vervallen. <del>Verwijderd</del> en <ins>toegevoegd</ins> zijn gemarkeerd.</p>");

        foreach (var (title, group) in new[] { ("Artikelen met VWNW- of LLO-afspraken", pairs.Where(p => p.Labelled).ToList()), ("Overige artikelen", pairs.Where(p => !p.Labelled).ToList()) })
        {
            if (group.Count == 0) continue;
            h.Add($"<h2>{title}</h2>");
            foreach (var p in group) Render(h, p, a.Id, b.Id);
        }
        return Layout.Page(ctx, "Verschillen", h.ToMarkup());
    }

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

    private static string Norm(string? s) => string.Join(' ', (s ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');

    /// <summary>The articles of a document (top-level parts when it has none), each marked when a clause in it has a label.</summary>
    public static List<Article> Articles(CaoStore store, long documentId)
    {
        var clauses = store.GetClauses(documentId);
        var labelled = new LabelStore(store).ForDocument(documentId).Select(g => g.Key).ToHashSet();
        var byId = clauses.ToDictionary(c => c.Id);
        var articles = clauses.Where(c => c.Kind is ClauseKind.Article or ClauseKind.Section).ToList();
        if (articles.Count == 0) articles = clauses.Where(c => c.ParentId is null).ToList();
        var articleIds = articles.Select(c => c.Id).ToHashSet();
        var marked = new HashSet<long>();
        foreach (var id in labelled)
            for (var c = byId.GetValueOrDefault(id); c is not null; c = c.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
                if (articleIds.Contains(c.Id)) { marked.Add(c.Id); break; }
        return articles.Select(c => new Article(c, Norm(c.Number), Norm(c.Title), marked.Contains(c.Id))).ToList();
    }

    /// <summary>
    /// Pairs articles: same number and title first, then the same title (renumbered), then the same
    /// number (renamed); unmatched ones stand alone (added or removed).
    /// </summary>
    public static List<Pair> Match(List<Article> oldArticles, List<Article> newArticles)
    {
        var usedOld = new HashSet<Article>();
        var matched = new Dictionary<Article, Article>();
        void Pass(Func<Article, Article, bool> same)
        {
            foreach (var n in newArticles.Where(n => !matched.ContainsKey(n)))
            {
                var o = oldArticles.FirstOrDefault(o => !usedOld.Contains(o) && same(o, n));
                if (o is not null) { usedOld.Add(o); matched[n] = o; }
            }
        }
        Pass((o, n) => o.Key.Length > 0 && o.Key == n.Key && o.TitleKey == n.TitleKey);
        Pass((o, n) => o.TitleKey.Length > 0 && o.TitleKey == n.TitleKey);
        Pass((o, n) => o.Key.Length > 0 && o.Key == n.Key);
        var pairs = newArticles.Select(n => new Pair(matched.GetValueOrDefault(n), n)).ToList();
        // Removed articles go where they stood: after the new article that follows their predecessor.
        foreach (var o in oldArticles.Where(o => !usedOld.Contains(o)))
        {
            int idx = oldArticles.IndexOf(o);
            int at = pairs.FindIndex(p => p.Old is not null && oldArticles.IndexOf(p.Old) > idx);
            pairs.Insert(at < 0 ? pairs.Count : at, new Pair(o, null));
        }
        return pairs;
    }

    private static void Render(Html h, Pair p, long aId, long bId)
    {
        var c = (p.New ?? p.Old)!.Clause;
        var heading = DocumentPage.Heading(c);
        string status;
        Markup body;
        bool changed = true;
        if (p.Old is null) { status = "nieuw"; body = Html.M($"<ins>{p.New!.Clause.Text}</ins>"); }
        else if (p.New is null) { status = "vervallen"; body = Html.M($"<del>{p.Old.Clause.Text}</del>"); }
        else
        {
            var pieces = WordDiff.Diff(p.Old.Clause.Text, p.New.Clause.Text);
            changed = WordDiff.Changed(pieces);
            var renamed = DocumentPage.Heading(p.Old.Clause) != heading ? $" (was: {DocumentPage.Heading(p.Old.Clause)})" : "";
            status = (changed ? "gewijzigd" : "ongewijzigd") + renamed;
            body = WordDiff.Render(pieces);
        }
        var links = Html.M($"{(p.Old is not null ? Html.M($"<a href=\"/documents/{aId}#c{p.Old.Clause.Id}\">oud</a>") : Markup.Empty)} {(p.New is not null ? Html.M($"<a href=\"/documents/{bId}#c{p.New.Clause.Id}\">nieuw</a>") : Markup.Empty)}");
        var label = p.Labelled ? new Markup(" <span class=\"dot\" title=\"bevat VWNW/LLO\">●</span>") : Markup.Empty;
        if (changed)
            h.Add($"<section class=\"diff-article changed\"><h3>{heading}{label} <span class=\"diff-status\">{status} · {links}</span></h3><div class=\"diff-body\">{body}</div></section>");
        else
            h.Add($"<details class=\"diff-article\"><summary>{heading}{label} <span class=\"diff-status\">{status}</span></summary><div class=\"diff-body\">{body}</div></details>");
    }
}
