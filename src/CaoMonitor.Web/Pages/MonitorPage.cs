using System.Globalization;
using CaoMonitor.Domain;
using CaoMonitor.Monitoring;
using CaoMonitor.Storage;

namespace CaoMonitor.Web.Pages;

/// <summary>
/// The monitor: figures of a year as tables and SVG charts (the report's own charts), every number a
/// link to the clauses behind it, and the CSV files of the monitor issue. Computed from the store on
/// each request, so a review decision shows at once.
/// </summary>
public static class MonitorPage
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/monitor", Show).ExcludeFromDescription();
        g.MapGet("/monitor/clauses", Clauses).ExcludeFromDescription();
        g.MapGet("/monitor/csv/{file}", Csv).ExcludeFromDescription();
    }

    public static readonly string[] CsvFiles = ["summary", "by_sector", "by_cao", "provisions", "gaps", "precision"];

    /// <summary>The snapshot for the year asked (default: this year, within the years the store covers; the API clamps).</summary>
    /// <summary>The monitor of the year asked (default: this year within the store's years); a Dutch refusal for a year outside them or no year at all.</summary>
    public static (MonitorSnapshot? Snapshot, int Year, string? Refusal) Compute(CaoStore store, HttpRequest r)
    {
        var (input, def, first, last, _) = Load(store);
        var raw = r.Query["jaar"].ToString();
        if (raw.Length == 0) return (MonitorCalculator.Compute(input, def, DefaultYear(first, last)), DefaultYear(first, last), null);
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return (null, 0, $"'{raw}' is geen jaartal");
        if (year < first || year > last)
            return (null, year, $"het jaar {year} valt buiten de jaren die de monitor kan meten: de opslag dekt {Y(first)} tot en met {Y(last)}");
        return (MonitorCalculator.Compute(input, def, year), year, null);
    }

    private static (MonitorInput Input, MonitorDefinition Def, int First, int Last, IReadOnlyList<string> Undated) Load(CaoStore store)
    {
        var def = MonitorDefinition.Default;
        var (input, undated) = MonitorSource.LoadWithDetails(store);
        var (first, last) = MonitorCalculator.YearsCovered(input, def);
        return (input, def, first, last, undated);
    }

    private static int DefaultYear(int first, int last) => Math.Clamp(DateTime.Today.Year, first, last);

    /// <summary>The year asked with its snapshot and the years the store covers.</summary>
    private sealed record Asked(MonitorSnapshot Snapshot, MonitorDefinition Def, int Year, int First, int Last)
    {
        /// <summary>Counted-type versions without a period: reported, never dropped silently.</summary>
        public IReadOnlyList<string> Undated { get; init; } = [];
    }

    /// <summary>The year asked, or a Dutch refusal: a year outside the store is never swapped for another one.</summary>
    private static IResult? Resolve(HttpContext ctx, CaoStore store, out Asked asked)
    {
        var (input, def, first, last, undated) = Load(store);
        asked = null!;
        var raw = ctx.Request.Query["jaar"].ToString();
        int year;
        if (raw.Length == 0) year = DefaultYear(first, last);
        else if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < first || year > last)
        {
            bool number = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            var h = new Html();
            h.Add($"<h1>Geen monitor voor {raw}</h1>");
            h.Add($"<p class=\"error\" role=\"alert\">{(number ? $"Het jaar {raw} valt buiten de jaren die de monitor kan meten" : $"'{raw}' is geen jaartal")}: de opslag dekt {Y(first)} tot en met {Y(last)}.</p>");
            h.Add($"<p>Kies een jaar: {Html.Join(Enumerable.Range(first, last - first + 1).Select(y => Html.M($"<a href=\"/monitor?jaar={Y(y)}\">{Y(y)}</a>")), " · ")}</p>");
            return Layout.Page(ctx, "Geen monitor voor dit jaar", h.ToMarkup(), number ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest);
        }
        asked = new Asked(MonitorCalculator.Compute(input, def, year), def, year, first, last) { Undated = undated };
        return null;
    }

    /// <summary>Precision of a category measured on the review sample and its adjusted share; dashes for other measures.</summary>
    private static Markup PrecisionCells(MonitorSnapshot s, Figure f)
    {
        if (f.Key.MeasureKind != "category") return Html.M($"<td class=\"num\">–</td><td class=\"num\">–</td>");
        var p = s.PrecisionOf(f.Key.Measure);
        return Html.M($"<td class=\"num\">{p.Dutch()}</td><td class=\"num\">{(p.Adjusted(f.ShareCaos) is { } a ? Pct(a) : "niet gemeten")}</td>");
    }

    private static string Pct(double share) => (share * 100).ToString("0", Html.Nl) + "%";
    private static string Pp(double? pp) => pp is { } v ? v.ToString("+0.0;-0.0;0.0", Html.Nl) : "–";
    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);

    public static string DrillUrl(FigureKey k) =>
        $"/monitor/clauses?jaar={k.Year}&maat={Uri.EscapeDataString(k.Measure)}&sterkte={k.Strength}&indeling={k.Breakdown}&segment={Uri.EscapeDataString(k.Slice)}";

    private static IResult Show(HttpContext ctx, CaoStore store)
    {
        if (Resolve(ctx, store, out var asked) is { } refused) return refused;
        var (s, def, year, first, lastYear) = asked;
        var m = s.Manifest;
        var all = s.Figures.Where(f => f.Key.Year == year && f.Key.Breakdown == "all").ToList();
        var y0 = Y(year);
        var h = new Html();
        h.Add($"<h1>Monitor {y0}</h1>");
        h.Add($"""
            <form method="get" action="/monitor" class="inline"><label for="jaar">Jaar</label>
            <select id="jaar" name="jaar" class="autosubmit">{Html.Join(Enumerable.Range(first, lastYear - first + 1).Select(y => Html.M($"<option value=\"{Y(y)}\"{(y == year ? new Markup(" selected") : Markup.Empty)}>{Y(y)}{(m.Incomplete(y) ? " (onvolledig)" : "")}</option>")))}</select>
            <button type="submit" class="secondary">Toon</button></form>
            <p class="hint">Peildatum {def.ReferenceDateIn(year).ToString("d MMMM yyyy", Html.Nl)}, nulmeting {Y(m.BaselineYear)}. {MeasureText.Versions(m)}. Beoordelingen van analisten gaan voor de classificatie. <a href="#begrippen">Wat de maatstaven betekenen</a></p>
            """);
        if (asked.Undated.Count > 0)
            h.Add($"<p class=\"notice\" role=\"status\">Niet meegeteld, want zonder looptijd: {string.Join(", ", asked.Undated)}. Vul de begindatum aan in het register.</p>");
        var total = all.FirstOrDefault();
        h.Add($"<p>Geteld: <b>{HtmlReport.Caos(total?.Caos ?? 0)}</b> met samen <b>{(total?.Employees ?? 0).ToString("N0", Html.Nl)}</b> werknemers.</p>");
        foreach (var iy in m.Years.Where(m.Incomplete))
            h.Add($"<p class=\"warning\" role=\"note\" id=\"onvolledig-{Y(iy)}\">{HtmlReport.IncompleteText(s, iy)}</p>");

        var span = m.Years.Count > 1 ? $"{Y(m.BaselineYear)}–{y0}" : y0;
        h.Add($"<div class=\"downloads\"><p><b>Downloads (CSV)</b>, elk bestand met een kolom jaar (<code>year</code>):</p><ul>");
        h.Add($"<li id=\"csv-jaar\">Alleen {y0}: {Html.Join(CsvFiles.Select(f => Html.M($"<a href=\"/monitor/csv/{f}.csv?jaar={y0}\" download>{f}.csv</a>")), " ")} · voor Nederlandse spreadsheets (; en decimale komma): {Html.Join(CsvFiles.Select(f => Html.M($"<a href=\"/monitor/csv/{f}.csv?jaar={y0}&amp;nl=1\" download>{f}</a>")), " ")}</li>");
        if (m.Years.Count > 1)
            h.Add($"<li id=\"csv-trend\">Trend {span} (elk jaar sinds de nulmeting): {Html.Join(CsvFiles.Select(f => Html.M($"<a href=\"/monitor/csv/{f}.csv?jaar={y0}&amp;reeks=1\" download>{f}.csv</a>")), " ")} · Nederlands: {Html.Join(CsvFiles.Select(f => Html.M($"<a href=\"/monitor/csv/{f}.csv?jaar={y0}&amp;reeks=1&amp;nl=1\" download>{f}</a>")), " ")}</li>");
        h.Add($"</ul></div>");

        h.Add($"<div class=\"table-scroll\"><table class=\"data\" id=\"overzicht\"><caption>Dekking {y0}: aandeel cao's en werknemers met een afspraak</caption><thead><tr><th scope=\"col\">Maatstaf</th><th scope=\"col\" class=\"num\">Cao's (alle sterkten)</th><th scope=\"col\" class=\"num\">Aandeel cao's</th><th scope=\"col\" class=\"num\">Aandeel werknemers</th><th scope=\"col\" class=\"num\">Cao's als recht</th><th scope=\"col\" class=\"num\">Aandeel werknemers (als recht)</th><th scope=\"col\" class=\"num\"><abbr title=\"procentpunten: verschil in het aandeel cao's\">pp</abbr> cao's t.o.v. nulmeting</th><th scope=\"col\" class=\"num\"><abbr title=\"procentpunten: verschil in het aandeel cao's\">pp</abbr> cao's t.o.v. vorig jaar</th><th scope=\"col\" class=\"num\"><a href=\"#precisie\">Precisie</a> (steekproef)</th><th scope=\"col\" class=\"num\">Aandeel cao's na correctie</th></tr></thead><tbody>");
        foreach (var f in all.Where(f => f.Key.Strength == "any"))
        {
            var recht = all.First(r => r.Key.Measure == f.Key.Measure && r.Key.Strength == "recht");
            h.Add($"""<tr data-measure="{f.Key.Measure}"><th scope="row"><span title="{MeasureText.Definition(f.Key.Measure, def)}">{MeasureText.Name(f.Key.Measure, def)}</span> {(f.Key.MeasureKind == "category" ? Html.M($"<span class=\"muted\">{f.Key.Measure}</span>") : Markup.Empty)}</th><td class="num"><a class="drill" href="{DrillUrl(f.Key)}">{f.CaosWith} / {f.Caos}</a></td><td class="num">{Pct(f.ShareCaos)}</td><td class="num">{Pct(f.ShareEmployees)}</td><td class="num"><a class="drill" href="{DrillUrl(recht.Key)}">{recht.CaosWith}</a></td><td class="num">{Pct(recht.ShareEmployees)}</td><td class="num">{Pp(f.CaosPpVsBaseline)}</td><td class="num">{Pp(f.CaosPpVsPrevious)}</td>{PrecisionCells(s, f)}</tr>""");
        }
        h.Add($"</tbody></table></div>");
        h.Add($"<p class=\"hint\" id=\"precisie\">{HtmlReport.PrecisionNote}</p>");

        h.Add($"<section class=\"definitions\" id=\"begrippen\"><h2>Wat de maatstaven betekenen</h2><dl>");
        foreach (var (term, text) in MeasureText.Terms(def)) h.Add($"<dt>{term}</dt><dd>{text}</dd>");
        foreach (var f in all.Where(f => f.Key.Strength == "any" && f.Key.MeasureKind != "category"))
            h.Add($"<dt>{MeasureText.Name(f.Key.Measure, def)}</dt><dd>{MeasureText.Definition(f.Key.Measure, def)}</dd>");
        h.Add($"</dl></section>");
        // Classifier precision per category (issue 11) belongs here, between the definitions and the charts.

        h.Add($"<section class=\"charts\"><figure><figcaption>Dekking per categorie</figcaption>{new Markup(HtmlReport.CoverageChart(all, def))}</figure>");
        h.Add($"<figure><figcaption>Sector × categorie (percentage van de cao's van de sector)</figcaption>{new Markup(HtmlReport.HeatMap(s, def, year))}</figure>");
        if (m.Years.Count > 1) h.Add($"<figure><figcaption>Ontwikkeling sinds de nulmeting (aandeel cao's{(m.IncompleteYears.Count > 0 ? "; * onvolledig jaar" : "")})</figcaption>{new Markup(HtmlReport.Trend(s, def))}</figure>");
        h.Add($"</section>");

        var groups = def.Groups.Keys.Order(StringComparer.Ordinal).Append(MonitorCalculator.Minimum).ToList();
        var sectors = MonitorCalculator.BySector(s.Figures.Where(f => f.Key.Year == year && f.Key.Breakdown == "sector").Select(f => f.Key.Slice).Distinct(), x => x).ToList();
        h.Add($"<div class=\"table-scroll\"><table class=\"data\" id=\"sectoren\"><caption>Per sector: cao's met een afspraak (alle sterkten)</caption><thead><tr><th scope=\"col\">Sector</th>");
        foreach (var g in groups) h.Add($"<th scope=\"col\" class=\"num\">{(g == MonitorCalculator.Minimum ? "Minimumvoorwaarden" : g)}</th>");
        h.Add($"</tr></thead><tbody>");
        foreach (var sec in sectors)
        {
            h.Add($"<tr><th scope=\"row\">{sec}</th>");
            foreach (var g in groups)
            {
                var f = s.Find(year, g, "any", "sector", sec);
                h.Add(f is null ? Html.M($"<td class=\"num\">–</td>") : Html.M($"<td class=\"num\"><a class=\"drill\" href=\"{DrillUrl(f.Key)}\">{f.CaosWith} / {f.Caos}</a></td>"));
            }
            h.Add($"</tr>");
        }
        h.Add($"</tbody></table></div>");

        var docs = s.Counted.Where(c => c.Year == year).ToDictionary(c => c.Version.VersionId, c => c.Version.DocumentId);
        foreach (var group in def.Groups.Keys.Order(StringComparer.Ordinal))
        {
            var gaps = s.Gaps.Where(g => g.Year == year && g.Group == group && g.Kind == "cao").ToList();
            h.Add($"<div class=\"table-scroll\"><table class=\"data gaps\" id=\"lacunes-{group.ToLowerInvariant()}\"><caption>Lacunes: cao's zonder {group}-afspraak, grootste eerst ({HtmlReport.Caos(gaps.Count)})</caption><thead><tr><th scope=\"col\">Cao</th><th scope=\"col\">Sector</th><th scope=\"col\" class=\"num\">Werknemers</th></tr></thead><tbody>");
            foreach (var g in gaps)
                h.Add($"<tr><td>{(g.VersionId is { } vid && docs.TryGetValue(vid, out var did) ? Html.M($"<a href=\"/documents/{did}\">{g.Name ?? vid}</a>") : Html.M($"{g.Name ?? ""}"))}</td><td>{g.Sector}</td><td class=\"num\">{g.Employees.ToString("N0", Html.Nl)}</td></tr>");
            h.Add($"</tbody></table></div>");
        }
        return Layout.Page(ctx, $"Monitor {y0}", h.ToMarkup());
    }

    /// <summary>The clauses behind one number: per counted cao with the measure, its labels of the measure's categories.</summary>
    private static IResult Clauses(HttpContext ctx, CaoStore store)
    {
        if (Resolve(ctx, store, out var asked) is { } refused) return refused;
        var (s, def, year, _, _) = asked;
        var q = ctx.Request.Query;
        var key = new FigureKey(year, q["maat"].ToString(), "", q["sterkte"].ToString() is "recht" ? "recht" : "any",
            q["indeling"].ToString() is { Length: > 0 } b ? b : "all", q["segment"].ToString() is { Length: > 0 } sl ? sl : "all");
        var figure = s.Find(key.Year, key.Measure, key.Strength, key.Breakdown, key.Slice);
        if (figure is null) return Results.NotFound();
        var codes = key.Measure == MonitorCalculator.Minimum ? def.Categories.ToHashSet() : def.Expand(key.Measure).ToHashSet();
        var versions = s.Counted.Where(c => c.Year == year && figure.VersionsWith.Contains(c.Version.VersionId)).Select(c => c.Version).ToList();

        var h = new Html();
        h.Add($"<h1>{MeasureText.Name(key.Measure, def)}: {figure.CaosWith} van {HtmlReport.Caos(figure.Caos)}</h1>");
        h.Add($"<p>Jaar {year.ToString(CultureInfo.InvariantCulture)}, {(key.Strength == "recht" ? "alleen als recht" : "alle sterkten")}{(key.Breakdown == "all" ? "" : $", {(key.Breakdown == "sector" ? "sector" : "soort")} {key.Slice}")}. {figure.EmployeesWith.ToString("N0", Html.Nl)} van {figure.Employees.ToString("N0", Html.Nl)} werknemers. <a href=\"/monitor?jaar={year.ToString(CultureInfo.InvariantCulture)}\">Terug naar de monitor</a></p>");
        if (key.Measure == MonitorCalculator.Minimum) h.Add($"<p class=\"hint\">{MeasureText.Definition(key.Measure, def)}</p>");
        h.Add($"<div class=\"table-scroll\"><table class=\"data\" id=\"bronnen\"><thead><tr><th scope=\"col\">Cao (versie)</th><th scope=\"col\">Artikel</th><th scope=\"col\">Pagina</th><th scope=\"col\">Label</th><th scope=\"col\">Sterkte</th><th scope=\"col\">Bedrag</th><th scope=\"col\">Bewijs</th><th scope=\"col\">Bron</th></tr></thead><tbody>");
        foreach (var v in versions)
        {
            var labels = v.Labels.Where(l => codes.Contains(l.Code) && (key.Strength != "recht" || l.Strength == Strength.Recht)).ToList();
            foreach (var l in labels)
                h.Add($"""<tr><td><a href="/documents/{v.DocumentId}">{v.Name}</a> <span class="muted">{v.VersionId}</span></td><td><a href="/documents/{v.DocumentId}#c{l.ClauseId}">{l.ArticlePath}</a></td><td><a href="/documents/{v.DocumentId}/original#page={l.Page}">{l.Page}</a></td><td>{Labels.Dutch(l.Code)}</td><td>{Labels.StrengthDutch(l.Strength.Code())}</td><td>{(l.AmountEur is { } a ? "€ " + a.ToString("#,0.##", Html.Nl) + (l.Period is { } p ? " " + p : "") : "")}</td><td>{l.Evidence}</td><td>{(l.Source == "human" ? "beoordeeld" : "classificatie")}</td></tr>""");
        }
        h.Add($"</tbody></table></div>");
        return Layout.Page(ctx, $"Onderbouwing {MeasureText.Name(key.Measure, def)}", h.ToMarkup());
    }

    private static IResult Csv(string file, HttpContext ctx, CaoStore store)
    {
        var name = file.EndsWith(".csv", StringComparison.Ordinal) ? file[..^4] : file;
        if (!CsvFiles.Contains(name)) return Results.NotFound();
        if (Resolve(ctx, store, out var asked) is { } refused) return refused;
        var (s, def, year, _, _) = asked;
        bool dutch = ctx.Request.Query["nl"] == "1";
        // One year, or the trend since the baseline; the file name says which years it spans.
        bool trend = ctx.Request.Query["reeks"] == "1";
        IReadOnlyList<int> years = trend ? s.Manifest.Years : [year];
        var span = years.Count > 1 ? $"{Y(years[0])}-{Y(years[^1])}" : Y(year);
        var dir = Directory.CreateTempSubdirectory("caomonitor-csv-");
        try
        {
            new CsvExport(dutch, years).WriteAll(s, def, dir.FullName);
            var bytes = File.ReadAllBytes(Path.Combine(dir.FullName, name + ".csv"));
            return Results.File(bytes, "text/csv; charset=utf-8", $"caomonitor-{span}-{name}{(dutch ? "-nl" : "")}.csv");
        }
        finally { dir.Delete(true); }
    }
}
