using System.Globalization;
using System.Net;
using System.Text;

namespace CaoMonitor.Monitoring;

/// <summary>
/// report.html: one self-contained page (inline CSS, inline SVG, no script, no external asset) with
/// the monitor's tables and three charts: coverage per category, a sector x category heat map, and
/// the trend since the baseline year. Dutch text; every value from documents is HTML-encoded.
/// </summary>
public static class HtmlReport
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Render(MonitorSnapshot s, MonitorDefinition def)
    {
        var m = s.Manifest;
        var y = m.Year;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>CaoMonitor ").Append(y).Append("</title>\n<style>")
          .Append("body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#1a1a1a}table{border-collapse:collapse;margin:1rem 0}")
          .Append("th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}")
          .Append("caption{text-align:left;font-weight:bold}.meta{color:#555;font-size:.9rem}svg text{font-size:11px;font-family:system-ui,sans-serif}")
          .Append("</style></head><body>\n");
        sb.Append("<h1>CaoMonitor: VWNW en LLO in cao's, ").Append(y).Append("</h1>\n");
        sb.Append("<p class=\"meta\">Peildatum ").Append(E(def.ReferenceDateIn(y).ToString("d MMMM yyyy", Nl))).Append(", nulmeting ").Append(m.BaselineYear)
          .Append(". Taxonomie ").Append(E(m.TaxonomyVersion)).Append(", classificatie ").Append(E(m.ClassifierVersion))
          .Append(", definitie ").Append(E(m.DefinitionVersion)).Append(" (").Append(m.DefinitionHash[..12]).Append("), corpus ").Append(m.CorpusHash[..12]).Append(".</p>\n");

        var all = s.Figures.Where(f => f.Key.Year == y && f.Key.Breakdown == "all").ToList();
        var counted = all.FirstOrDefault();
        sb.Append("<p>Geteld: ").Append(counted?.Caos ?? 0).Append(" cao's met samen ").Append((counted?.Employees ?? 0).ToString("N0", Nl)).Append(" werknemers.</p>\n");

        sb.Append("<h2>Dekking per categorie</h2>\n").Append(CoverageChart(all, def));
        sb.Append("<h2>Sectoren en categorieën</h2>\n").Append(HeatMap(s, def, y));
        if (m.Years.Count > 1) sb.Append("<h2>Ontwikkeling sinds de nulmeting</h2>\n").Append(Trend(s, def));

        sb.Append("<table><caption>Overzicht ").Append(y).Append("</caption><tr><th>Maatstaf</th><th>Cao's (alle sterkten)</th><th>Aandeel cao's</th><th>Aandeel werknemers</th><th>Aandeel cao's (recht)</th><th>Verschil t.o.v. nulmeting (pp)</th></tr>\n");
        foreach (var f in all.Where(f => f.Key.Strength == "any"))
        {
            var recht = all.First(r => r.Key.Measure == f.Key.Measure && r.Key.Strength == "recht");
            sb.Append("<tr><td>").Append(E(f.Key.Measure)).Append("</td><td>").Append(f.CaosWith).Append(" / ").Append(f.Caos).Append("</td><td>")
              .Append(Pct(f.ShareCaos)).Append("</td><td>").Append(Pct(f.ShareEmployees)).Append("</td><td>").Append(Pct(recht.ShareCaos))
              .Append("</td><td>").Append(f.CaosPpVsBaseline is { } pp ? pp.ToString("+0.0;-0.0;0.0", Nl) : "–").Append("</td></tr>\n");
        }
        sb.Append("</table>\n");

        sb.Append("<table><caption>Lacunes ").Append(y).Append(": cao's zonder VWNW-afspraak, grootste eerst</caption><tr><th>Cao</th><th>Sector</th><th>Werknemers</th></tr>\n");
        foreach (var g in s.Gaps.Where(g => g.Year == y && g.Group == "VWNW" && g.Kind == "cao"))
            sb.Append("<tr><td>").Append(E(g.Name ?? "")).Append("</td><td>").Append(E(g.Sector)).Append("</td><td>").Append(g.Employees.ToString("N0", Nl)).Append("</td></tr>\n");
        sb.Append("</table>\n</body></html>\n");
        return sb.ToString();
    }

    /// <summary>Per category two bars (share of cao's, share of employees); the darker part is "recht".</summary>
    public static string CoverageChart(IReadOnlyList<Figure> yearAll, MonitorDefinition def)
    {
        var cats = def.Categories;
        const int rowH = 34, left = 230, width = 420;
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Dekking per categorie\" width=\"{left + width + 60}\" height=\"{cats.Count * rowH + 30}\">");
        sb.Append("<text x=\"").Append(left).Append("\" y=\"12\">lichtblauw: cao's, lichtgroen: werknemers; donker: als recht</text>");
        for (int i = 0; i < cats.Count; i++)
        {
            var any = yearAll.FirstOrDefault(f => f.Key.Measure == cats[i] && f.Key.Strength == "any");
            var recht = yearAll.FirstOrDefault(f => f.Key.Measure == cats[i] && f.Key.Strength == "recht");
            int y0 = 22 + i * rowH;
            sb.Append($"<text x=\"0\" y=\"{y0 + 18}\">{E(cats[i])}</text>");
            Bar(sb, left, y0, width, any?.ShareCaos ?? 0, recht?.ShareCaos ?? 0, "#9ecae1", "#3182bd");
            Bar(sb, left, y0 + 14, width, any?.ShareEmployees ?? 0, recht?.ShareEmployees ?? 0, "#a1d99b", "#31a354");
        }
        return sb.Append("</svg>\n").ToString();
    }

    private static void Bar(StringBuilder sb, int x, int y, int width, double any, double recht, string light, string dark)
    {
        sb.Append($"<rect x=\"{x}\" y=\"{y}\" width=\"{N(width * any)}\" height=\"12\" fill=\"{light}\"/>");
        sb.Append($"<rect x=\"{x}\" y=\"{y}\" width=\"{N(width * recht)}\" height=\"12\" fill=\"{dark}\"/>");
        sb.Append($"<text x=\"{N(x + width * any + 4)}\" y=\"{y + 10}\">{Pct(any)}</text>");
    }

    /// <summary>Rows are sectors, columns categories; the colour is the share of the sector's cao's with the category.</summary>
    public static string HeatMap(MonitorSnapshot s, MonitorDefinition def, int year)
    {
        var cats = def.Categories;
        var sectors = s.Figures.Where(f => f.Key.Year == year && f.Key.Breakdown == "sector").Select(f => f.Key.Slice).Distinct().Order(StringComparer.Ordinal).ToList();
        const int cell = 30, left = 190, top = 130;
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Sector maal categorie\" width=\"{left + cats.Count * cell + 20}\" height=\"{top + sectors.Count * cell + 10}\">");
        for (int c = 0; c < cats.Count; c++)
            sb.Append($"<text transform=\"translate({left + c * cell + 18},{top - 6}) rotate(-60)\">{E(cats[c])}</text>");
        for (int r = 0; r < sectors.Count; r++)
        {
            sb.Append($"<text x=\"0\" y=\"{top + r * cell + 19}\">{E(sectors[r])}</text>");
            for (int c = 0; c < cats.Count; c++)
            {
                var f = s.Find(year, cats[c], "any", "sector", sectors[r]);
                var share = f?.ShareCaos ?? 0;
                var shade = (int)Math.Round(235 - 180 * share);
                sb.Append($"<rect x=\"{left + c * cell}\" y=\"{top + r * cell}\" width=\"{cell - 2}\" height=\"{cell - 2}\" fill=\"rgb({shade},{shade},255)\"><title>{E(sectors[r])} – {E(cats[c])}: {f?.CaosWith ?? 0} van {f?.Caos ?? 0}</title></rect>");
            }
        }
        return sb.Append("</svg>\n").ToString();
    }

    /// <summary>Share of cao's per year for the groups and the minimum conditions.</summary>
    public static string Trend(MonitorSnapshot s, MonitorDefinition def)
    {
        var years = s.Manifest.Years;
        var series = def.Groups.Keys.Order(StringComparer.Ordinal).Append(MonitorCalculator.Minimum).ToList();
        string[] colours = ["#3182bd", "#31a354", "#e6550d", "#756bb1"];
        const int left = 40, top = 20, w = 480, h = 200;
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Trend\" width=\"{left + w + 200}\" height=\"{top + h + 40}\">");
        sb.Append($"<line x1=\"{left}\" y1=\"{top + h}\" x2=\"{left + w}\" y2=\"{top + h}\" stroke=\"#333\"/><line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + h}\" stroke=\"#333\"/>");
        sb.Append($"<text x=\"0\" y=\"{top + 4}\">100%</text><text x=\"8\" y=\"{top + h}\">0%</text>");
        double X(int i) => left + (years.Count == 1 ? w / 2.0 : i * (double)w / (years.Count - 1));
        for (int i = 0; i < years.Count; i++) sb.Append($"<text x=\"{N(X(i) - 14)}\" y=\"{top + h + 16}\">{years[i]}</text>");
        for (int k = 0; k < series.Count; k++)
        {
            var pts = years.Select((yr, i) => $"{N(X(i))},{N(top + h - h * (s.Find(yr, series[k])?.ShareCaos ?? 0))}");
            sb.Append($"<polyline fill=\"none\" stroke=\"{colours[k % colours.Length]}\" stroke-width=\"2\" points=\"{string.Join(' ', pts)}\"/>");
            sb.Append($"<text x=\"{left + w + 10}\" y=\"{top + 14 + k * 16}\" fill=\"{colours[k % colours.Length]}\">{E(series[k])}</text>");
        }
        return sb.Append("</svg>\n").ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
    private static string Pct(double share) => (share * 100).ToString("0", Nl) + "%";
}
