using System.Globalization;
using System.Text.Json;
using CaoMonitor.Classification;
using CaoMonitor.Domain;
using CaoMonitor.Storage;

namespace CaoMonitor.Web.Pages;

/// <summary>
/// Review (analysts): a queue of classifier labels nobody has checked yet, least certain first, and
/// per clause the classifier's evidence with confirm / reject / add. Decisions go through
/// <see cref="LabelStore.Decide"/> and win over the classifier everywhere.
/// </summary>
public static class ReviewPage
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/review", Show).ExcludeFromDescription();
        g.MapPost("/review", Decide).WithAntiforgery().ExcludeFromDescription();
    }

    private static IResult Show(HttpContext ctx, CaoStore store, LabelStore labels)
    {
        if (long.TryParse(ctx.Request.Query["clause"], out var clauseId)) return Clause(ctx, store, labels, clauseId, null);
        var category = ctx.Request.Query["categorie"].FirstOrDefault()?.Trim().ToUpperInvariant();
        var sampled = Sampled(ctx.Request.Query["steekproef"]);
        var rows = labels.Find(new LabelQuery { Category = category, Unreviewed = true, CaosOnly = true, Sampled = sampled, LeastCertainFirst = true, Limit = 50 })
            .Select(p => (Clause: p.Label.ClauseId, p.Label.Code, p.Label.Strength, p.Label.Confidence, Doc: p.Place.DocumentId,
                Name: p.Place.DocumentName, p.Place.Path, Page: p.Place.PageStart)).ToList();
        // "Volgende": the least certain unreviewed label of another clause (after a decision, the queue has moved on).
        if (ctx.Request.Query.ContainsKey("volgende"))
        {
            long.TryParse(ctx.Request.Query["na"], out var after);
            var next = rows.Select(r => r.Clause).FirstOrDefault(c => c != after);
            var keep = sampled ? "&steekproef=1" : "";
            return Results.Redirect(next == 0 ? "/review?klaar=1" + keep : $"/review?clause={next}{keep}");
        }
        var h = new Html();
        if (ctx.Request.Query.ContainsKey("klaar")) h.Add($"<p class=\"notice\" role=\"status\">Alle labels in deze keuze zijn beoordeeld.</p>");
        h.Add($"<h1>Beoordelen</h1><p>Labels van de classificatie die nog niemand heeft beoordeeld, de minst zekere eerst (eerste 50).</p>");
        h.Add($"<p class=\"hint\">De steekproef (<code>caomonitor review sample</code>) meet de precisie per categorie: beoordeel die labels, dan toont de monitor de gemeten precisie naast elk cijfer.</p>");
        h.Add($"<form method=\"get\" action=\"/review\"><label for=\"categorie\">Categorie</label> <select id=\"categorie\" name=\"categorie\" class=\"autosubmit\"><option value=\"\">alle</option>");
        foreach (var c in Labels.Categories)
            h.Add($"<option value=\"{c.Code}\"{(c.Code == category ? new Markup(" selected") : Markup.Empty)}>{c.Label}</option>");
        h.Add($"</select> <label><input type=\"checkbox\" name=\"steekproef\" value=\"1\"{(sampled ? new Markup(" checked") : Markup.Empty)}> Alleen de steekproef</label> <button type=\"submit\" class=\"secondary\">Toon</button></form>");
        h.Add($"<table class=\"data\"><thead><tr><th scope=\"col\">Cao</th><th scope=\"col\">Artikel</th><th scope=\"col\">Label</th><th scope=\"col\">Sterkte</th><th scope=\"col\" class=\"num\">Zekerheid</th><th scope=\"col\"></th></tr></thead><tbody>");
        foreach (var r in rows)
            h.Add($"<tr><td><a href=\"/documents/{r.Doc}#c{r.Clause}\">{r.Name}</a></td><td>{r.Path} (p. {r.Page})</td><td>{Labels.Dutch(r.Code)}</td><td>{Labels.StrengthDutch(r.Strength)}</td><td class=\"num\">{r.Confidence.ToString("0.00", Html.Nl)}</td><td><a href=\"/review?clause={r.Clause}{(sampled ? "&steekproef=1" : "")}\">Beoordeel</a></td></tr>");
        h.Add($"</tbody></table>");
        if (rows.Count == 0) h.Add($"<p>Niets meer te beoordelen.</p>");
        return Layout.Page(ctx, "Beoordelen", h.ToMarkup());
    }

    private static IResult Clause(HttpContext ctx, CaoStore store, LabelStore labels, long clauseId, string? error)
    {
        var clause = store.GetClause(clauseId);
        if (clause is null) return Results.NotFound();
        var doc = store.GetDocument(clause.DocumentId)!;
        var raw = labels.ClassifierLabels(clauseId);
        var effective = labels.ForClause(clauseId);
        var decisions = labels.DecisionsFor(clauseId).ToDictionary(d => d.Code);
        var token = Forms.Token(ctx);
        var keep = Sampled(ctx.Request.Query["steekproef"]) ? "&steekproef=1" : "";
        var keepField = keep.Length > 0 ? Html.M($"<input type=\"hidden\" name=\"steekproef\" value=\"1\">") : Markup.Empty;

        var h = new Html();
        h.Add($"<h1>Labels beoordelen</h1>");
        if (error is not null) h.Add($"<p class=\"error\" role=\"alert\">{error}</p>");
        if (ctx.Request.Query.ContainsKey("opgeslagen")) h.Add($"<p class=\"notice\" role=\"status\">Beslissing opgeslagen. <a href=\"/review?volgende=1&amp;na={clauseId}{keep}\" id=\"volgende\">Volgende te beoordelen</a></p>");
        else h.Add($"<p class=\"hint\"><a href=\"/review?volgende=1&amp;na={clauseId}{keep}\">Overslaan: volgende te beoordelen</a> · <a href=\"/review\">Wachtrij</a></p>");
        h.Add($"<p><a href=\"/documents/{doc.Id}#c{clauseId}\">{doc.Version.Name}</a> · <span class=\"path\">{clause.Path}</span> · <a href=\"/documents/{doc.Id}/original#page={clause.PageStart}\">pagina {clause.PageStart}</a></p>");
        if (!clause.IsLeaf) h.Add($"<p class=\"error\">Dit is geen artikellid; labels staan op leden en op artikelen zonder leden.</p>");
        h.Add($"<p class=\"labels\">Nu geldend: ");
        foreach (var l in effective) h.Add(Labels.Badge(l)).Add($" ");
        if (effective.Count == 0) h.Add($"geen labels");
        h.Add($"</p><div class=\"clause labelled\"><p class=\"clause-text\">{Labels.Highlight(clause.Text, raw.SelectMany(r => r.Evidence))}</p></div>");

        h.Add($"<h2>Labels van de classificatie</h2>");
        if (raw.Count == 0) h.Add($"<p>De classificatie vond hier geen VWNW- of LLO-afspraak.</p>");
        foreach (var r in raw)
        {
            decisions.TryGetValue(r.Code, out var d);
            var evidence = string.Join(" … ", r.Evidence.Where(s => s.End <= clause.Text.Length && s.Start < s.End).Select(s => clause.Text[s.Start..s.End]));
            h.Add($"""
                <section class="review-label" aria-label="{Labels.Dutch(r.Code)}"><h3>{Labels.Dutch(r.Code)} <span class="muted">{r.Code}</span></h3>
                <p>Classificatie: <b>{Labels.StrengthDutch(r.Strength)}</b>, zekerheid {r.Confidence.ToString("0.00", Html.Nl)}{(r.AmountEur is { } a ? $", € {a.ToString("#,0.##", Html.Nl)}" : "")}{(r.Period is { } p ? $" {p}" : "")}. Bewijs: <q>{evidence}</q> <span class="muted">({Labels.RulesDutch(r.Rules)})</span></p>
                {(d is null ? Html.M($"<p>Nog niet beoordeeld.</p>") : Html.M($"<p class=\"notice\">Beoordeeld: <b>{ActionDutch(d.Action)}</b> door {d.DecidedBy} op {Labels.DutchTime(d.DecidedAt)}{(d.Note is { } n ? $" – {n}" : "")}</p>"))}
                <form method="post" action="/review">{token}{keepField}<input type="hidden" name="clause" value="{clauseId}"><input type="hidden" name="code" value="{r.Code}">
                {StrengthSelect(d?.Strength?.Code() ?? r.Strength)}
                <label>Bedrag (€)<input name="bedrag" inputmode="decimal" size="8" value="{(d?.AmountEur ?? r.AmountEur)?.ToString("0.##", Html.Nl) ?? ""}"></label>
                <label>Periode<input name="periode" size="10" value="{d?.Period ?? r.Period ?? ""}"></label>
                <label>Toelichting<input name="toelichting" size="24"></label>
                <button type="submit" name="actie" value="confirm">Bevestigen</button>
                <button type="submit" name="actie" value="reject" class="danger" data-confirm="Dit label verwerpen?">Verwerpen</button>
                </form></section>
                """);
        }

        h.Add($"""
            <section class="add-label"><h2>Label toevoegen</h2>
            <form method="post" action="/review">{token}<input type="hidden" name="clause" value="{clauseId}"><input type="hidden" name="actie" value="add">
            <label>Categorie<select name="code" required>{Html.Join(Labels.Categories.Select(c => Html.M($"<option value=\"{c.Code}\">{c.Label}</option>")))}</select></label>
            {StrengthSelect("recht")}
            <label>Bedrag (€)<input name="bedrag" inputmode="decimal" size="8"></label>
            <label>Periode<input name="periode" size="10" placeholder="per jaar"></label>
            <label>Toelichting<input name="toelichting" size="24"></label>
            <button type="submit">Toevoegen</button></form></section>
            """);
        return Layout.Page(ctx, "Beoordelen", h.ToMarkup(), error is null ? 200 : StatusCodes.Status400BadRequest);
    }

    private static bool Sampled(Microsoft.Extensions.Primitives.StringValues value) => value.ToString() == "1";

    private static Markup StrengthSelect(string current) =>
        Html.M($"<label>Sterkte<select name=\"sterkte\">{Html.Join(new[] { "recht", "inspanning", "verwijzing" }.Select(s => Html.M($"<option value=\"{s}\"{(s == current ? new Markup(" selected") : Markup.Empty)}>{Labels.StrengthDutch(s)}</option>")))}</select></label>");

    private static string ActionDutch(ReviewAction a) => a switch
    {
        ReviewAction.Confirm => "bevestigd",
        ReviewAction.Reject => "verworpen",
        _ => "toegevoegd",
    };

    private static async Task<IResult> Decide(HttpContext ctx, CaoStore store, LabelStore labels)
    {
        var form = await ctx.Request.ReadFormAsync();
        if (!long.TryParse(form["clause"], out var clauseId)) return Results.BadRequest();
        string? error = null;
        try
        {
            var action = Reviews.ParseAction(form["actie"].ToString());
            var strength = Strengths.Parse(form["sterkte"]);
            decimal? amount = null;
            var amountText = form["bedrag"].ToString().Trim().Replace("€", "").Trim();
            if (amountText.Length > 0)
            {
                if (!decimal.TryParse(amountText, NumberStyles.Number, Html.Nl, out var a)) throw new ArgumentException($"'{amountText}' is geen bedrag (bijv. 1.500 of 750,50)");
                amount = a;
            }
            labels.Decide(clauseId, form["code"].ToString(), action, action == ReviewAction.Reject ? null : strength, amount,
                form["periode"].ToString(), ctx.User.Identity?.Name ?? "onbekend", form["toelichting"].ToString());
        }
        catch (ArgumentException e) { error = "De beslissing is niet opgeslagen: " + ErrorText.Dutch(e.Message); }
        if (error is not null) return Clause(ctx, store, labels, clauseId, error);
        return Results.Redirect($"/review?clause={clauseId}&opgeslagen=1{(Sampled(form["steekproef"]) ? "&steekproef=1" : "")}");
    }
}
