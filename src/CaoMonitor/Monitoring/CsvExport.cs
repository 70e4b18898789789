using System.Globalization;
using CaoMonitor.Domain;
using CsvHelper;

namespace CaoMonitor.Monitoring;

/// <summary>
/// Writes a snapshot's CSV files (columns documented in the README). UTF-8 without BOM, LF line
/// ends, fixed column and row order, so equal snapshots give equal bytes. Dutch mode: ';' and a
/// decimal comma. Cells that a spreadsheet would run as a formula are escaped (document text is untrusted).
/// </summary>
public sealed class CsvExport(bool dutch)
{
    private readonly char _separator = dutch ? ';' : ',';
    private readonly CultureInfo _culture = dutch ? CultureInfo.GetCultureInfo("nl-NL") : CultureInfo.InvariantCulture;

    public static readonly string[] SummaryColumns =
    [
        "year", "measure", "measure_kind", "strength", "caos", "caos_with", "share_caos", "employees", "employees_with", "share_employees",
        "caos_pp_vs_baseline", "caos_pp_vs_previous", "employees_pp_vs_baseline", "employees_pp_vs_previous",
    ];

    public void WriteAll(MonitorSnapshot s, MonitorDefinition def, string dir)
    {
        Directory.CreateDirectory(dir);
        Write(Path.Combine(dir, "summary.csv"), SummaryColumns, s.Figures.Where(f => f.Key.Breakdown is "all").Select(FigureRow));
        Write(Path.Combine(dir, "by_sector.csv"), ["year", "breakdown", "slice", .. SummaryColumns[1..]],
            s.Figures.Where(f => f.Key.Breakdown is "sector" or "type").Select(f => (string?[])[F(f.Key.Year), f.Key.Breakdown, f.Key.Slice, .. FigureRow(f)[1..]]));
        var cats = def.Categories;
        Write(Path.Combine(dir, "by_cao.csv"),
            ["year", "version_id", "agreement_id", "name", "type", "sector", "start", "end", "employees", .. cats, MonitorCalculator.Minimum],
            s.Counted.Select(c =>
            {
                var v = c.Version;
                var meets = def.MinimumRule.Holds(v.Strongest, def);
                return (string?[])[F(c.Year), v.VersionId, v.AgreementId, v.Name, v.Type.Code(), v.Sector, Iso(v.Start), Iso(v.End), F(v.Employees),
                    .. cats.Select(code => v.Strongest(code)?.Code() ?? ""), meets ? "ja" : "nee"];
            }));
        Write(Path.Combine(dir, "provisions.csv"),
            ["version_id", "name", "sector", "code", "strength", "source", "article", "page", "clause_id", "amount_eur", "period", "percent", "evidence"],
            s.Counted.Select(c => c.Version).DistinctBy(v => v.VersionId).OrderBy(v => v.VersionId, StringComparer.Ordinal)
                .SelectMany(v => v.Labels.OrderBy(l => l.ClauseId).ThenBy(l => l.Code, StringComparer.Ordinal).Select(l => (string?[])[
                    v.VersionId, v.Name, v.Sector, l.Code, l.Strength.Code(), l.Source, l.ArticlePath, F(l.Page), F(l.ClauseId),
                    F(l.AmountEur), l.Period, F(l.Percent), l.Evidence])));
        Write(Path.Combine(dir, "gaps.csv"), ["year", "group", "kind", "sector", "version_id", "name", "employees"],
            s.Gaps.Select(g => (string?[])[F(g.Year), g.Group, g.Kind, g.Sector, g.VersionId, g.Name, F(g.Employees)]));
    }

    private string?[] FigureRow(Figure f) =>
    [
        F(f.Key.Year), f.Key.Measure, f.Key.MeasureKind, f.Key.Strength, F(f.Caos), F(f.CaosWith), F(Math.Round(f.ShareCaos, 4)),
        F(f.Employees), F(f.EmployeesWith), F(Math.Round(f.ShareEmployees, 4)), F(R(f.CaosPpVsBaseline)), F(R(f.CaosPpVsPrevious)),
        F(R(f.EmployeesPpVsBaseline)), F(R(f.EmployeesPpVsPrevious)),
    ];

    private static double? R(double? pp) => pp is { } v ? Math.Round(v, 2) : null;

    private void Write(string path, string[] header, IEnumerable<string?[]> rows)
    {
        using var file = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        using var csv = CsvWriter.Create(file, new CsvWriterOptions { Separator = _separator, NewLine = "\n", Injection = CsvInjection.Escape, InjectionCharacters = "=+@\t\r" }, true);
        csv.WriteHeader(header);
        foreach (var row in rows) csv.WriteRecord(row.Select(c => c ?? "").ToArray());
        csv.Flush();
    }

    private string? F(int? v) => v?.ToString(_culture);
    private string? F(long? v) => v?.ToString(_culture);
    private string? F(double? v) => v?.ToString("0.####", _culture);
    private string? F(decimal? v) => v?.ToString("0.##", _culture);
    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
