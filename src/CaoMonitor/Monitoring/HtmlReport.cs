using System.Globalization;
using System.Net;
using System.Text;

namespace CaoMonitor.Monitoring;

/// <summary>
/// report.html: one self-contained page (inline CSS, inline SVG, no script, no external asset) with
/// the monitor's tables, the definitions of its measures, and three charts: coverage per category,
/// a sector x category heat map, and the trend since the baseline year. Charts carry Dutch labels,
/// a legend, and patterns, dashes or printed values besides colour. Every value from documents is
/// HTML-encoded.
/// </summary>
public static class HtmlReport
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Render(MonitorSnapshot s, MonitorDefinition def)
    {
        var m = s.Manifest;
        var y = m.Year;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>CaoMonitor ").Append(y).Append("</title>\n<style>")
          .Append("body{font-family:system-ui,sans-serif;margin:1rem;max-width:70rem;color:#1a1a1a}table{border-collapse:collapse;margin:1rem 0;display:block;overflow-x:auto;max-width:100%}")
          .Append("th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}")
          .Append("caption{text-align:left;font-weight:bold}.meta{color:#555;font-size:.9rem}svg{max-width:100%;height:auto}svg text{font-size:11px;font-family:system-ui,sans-serif}")
          .Append(".warning{border-left:4px solid #b35c00;background:#fff4e5;padding:.5rem 1rem}dt{font-weight:bold}dd{margin:0 0 .5rem 1rem}")
          .Append("</style></head><body>\n");
        sb.Append("<h1>CaoMonitor: VWNW en LLO in cao's, ").Append(y).Append("</h1>\n");
        sb.Append("<p class=\"meta\">Peildatum ").Append(E(def.ReferenceDateIn(y).ToString("d MMMM yyyy", Nl))).Append(", nulmeting ").Append(m.BaselineYear)
          .Append(". ").Append(E(MeasureText.Versions(m))).Append(" (").Append(m.DefinitionHash[..12]).Append("), corpus ").Append(m.CorpusHash[..12]).Append(".</p>\n");

        var all = s.Figures.Where(f => f.Key.Year == y && f.Key.Breakdown == "all").ToList();
        var counted = all.FirstOrDefault();
        sb.Append("<p>Geteld: ").Append(E(Caos(counted?.Caos ?? 0))).Append(" met samen ").Append((counted?.Employees ?? 0).ToString("N0", Nl)).Append(" werknemers.</p>\n");
        foreach (var iy in m.Years.Where(m.Incomplete))
            sb.Append("<p class=\"warning\" role=\"note\">").Append(E(IncompleteText(s, iy))).Append("</p>\n");

        sb.Append("<h2>Dekking per categorie</h2>\n").Append(CoverageChart(all, def));
        sb.Append("<h2>Sectoren en categorieën</h2>\n").Append(HeatMap(s, def, y));
        if (m.Years.Count > 1) sb.Append("<h2>Ontwikkeling sinds de nulmeting</h2>\n").Append(Trend(s, def));

        sb.Append("<table><caption>Overzicht ").Append(y).Append("</caption><tr><th>Maatstaf</th><th>Cao's (alle sterkten)</th><th>Aandeel cao's</th><th>Aandeel werknemers</th><th>Aandeel cao's (als recht)</th><th>Aandeel cao's t.o.v. nulmeting (pp)</th><th>Aandeel cao's t.o.v. vorig jaar (pp)</th><th>Precisie (steekproef, 95%-interval)</th><th>Aandeel cao's na correctie</th></tr>\n");
        foreach (var f in all.Where(f => f.Key.Strength == "any"))
        {
            var recht = all.First(r => r.Key.Measure == f.Key.Measure && r.Key.Strength == "recht");
            sb.Append("<tr><td>").Append(E(MeasureText.Name(f.Key.Measure, def))).Append("</td><td>").Append(f.CaosWith).Append(" / ").Append(f.Caos).Append("</td><td>")
              .Append(Pct(f.ShareCaos)).Append("</td><td>").Append(Pct(f.ShareEmployees)).Append("</td><td>").Append(Pct(recht.ShareCaos))
              .Append("</td><td>").Append(Pp(f.CaosPpVsBaseline)).Append("</td><td>").Append(Pp(f.CaosPpVsPrevious)).Append("</td>");
            if (f.Key.MeasureKind == "category")
            {
                var p = s.PrecisionOf(f.Key.Measure);
                sb.Append("<td>").Append(E(p.Dutch())).Append("</td><td>").Append(p.Adjusted(f.ShareCaos) is { } a ? Pct(a) : "niet gemeten").Append("</td>");
            }
            else sb.Append("<td>–</td><td>–</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</table>\n");
        sb.Append("<p class=\"meta\">").Append(E(PrecisionNote)).Append("</p>\n");

        foreach (var group in def.Groups.Keys.Order(StringComparer.Ordinal))
        {
            sb.Append("<table><caption>Lacunes ").Append(y).Append(": cao's zonder ").Append(E(group)).Append("-afspraak, grootste eerst</caption><tr><th>Cao</th><th>Sector</th><th>Werknemers</th></tr>\n");
            foreach (var g in s.Gaps.Where(g => g.Year == y && g.Group == group && g.Kind == "cao"))
                sb.Append("<tr><td>").Append(E(g.Name ?? "")).Append("</td><td>").Append(E(g.Sector)).Append("</td><td>").Append(g.Employees.ToString("N0", Nl)).Append("</td></tr>\n");
            sb.Append("</table>\n");
        }

        sb.Append("<h2>Begrippen</h2>\n<dl>");
        foreach (var (term, text) in MeasureText.Terms(def)) sb.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(text)).Append("</dd>");
        foreach (var f in all.Where(f => f.Key.Strength == "any" && f.Key.MeasureKind != "category"))
            sb.Append("<dt>").Append(E(MeasureText.Name(f.Key.Measure, def))).Append("</dt><dd>").Append(E(MeasureText.Definition(f.Key.Measure, def))).Append("</dd>");
        sb.Append("</dl>\n</body></html>\n");
        return sb.ToString();
    }

    /// <summary>What the precision columns mean (report and web page).</summary>
    public const string PrecisionNote =
        "Precisie: het aandeel bevestigde labels in een beoordeelde willekeurige steekproef per categorie (caomonitor review sample), " +
        "met het 95%-betrouwbaarheidsinterval (Wilson). Onder de 10 beoordeelde labels: niet gemeten. " +
        "Na correctie: het aandeel vermenigvuldigd met de precisie, een schatting zonder de verwachte onterechte labels; het ruwe cijfer blijft staan.";

    /// <summary>"1 cao", "38 cao's".</summary>
    public static string Caos(int n) => n == 1 ? "1 cao" : n.ToString("N0", Nl) + " cao's";

    /// <summary>The warning of an incomplete year: how many were counted against the baseline.</summary>
    public static string IncompleteText(MonitorSnapshot s, int year)
    {
        int n = s.Counted.Count(c => c.Year == year), b = s.Counted.Count(c => c.Year == s.Manifest.BaselineYear);
        return $"{year} is onvolledig: er {(n == 1 ? "is" : "zijn")} {Caos(n)} geteld, tegen {Caos(b)} in de nulmeting ({s.Manifest.BaselineYear}). " +
               "Nog niet alle cao's van dat jaar zijn binnen; aandelen en verschillen (pp) van dat jaar zeggen daarom weinig.";
    }

    /// <summary>Per category two bars (share of cao's, share of employees); the hatched part is "als recht"; the share is printed.</summary>
    public static string CoverageChart(IReadOnlyList<Figure> yearAll, MonitorDefinition def)
    {
        var cats = def.Categories;
        const int rowH = 36, left = 270, width = 330, top = 44;
        var sb = new StringBuilder();
        int w = left + width + 50, h = top + cats.Count * rowH + 4;
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"dekking-titel\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">");
        sb.Append("<title id=\"dekking-titel\">Dekking per categorie: aandeel cao's en aandeel werknemers, gearceerd het deel als recht</title>");
        sb.Append("<defs><pattern id=\"recht-cao\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#2b6ca3\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"2\"/></pattern>")
          .Append("<pattern id=\"recht-wn\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#2a7d3a\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"2\"/></pattern></defs>");
        // Legend: colour and position both say which bar is which; the hatching says "als recht".
        Legend(sb, 0, 4, "#9ecae1", "bovenste balk: aandeel cao's");
        Legend(sb, 200, 4, "#a1d99b", "onderste balk: aandeel werknemers");
        Legend(sb, 0, 22, "url(#recht-cao)", "gearceerd: waarvan als recht");
        for (int i = 0; i < cats.Count; i++)
        {
            var any = yearAll.FirstOrDefault(f => f.Key.Measure == cats[i] && f.Key.Strength == "any");
            var recht = yearAll.FirstOrDefault(f => f.Key.Measure == cats[i] && f.Key.Strength == "recht");
            int y0 = top + i * rowH;
            sb.Append($"<text x=\"0\" y=\"{y0 + 12}\">{E(MeasureText.Category(cats[i]))}</text>");
            sb.Append($"<text x=\"0\" y=\"{y0 + 25}\" fill=\"#555\">{E(cats[i])}</text>");
            Bar(sb, left, y0, width, any?.ShareCaos ?? 0, recht?.ShareCaos ?? 0, "#9ecae1", "url(#recht-cao)", "cao's");
            Bar(sb, left, y0 + 15, width, any?.ShareEmployees ?? 0, recht?.ShareEmployees ?? 0, "#a1d99b", "url(#recht-wn)", "werknemers");
        }
        return sb.Append("</svg>\n").ToString();
    }

    private static void Legend(StringBuilder sb, int x, int y, string fill, string text) =>
        sb.Append($"<rect x=\"{x}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{fill}\" stroke=\"#333\" stroke-width=\".5\"/><text x=\"{x + 16}\" y=\"{y + 10}\">{E(text)}</text>");

    private static void Bar(StringBuilder sb, int x, int y, int width, double any, double recht, string light, string dark, string what)
    {
        sb.Append($"<rect x=\"{x}\" y=\"{y}\" width=\"{N(width * any)}\" height=\"13\" fill=\"{light}\"><title>{E($"{Pct(any)} van de {what}, {Pct(recht)} als recht")}</title></rect>");
        sb.Append($"<rect x=\"{x}\" y=\"{y}\" width=\"{N(width * recht)}\" height=\"13\" fill=\"{dark}\"/>");
        sb.Append($"<text x=\"{N(x + width * any + 4)}\" y=\"{y + 11}\">{Pct(any)}{(recht > 0 ? $" ({Pct(recht)} recht)" : "")}</text>");
    }

    /// <summary>Rows are sectors, columns categories; each cell prints the share of the sector's cao's with the category, and is shaded by it.</summary>
    public static string HeatMap(MonitorSnapshot s, MonitorDefinition def, int year)
    {
        var cats = def.Categories;
        var sectors = MonitorCalculator.BySector(s.Figures.Where(f => f.Key.Year == year && f.Key.Breakdown == "sector").Select(f => f.Key.Slice).Distinct(), x => x).ToList();
        const int cell = 34, left = 190, top = 190;
        var sb = new StringBuilder();
        int w = left + cats.Count * cell + 20, h = top + sectors.Count * cell + 40;
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"heatmap-titel\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">");
        sb.Append("<title id=\"heatmap-titel\">Sector maal categorie: percentage van de cao's van de sector met een afspraak</title>");
        for (int c = 0; c < cats.Count; c++)
            sb.Append($"<text transform=\"translate({left + c * cell + 20},{top - 6}) rotate(-60)\">{E(Short(MeasureText.Category(cats[c]), 30))}<title>{E(MeasureText.Category(cats[c]))} ({E(cats[c])})</title></text>");
        for (int r = 0; r < sectors.Count; r++)
        {
            sb.Append($"<text x=\"0\" y=\"{top + r * cell + 21}\">{E(Short(sectors[r], 30))}</text>");
            for (int c = 0; c < cats.Count; c++)
            {
                var f = s.Find(year, cats[c], "any", "sector", sectors[r]);
                var share = f?.ShareCaos ?? 0;
                sb.Append($"<rect x=\"{left + c * cell}\" y=\"{top + r * cell}\" width=\"{cell - 2}\" height=\"{cell - 2}\" fill=\"{Shade(share)}\"><title>{E(sectors[r])} – {E(MeasureText.Category(cats[c]))}: {f?.CaosWith ?? 0} van {f?.Caos ?? 0}</title></rect>");
                sb.Append($"<text x=\"{left + c * cell + (cell - 2) / 2}\" y=\"{top + r * cell + 20}\" text-anchor=\"middle\" fill=\"{(share > 0.55 ? "#fff" : "#1a1a1a")}\">{(share * 100).ToString("0", Nl)}</text>");
            }
        }
        // Legend: the scale, with the printed numbers as the primary reading.
        int ly = top + sectors.Count * cell + 14;
        sb.Append($"<text x=\"0\" y=\"{ly + 10}\">Getal in het vak: % van de cao's van de sector</text>");
        double[] steps = [0, 0.25, 0.5, 0.75, 1];
        for (int i = 0; i < steps.Length; i++)
            sb.Append($"<rect x=\"{left + 90 + i * 44}\" y=\"{ly}\" width=\"14\" height=\"14\" fill=\"{Shade(steps[i])}\" stroke=\"#333\" stroke-width=\".5\"/><text x=\"{left + 108 + i * 44}\" y=\"{ly + 11}\">{Pct(steps[i])}</text>");
        return sb.Append("</svg>\n").ToString();
    }

    private static string Shade(double share)
    {
        var v = (int)Math.Round(235 - 190 * share);
        return $"rgb({v},{v},255)";
    }

    private static string Short(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    /// <summary>Share of cao's per year for the groups and the minimum conditions; each line has its own colour, dash and marker, named in the legend.</summary>
    public static string Trend(MonitorSnapshot s, MonitorDefinition def)
    {
        var years = s.Manifest.Years;
        var series = def.Groups.Keys.Order(StringComparer.Ordinal).Append(MonitorCalculator.Minimum).ToList();
        string[] colours = ["#2b6ca3", "#2a7d3a", "#b35c00", "#5e4fa2"];
        string[] dashes = ["", "6 3", "2 3", "10 3 2 3"];
        const int left = 40, top = 20, w = 420, h = 200;
        var sb = new StringBuilder();
        int width = left + w + 20, height = top + h + 30 + series.Count * 18;
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"trend-titel\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">");
        sb.Append("<title id=\"trend-titel\">Ontwikkeling sinds de nulmeting: aandeel cao's per jaar</title>");
        sb.Append($"<line x1=\"{left}\" y1=\"{top + h}\" x2=\"{left + w}\" y2=\"{top + h}\" stroke=\"#333\"/><line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + h}\" stroke=\"#333\"/>");
        sb.Append($"<text x=\"0\" y=\"{top + 4}\">100%</text><text x=\"8\" y=\"{top + h}\">0%</text>");
        double X(int i) => left + (years.Count == 1 ? w / 2.0 : i * (double)w / (years.Count - 1));
        for (int i = 0; i < years.Count; i++)
            sb.Append($"<text x=\"{N(X(i) - 14)}\" y=\"{top + h + 16}\">{years[i]}{(s.Manifest.Incomplete(years[i]) ? "*" : "")}</text>");
        for (int k = 0; k < series.Count; k++)
        {
            var colour = colours[k % colours.Length];
            var dash = dashes[k % dashes.Length];
            var pts = years.Select((yr, i) => (X: X(i), Y: top + h - h * (s.Find(yr, series[k])?.ShareCaos ?? 0))).ToList();
            sb.Append($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")} points=\"{string.Join(' ', pts.Select(p => $"{N(p.X)},{N(p.Y)}"))}\"/>");
            foreach (var p in pts) Marker(sb, k, p.X, p.Y, colour);
            int ly = top + h + 30 + k * 18;
            sb.Append($"<line x1=\"{left}\" y1=\"{ly}\" x2=\"{left + 30}\" y2=\"{ly}\" stroke=\"{colour}\" stroke-width=\"2\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")}/>");
            Marker(sb, k, left + 15, ly, colour);
            sb.Append($"<text x=\"{left + 38}\" y=\"{ly + 4}\">{E(MeasureText.Name(series[k], def))}</text>");
        }
        return sb.Append("</svg>\n").ToString();
    }

    private static void Marker(StringBuilder sb, int k, double x, double y, string colour) => sb.Append((k % 4) switch
    {
        0 => $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"3.5\" fill=\"{colour}\"/>",
        1 => $"<rect x=\"{N(x - 3.5)}\" y=\"{N(y - 3.5)}\" width=\"7\" height=\"7\" fill=\"{colour}\"/>",
        2 => $"<polygon points=\"{N(x)},{N(y - 4.5)} {N(x + 4.5)},{N(y + 3.5)} {N(x - 4.5)},{N(y + 3.5)}\" fill=\"{colour}\"/>",
        _ => $"<polygon points=\"{N(x)},{N(y - 4.5)} {N(x + 4.5)},{N(y)} {N(x)},{N(y + 4.5)} {N(x - 4.5)},{N(y)}\" fill=\"{colour}\"/>",
    });

    private static string E(string s) => WebUtility.HtmlEncode(s);
    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
    private static string Pct(double share) => (share * 100).ToString("0", Nl) + "%";
    private static string Pp(double? pp) => pp is { } v ? v.ToString("+0.0;-0.0;0.0", Nl) : "–";
}
