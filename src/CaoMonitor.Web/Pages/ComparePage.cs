using CaoMonitor.Classification;
using System.Text.Json;
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

    private sealed record Row(long ClauseId, string Code, string Strength, decimal? Amount, string? Period, decimal? Percent, decimal? Hours,
        decimal? Days, string Evidence, string Text, string Path, int Page, long DocumentId, string DocumentName);

    private static IResult Show(HttpContext ctx, CaoStore store)
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

        var rows = choices.ToDictionary(c => c.Value, c => Rows(store, c.Documents.Select(d => d.Id), category));
        h.Add($"<div class=\"table-scroll\"><table class=\"data\" id=\"samenvatting\"><caption>{Labels.Dutch(category)}: naast elkaar</caption><thead><tr><th scope=\"col\">Cao of sector</th><th scope=\"col\">Cao's met de afspraak</th><th scope=\"col\">Sterkste afspraak</th><th scope=\"col\">Bedragen en omvang</th><th scope=\"col\" class=\"num\">Artikelleden</th></tr></thead><tbody>");
        foreach (var c in choices)
        {
            var r = rows[c.Value];
            var strongest = r.Select(x => x.Strength).OrderBy(StrengthRank).FirstOrDefault();
            var amounts = r.Select(x => Labels.Amounts(ToLabel(x))).Where(a => a.Length > 0).Distinct().ToList();
            int with = r.Select(x => x.DocumentId).Distinct().Count();
            var coverage = c.IsSector ? $"{with} van {Caos(c.Documents.Count)}" : with > 0 ? "ja" : "nee";
            h.Add($"<tr><th scope=\"row\">{c.Title}</th><td>{coverage}</td><td>{(strongest is null ? "geen afspraak gevonden" : Labels.StrengthDutch(strongest))}</td><td>{string.Join("; ", amounts)}</td><td class=\"num\">{r.Count}</td></tr>");
        }
        h.Add($"</tbody></table></div>");
        // Per sector: which cao has which strength, amount and period (a sector's figures hide that).
        foreach (var c in choices.Where(c => c.IsSector))
        {
            var byDoc = rows[c.Value].ToLookup(x => x.DocumentId);
            h.Add($"<div class=\"table-scroll\"><table class=\"data per-cao\"><caption>{c.Title}: per cao</caption><thead><tr><th scope=\"col\">Cao</th><th scope=\"col\">Sterkste afspraak</th><th scope=\"col\">Bedrag en periode</th><th scope=\"col\">Bepalingen</th></tr></thead><tbody>");
            foreach (var d in c.Documents.OrderBy(d => byDoc[d.Id].Any() ? 0 : 1).ThenBy(d => d.Version.Name, StringComparer.CurrentCulture))
            {
                var mine = byDoc[d.Id].OrderBy(x => StrengthRank(x.Strength)).ToList();
                var amounts = mine.Select(x => Labels.Amounts(ToLabel(x))).Where(a => a.Length > 0).Distinct().ToList();
                var links = Html.Join(mine.Select(x => x.ClauseId).Distinct().Take(5).Select(id => Html.M($"<a href=\"/documents/{d.Id}#c{id}\">{mine.First(x => x.ClauseId == id).Path}</a>")), ", ");
                h.Add($"<tr><th scope=\"row\"><a href=\"/documents/{d.Id}\">{d.Version.Name}</a></th><td>{(mine.Count == 0 ? "geen afspraak gevonden" : Labels.StrengthDutch(mine[0].Strength))}</td><td>{(amounts.Count == 0 ? "–" : string.Join("; ", amounts))}</td><td>{links}</td></tr>");
            }
            h.Add($"</tbody></table></div>");
        }
        h.Add($"<div class=\"compare\">");
        foreach (var c in choices)
        {
            h.Add($"<section class=\"column\" aria-label=\"{c.Title}\"><h2>{c.Title}</h2>");
            var r = rows[c.Value];
            if (r.Count == 0) h.Add($"<p class=\"muted\">Geen artikelleden met deze categorie.</p>");
            foreach (var x in r.OrderBy(x => StrengthRank(x.Strength)).ThenBy(x => x.DocumentName).ThenBy(x => x.ClauseId))
            {
                var label = ToLabel(x);
                h.Add($"""
                    <div class="clause labelled" id="c{x.ClauseId}"><p class="where">{(c.Documents.Count > 1 ? Html.M($"{x.DocumentName} · ") : Markup.Empty)}<a href="/documents/{x.DocumentId}#c{x.ClauseId}">{x.Path}</a> · <a href="/documents/{x.DocumentId}/original#page={x.Page}">p. {x.Page}</a></p>
                    <p class="labels">{Labels.Badge(label)}</p>
                    <p class="clause-text">{Labels.Highlight(x.Text, label.Evidence)}</p>
                    <p class="actions"><a href="/?like={x.ClauseId}">Meer zoals dit</a></p></div>
                    """);
            }
            h.Add($"</section>");
        }
        h.Add($"</div>");
        return Layout.Page(ctx, "Vergelijken", h.ToMarkup());
    }

    private static string Caos(int n) => n == 1 ? "1 cao" : $"{n} cao's";

    private static Markup Sel(bool on) => on ? new Markup(" selected") : Markup.Empty;

    private static int StrengthRank(string s) => s switch { "recht" => 0, "inspanning" => 1, _ => 2 };

    private static StoredLabel ToLabel(Row x) =>
        new(x.ClauseId, x.Code, x.Strength, 1, x.Amount, x.Period, x.Percent, x.Hours, x.Days, StoredLabels.Evidence(x.Evidence), "", null);

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

    private static List<Row> Rows(CaoStore store, IEnumerable<long> documentIds, string category) => store.Query("""
        SELECT e.clause_id, e.code, e.strength, e.amount_eur, e.period, e.percent, e.hours, e.days, e.evidence, c.text, c.path, c.page_start, d.id, d.name
        FROM effective_provisions e JOIN clauses c ON c.id = e.clause_id JOIN documents d ON d.id = c.document_id
        WHERE d.id IN (SELECT value FROM json_each($docs)) AND (e.code = $cat OR substr(e.code, 1, length($cat) + 1) = $cat || '.')
        ORDER BY d.id, c.ordinal, e.code
        """, r => new Row(r.GetInt64(0), r.GetString(1), r.GetString(2), D(r, 3), r.IsDBNull(4) ? null : r.GetString(4), D(r, 5), D(r, 6), D(r, 7),
            r.GetString(8), r.GetString(9), r.GetString(10), r.GetInt32(11), r.GetInt64(12), r.GetString(13)),
        ("$docs", JsonSerializer.Serialize(documentIds)), ("$cat", category));

    private static decimal? D(Microsoft.Data.Sqlite.SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);
}
