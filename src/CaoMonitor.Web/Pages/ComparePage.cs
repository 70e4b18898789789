using CaoMonitor.Classification;
using CaoMonitor.Storage;

namespace CaoMonitor.Web.Pages;

/// <summary>
/// Compare (negotiators): two to four cao's or sectors and one category; a table lines up their
/// strongest strength and amounts, then their clauses side by side, each with "more like this".
/// A cao is its newest version; a sector is the newest version of each of its cao's.
/// </summary>
public static class ComparePage
{
    public const int MaxChoices = 4;

    public static void Map(RouteGroupBuilder g) => g.MapGet("/compare", Show).ExcludeFromDescription();

    private sealed record Choice(string Value, string Title, List<StoredDocument> Documents)
    {
        public bool IsSector => Value.StartsWith("sector:", StringComparison.Ordinal);
    }

    private static IResult Show(HttpContext ctx, CaoStore store, LabelStore labels)
    {
        var docs = store.ListDocuments(currentOnly: true).Where(d => d.Document.Status == Domain.DocumentStatus.Ok && d.Version.Type != Domain.DocumentType.Policy).ToList();
        var newest = docs.GroupBy(d => d.Version.AgreementId).Select(g => g.OrderByDescending(d => d.Version.Start).ThenByDescending(d => d.Id).First())
            .OrderBy(d => d.Version.Name, StringComparer.CurrentCulture).ToList();
        var sectors = newest.Select(d => d.Version.Sector).OfType<string>().Distinct().Order(StringComparer.CurrentCulture).ToList();
        var picked = ctx.Request.Query["kies"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().Take(MaxChoices).ToList();
        var category = ctx.Request.Query["categorie"].FirstOrDefault()?.Trim().ToUpperInvariant() ?? "";

        var h = new Html();
        h.Add($"<h1>Vergelijken</h1><form method=\"get\" action=\"/compare\" class=\"grid-form\">");
        for (int i = 0; i < MaxChoices; i++)
        {
            var current = i < picked.Count ? picked[i] : "";
            h.Add($"<label>Cao of sector {i + 1}<select name=\"kies\"><option value=\"\">–</option><optgroup label=\"Cao's\">");
            foreach (var d in newest)
                h.Add($"<option value=\"cao:{d.Version.AgreementId}\"{Sel(current == "cao:" + d.Version.AgreementId)}>{d.Version.Name}</option>");
            h.Add($"</optgroup><optgroup label=\"Sectoren\">");
            foreach (var s in sectors) h.Add($"<option value=\"sector:{s}\"{Sel(current == "sector:" + s)}>{s}</option>");
            h.Add($"</optgroup></select></label>");
        }
        h.Add($"<label>Categorie<select name=\"categorie\"><option value=\"\">kies een categorie</option>");
        foreach (var g in new[] { "VWNW", "LLO" }) h.Add($"<option value=\"{g}\"{Sel(category == g)}>alle {g}</option>");
        foreach (var c in Labels.Categories) h.Add($"<option value=\"{c.Code}\"{Sel(category == c.Code)}>{c.Label}</option>");
        h.Add($"</select></label><div><button type=\"submit\">Vergelijk</button></div></form>");

        var choices = picked.Select(p => Resolve(p, newest)).OfType<Choice>().ToList();
        if (choices.Count < 2 || category.Length == 0)
        {
            h.Add($"<p class=\"hint\">Kies twee tot vier cao's of sectoren en een categorie.</p>");
            return Layout.Page(ctx, "Vergelijken", h.ToMarkup());
        }

        var rows = choices.ToDictionary(c => c.Value, c => labels.Find(new LabelQuery { Documents = c.Documents.Select(d => d.Id).ToList(), Category = category }));
        h.Add($"<div class=\"table-scroll\"><table class=\"data\" id=\"samenvatting\"><caption>{Labels.Dutch(category)}: naast elkaar</caption><thead><tr><th scope=\"col\">Cao of sector</th><th scope=\"col\">Cao's met de afspraak</th><th scope=\"col\">Sterkste afspraak</th><th scope=\"col\">Bedragen en omvang</th><th scope=\"col\">Voorwaarden en doelgroep</th><th scope=\"col\" class=\"num\">Artikelleden</th></tr></thead><tbody>");
        foreach (var c in choices)
        {
            var r = rows[c.Value];
            var strongest = r.Select(x => x.Label.Strength).OrderBy(StrengthRank).FirstOrDefault();
            var amounts = r.Select(x => Labels.Amounts(x.Label)).Where(a => a.Length > 0).Distinct().ToList();
            var details = Details(r);
            int with = r.Select(x => x.Place.DocumentId).Distinct().Count();
            var coverage = c.IsSector ? $"{with} van {Caos(c.Documents.Count)}" : with > 0 ? "ja" : "nee";
            h.Add($"<tr><th scope=\"row\">{c.Title}</th><td>{coverage}</td><td>{(strongest is null ? "geen afspraak gevonden" : Labels.StrengthDutch(strongest))}</td><td>{string.Join("; ", amounts)}</td><td>{details}</td><td class=\"num\">{r.Count}</td></tr>");
        }
        h.Add($"</tbody></table></div>");
        // Per sector: which cao has which strength, amount and period (a sector's figures hide that).
        foreach (var c in choices.Where(c => c.IsSector))
        {
            var byDoc = rows[c.Value].ToLookup(x => x.Place.DocumentId);
            h.Add($"<div class=\"table-scroll\"><table class=\"data per-cao\"><caption>{c.Title}: per cao</caption><thead><tr><th scope=\"col\">Cao</th><th scope=\"col\">Sterkste afspraak</th><th scope=\"col\">Bedrag en periode</th><th scope=\"col\">Voorwaarden en doelgroep</th><th scope=\"col\">Bepalingen</th></tr></thead><tbody>");
            foreach (var d in c.Documents.OrderBy(d => byDoc[d.Id].Any() ? 0 : 1).ThenBy(d => d.Version.Name, StringComparer.CurrentCulture))
            {
                var mine = byDoc[d.Id].OrderBy(x => StrengthRank(x.Label.Strength)).ToList();
                var amounts = mine.Select(x => Labels.Amounts(x.Label)).Where(a => a.Length > 0).Distinct().ToList();
                var links = Html.Join(mine.Select(x => x.Label.ClauseId).Distinct().Take(5).Select(id => Html.M($"<a href=\"/documents/{d.Id}#c{id}\">{mine.First(x => x.Label.ClauseId == id).Place.Path}</a>")), ", ");
                h.Add($"<tr><th scope=\"row\"><a href=\"/documents/{d.Id}\">{d.Version.Name}</a></th><td>{(mine.Count == 0 ? "geen afspraak gevonden" : Labels.StrengthDutch(mine[0].Label.Strength))}</td><td>{(amounts.Count == 0 ? "–" : string.Join("; ", amounts))}</td><td>{Details(mine)}</td><td>{links}</td></tr>");
            }
            h.Add($"</tbody></table></div>");
        }
        h.Add($"<div class=\"compare\">");
        foreach (var c in choices)
        {
            h.Add($"<section class=\"column\" aria-label=\"{c.Title}\"><h2>{c.Title}</h2>");
            var r = rows[c.Value];
            if (r.Count == 0) h.Add($"<p class=\"muted\">Geen artikelleden met deze categorie.</p>");
            foreach (var (label, at) in r.OrderBy(x => StrengthRank(x.Label.Strength)).ThenBy(x => x.Place.DocumentName).ThenBy(x => x.Label.ClauseId))
            {
                // The comparison shows what was agreed, not who decided it: no review mark, as before.
                var shown = label with { Source = "", DecidedBy = null };
                h.Add($"""
                    <div class="clause labelled" id="c{label.ClauseId}"><p class="where">{(c.Documents.Count > 1 ? Html.M($"{at.DocumentName} · ") : Markup.Empty)}<a href="/documents/{at.DocumentId}#c{label.ClauseId}">{at.Path}</a> · <a href="/documents/{at.DocumentId}/original#page={at.PageStart}">p. {at.PageStart}</a></p>
                    <p class="labels">{Labels.Badge(shown)}{(Labels.Details(label.Attributes) is { Length: > 0 } d ? Html.M($" <span class=\"details\">{d}</span>") : Markup.Empty)}</p>
                    <p class="clause-text">{Labels.Highlight(at.ClauseText, label.Evidence)}</p>
                    <p class="actions"><a href="/?like={label.ClauseId}">Meer zoals dit</a></p></div>
                    """);
            }
            h.Add($"</section>");
        }
        h.Add($"</div>");
        return Layout.Page(ctx, "Vergelijken", h.ToMarkup());
    }

    /// <summary>The distinct extracted details of some labels (target group, payer, contracts, age, service), "–" when none.</summary>
    private static string Details(IEnumerable<PlacedLabel> labels)
    {
        var d = labels.Select(x => Labels.Details(x.Label.Attributes)).Where(t => t.Length > 0).Distinct().Take(4).ToList();
        return d.Count == 0 ? "–" : string.Join(" | ", d);
    }

    private static string Caos(int n) => n == 1 ? "1 cao" : $"{n} cao's";

    private static Markup Sel(bool on) => on ? new Markup(" selected") : Markup.Empty;

    private static int StrengthRank(string s) => s switch { "recht" => 0, "inspanning" => 1, _ => 2 };

    private static Choice? Resolve(string value, List<StoredDocument> newest)
    {
        if (value.StartsWith("cao:", StringComparison.Ordinal))
        {
            var d = newest.FirstOrDefault(d => d.Version.AgreementId == value[4..]);
            return d is null ? null : new Choice(value, $"{d.Version.Name}", [d]);
        }
        if (value.StartsWith("sector:", StringComparison.Ordinal))
        {
            var list = newest.Where(d => d.Version.Sector == value[7..]).ToList();
            return list.Count == 0 ? null : new Choice(value, $"Sector {value[7..]} ({Caos(list.Count)})", list);
        }
        return null;
    }
}
