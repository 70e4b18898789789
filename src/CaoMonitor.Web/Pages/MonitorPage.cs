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

    public static readonly string[] CsvFiles = ["summary", "by_sector", "by_cao", "provisions", "gaps"];

    /// <summary>The snapshot for the year asked (default: this year, within the years the store covers).</summary>
    public static (MonitorSnapshot Snapshot, MonitorDefinition Def, int Year) Compute(CaoStore store, HttpRequest r)
    {
        var (s, def, year, _, _) = ComputeWithRange(store, r);
        return (s, def, year);
    }

    private static (MonitorSnapshot Snapshot, MonitorDefinition Def, int Year, int Last, IReadOnlyList<string> Undated) ComputeWithRange(CaoStore store, HttpRequest r)
    {
        var def = MonitorDefinition.Default;
        var (input, undated) = MonitorSource.LoadWithDetails(store);
        int baseline = def.BaselineYear ?? DateTime.Today.Year;
        int last = input.Versions.Count == 0 ? baseline : Math.Max(baseline, input.Versions.Max(v => (v.End ?? v.Start).Year));
        int year = int.TryParse(r.Query["jaar"], out var y) ? y : Math.Min(DateTime.Today.Year, last);
        year = Math.Clamp(year, baseline, Math.Max(baseline, last));
        return (MonitorCalculator.Compute(input, def, year), def, year, Math.Max(baseline, last), undated);
    }

    private static string Pct(double share) => (share * 100).ToString("0", Html.Nl) + "%";
    private static string Pp(double? pp) => pp is { } v ? v.ToString("+0.0;-0.0;0.0", Html.Nl) : "–";

    public static string DrillUrl(FigureKey k) =>
        $"/monitor/clauses?jaar={k.Year}&maat={Uri.EscapeDataString(k.Measure)}&sterkte={k.Strength}&indeling={k.Breakdown}&segment={Uri.EscapeDataString(k.Slice)}";

    private static string MeasureDutch(string measure) => measure switch
    {
        MonitorCalculator.Minimum => "Minimumvoorwaarden handreiking",
        "VWNW" => "Van werk naar werk (een of meer)",
        "LLO" => "Leven lang ontwikkelen (een of meer)",
        _ => Labels.Dutch(measure) is var d && d != measure ? d : "Ministeriegroep " + measure,
    };

    private static IResult Show(HttpContext ctx, CaoStore store)
    {
        var (s, def, year, lastYear, undated) = ComputeWithRange(store, ctx.Request);
        var m = s.Manifest;
        var all = s.Figures.Where(f => f.Key.Year == year && f.Key.Breakdown == "all").ToList();
        var h = new Html();
        h.Add($"<h1>Monitor {year}</h1>");
        h.Add($"""
            <form method="get" action="/monitor" class="inline"><label for="jaar">Jaar</label>
            <select id="jaar" name="jaar" class="autosubmit">{Html.Join(Enumerable.Range(m.BaselineYear, lastYear - m.BaselineYear + 1).Select(y => Html.M($"<option{(y == year ? new Markup(" selected") : Markup.Empty)}>{y.ToString(CultureInfo.InvariantCulture)}</option>")))}</select>
            <button type="submit" class="secondary">Toon</button></form>
            <p class="hint">Peildatum {def.ReferenceDateIn(year).ToString("d MMMM yyyy", Html.Nl)}, nulmeting {m.BaselineYear.ToString(CultureInfo.InvariantCulture)}. Taxonomie {m.TaxonomyVersion}, classificatie {m.ClassifierVersion}, definitie {m.DefinitionVersion}. Beoordelingen van analisten gaan voor de classificatie.</p>
            """);
        if (undated.Count > 0)
            h.Add($"<p class=\"notice\" role=\"status\">Niet meegeteld, want zonder looptijd: {string.Join(", ", undated)}. Vul de begindatum aan in het register.</p>");
        var total = all.FirstOrDefault();
        h.Add($"<p>Geteld: <b>{total?.Caos ?? 0}</b> cao's met samen <b>{(total?.Employees ?? 0).ToString("N0", Html.Nl)}</b> werknemers.</p>");

        h.Add($"<p>Downloads (CSV): ");
        foreach (var f in CsvFiles)
            h.Add($"<a href=\"/monitor/csv/{f}.csv?jaar={year.ToString(CultureInfo.InvariantCulture)}\" download>{f}.csv</a> ");
        h.Add($"· Nederlandse spreadsheets (;): ");
        foreach (var f in CsvFiles)
            h.Add($"<a href=\"/monitor/csv/{f}.csv?jaar={year.ToString(CultureInfo.InvariantCulture)}&amp;nl=1\" download>{f}</a> ");
        h.Add($"</p>");

        h.Add($"<table class=\"data\" id=\"overzicht\"><caption>Dekking {year.ToString(CultureInfo.InvariantCulture)}: aandeel cao's en werknemers met een afspraak</caption><thead><tr><th scope=\"col\">Maatstaf</th><th scope=\"col\" class=\"num\">Cao's (alle sterkten)</th><th scope=\"col\" class=\"num\">Aandeel cao's</th><th scope=\"col\" class=\"num\">Aandeel werknemers</th><th scope=\"col\" class=\"num\">Cao's met recht</th><th scope=\"col\" class=\"num\">Aandeel werknemers (recht)</th><th scope=\"col\" class=\"num\">t.o.v. nulmeting (pp)</th><th scope=\"col\" class=\"num\">t.o.v. vorig jaar (pp)</th></tr></thead><tbody>");
        foreach (var f in all.Where(f => f.Key.Strength == "any"))
        {
            var recht = all.First(r => r.Key.Measure == f.Key.Measure && r.Key.Strength == "recht");
            h.Add($"""<tr data-measure="{f.Key.Measure}"><th scope="row">{MeasureDutch(f.Key.Measure)} {(f.Key.MeasureKind == "category" ? Html.M($"<span class=\"muted\">{f.Key.Measure}</span>") : Markup.Empty)}</th><td class="num"><a class="drill" href="{DrillUrl(f.Key)}">{f.CaosWith} / {f.Caos}</a></td><td class="num">{Pct(f.ShareCaos)}</td><td class="num">{Pct(f.ShareEmployees)}</td><td class="num"><a class="drill" href="{DrillUrl(recht.Key)}">{recht.CaosWith}</a></td><td class="num">{Pct(recht.ShareEmployees)}</td><td class="num">{Pp(f.CaosPpVsBaseline)}</td><td class="num">{Pp(f.CaosPpVsPrevious)}</td></tr>""");
        }
        h.Add($"</tbody></table>");

        h.Add($"<section class=\"charts\"><figure><figcaption>Dekking per categorie</figcaption>{new Markup(HtmlReport.CoverageChart(all, def))}</figure>");
        h.Add($"<figure><figcaption>Sector × categorie (aandeel cao's)</figcaption>{new Markup(HtmlReport.HeatMap(s, def, year))}</figure>");
        if (m.Years.Count > 1) h.Add($"<figure><figcaption>Ontwikkeling sinds de nulmeting (aandeel cao's)</figcaption>{new Markup(HtmlReport.Trend(s, def))}</figure>");
        h.Add($"</section>");

        var groups = def.Groups.Keys.Order(StringComparer.Ordinal).Append(MonitorCalculator.Minimum).ToList();
        var sectors = s.Figures.Where(f => f.Key.Year == year && f.Key.Breakdown == "sector").Select(f => f.Key.Slice).Distinct().Order(StringComparer.Ordinal).ToList();
        h.Add($"<table class=\"data\" id=\"sectoren\"><caption>Per sector: cao's met een afspraak (alle sterkten)</caption><thead><tr><th scope=\"col\">Sector</th>");
        foreach (var g in groups) h.Add($"<th scope=\"col\" class=\"num\">{(g == MonitorCalculator.Minimum ? "Minimum" : g)}</th>");
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
        h.Add($"</tbody></table>");

        var gaps = s.Gaps.Where(g => g.Year == year && g.Group == "VWNW" && g.Kind == "cao").ToList();
        h.Add($"<table class=\"data\" id=\"lacunes\"><caption>Lacunes: cao's zonder VWNW-afspraak, grootste eerst</caption><thead><tr><th scope=\"col\">Cao</th><th scope=\"col\">Sector</th><th scope=\"col\" class=\"num\">Werknemers</th></tr></thead><tbody>");
        var docs = s.Counted.Where(c => c.Year == year).ToDictionary(c => c.Version.VersionId, c => c.Version.DocumentId);
        foreach (var g in gaps)
            h.Add($"<tr><td>{(g.VersionId is { } vid && docs.TryGetValue(vid, out var did) ? Html.M($"<a href=\"/documents/{did}\">{g.Name ?? vid}</a>") : Html.M($"{g.Name ?? ""}"))}</td><td>{g.Sector}</td><td class=\"num\">{g.Employees.ToString("N0", Html.Nl)}</td></tr>");
        h.Add($"</tbody></table>");
        return Layout.Page(ctx, $"Monitor {year}", h.ToMarkup());
    }

    /// <summary>The clauses behind one number: per counted cao with the measure, its labels of the measure's categories.</summary>
    private static IResult Clauses(HttpContext ctx, CaoStore store)
    {
        var (s, def, year) = Compute(store, ctx.Request);
        var q = ctx.Request.Query;
        var key = new FigureKey(year, q["maat"].ToString(), "", q["sterkte"].ToString() is "recht" ? "recht" : "any",
            q["indeling"].ToString() is { Length: > 0 } b ? b : "all", q["segment"].ToString() is { Length: > 0 } sl ? sl : "all");
        var figure = s.Find(key.Year, key.Measure, key.Strength, key.Breakdown, key.Slice);
        if (figure is null) return Results.NotFound();
        var codes = key.Measure == MonitorCalculator.Minimum ? def.Categories.ToHashSet() : def.Expand(key.Measure).ToHashSet();
        var versions = s.Counted.Where(c => c.Year == year && figure.VersionsWith.Contains(c.Version.VersionId)).Select(c => c.Version).ToList();

        var h = new Html();
        h.Add($"<h1>{MeasureDutch(key.Measure)}: {figure.CaosWith} van {figure.Caos} cao's</h1>");
        h.Add($"<p>Jaar {year.ToString(CultureInfo.InvariantCulture)}, {(key.Strength == "recht" ? "alleen als recht" : "alle sterkten")}{(key.Breakdown == "all" ? "" : $", {(key.Breakdown == "sector" ? "sector" : "soort")} {key.Slice}")}. {figure.EmployeesWith.ToString("N0", Html.Nl)} van {figure.Employees.ToString("N0", Html.Nl)} werknemers. <a href=\"/monitor?jaar={year.ToString(CultureInfo.InvariantCulture)}\">Terug naar de monitor</a></p>");
        h.Add($"<table class=\"data\" id=\"bronnen\"><thead><tr><th scope=\"col\">Cao (versie)</th><th scope=\"col\">Artikel</th><th scope=\"col\">Pagina</th><th scope=\"col\">Label</th><th scope=\"col\">Sterkte</th><th scope=\"col\">Bedrag</th><th scope=\"col\">Bewijs</th><th scope=\"col\">Bron</th></tr></thead><tbody>");
        foreach (var v in versions)
        {
            var labels = v.Labels.Where(l => codes.Contains(l.Code) && (key.Strength != "recht" || l.Strength == Strength.Recht)).ToList();
            foreach (var l in labels)
                h.Add($"""<tr><td><a href="/documents/{v.DocumentId}">{v.Name}</a> <span class="muted">{v.VersionId}</span></td><td><a href="/documents/{v.DocumentId}#c{l.ClauseId}">{l.ArticlePath}</a></td><td><a href="/documents/{v.DocumentId}/original#page={l.Page}">{l.Page}</a></td><td>{Labels.Dutch(l.Code)}</td><td>{Labels.StrengthDutch(l.Strength.Code())}</td><td>{(l.AmountEur is { } a ? "€ " + a.ToString("#,0.##", Html.Nl) + (l.Period is { } p ? " " + p : "") : "")}</td><td>{l.Evidence}</td><td>{(l.Source == "human" ? "beoordeeld" : "classificatie")}</td></tr>""");
        }
        h.Add($"</tbody></table>");
        return Layout.Page(ctx, $"Onderbouwing {MeasureDutch(key.Measure)}", h.ToMarkup());
    }

    private static IResult Csv(string file, HttpContext ctx, CaoStore store)
    {
        var name = file.EndsWith(".csv", StringComparison.Ordinal) ? file[..^4] : file;
        if (!CsvFiles.Contains(name)) return Results.NotFound();
        var (s, def, year) = Compute(store, ctx.Request);
        bool dutch = ctx.Request.Query["nl"] == "1";
        var dir = Directory.CreateTempSubdirectory("caomonitor-csv-");
        try
        {
            new CsvExport(dutch).WriteAll(s, def, dir.FullName);
            var bytes = File.ReadAllBytes(Path.Combine(dir.FullName, name + ".csv"));
            return Results.File(bytes, "text/csv; charset=utf-8", $"caomonitor-{year.ToString(CultureInfo.InvariantCulture)}-{name}{(dutch ? "-nl" : "")}.csv");
        }
        finally { dir.Delete(true); }
    }
}
