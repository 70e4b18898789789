using System.Globalization;
using CaoMonitor.Domain;
using CsvHelper;

namespace CaoMonitor.Monitoring;

/// <summary>
/// Writes a snapshot's CSV files (columns documented in the README). Every file has a <c>year</c>
/// column and each row belongs to the year it names; <paramref name="years"/> limits the files to
/// some of the snapshot's years (a one-year download), default all of them (the trend since the
/// baseline). UTF-8, LF line ends, fixed column and row order, so equal snapshots give equal bytes.
/// Dutch mode is for Dutch spreadsheets: a BOM (so Excel reads UTF-8), ';', a decimal comma, Dutch
/// headers and Dutch words for the English code values. Cells that a spreadsheet would run as a
/// formula are escaped (document text is untrusted).
/// </summary>
public sealed class CsvExport(bool dutch, IReadOnlyCollection<int>? years = null)
{
    private readonly char _separator = dutch ? ';' : ',';
    private readonly CultureInfo _culture = dutch ? CultureInfo.GetCultureInfo("nl-NL") : CultureInfo.InvariantCulture;

    public static readonly string[] SummaryColumns =
    [
        "year", "measure", "measure_kind", "strength", "caos", "caos_with", "share_caos", "employees", "employees_with", "share_employees",
        "caos_pp_vs_baseline", "caos_pp_vs_previous", "employees_pp_vs_baseline", "employees_pp_vs_previous",
    ];

    /// <summary>precision.csv: per year and category, the measured precision and the coverage before and after taking out
    /// the expected false positives (share × precision; empty where the category is not measured).</summary>
    public static readonly string[] PrecisionColumns =
    [
        "year", "code", "status", "reviewed", "confirmed", "precision", "precision_low", "precision_high",
        "share_caos", "share_caos_adjusted", "share_employees", "share_employees_adjusted",
    ];

    public static readonly string[] ProvisionColumns =
        ["year", "version_id", "name", "sector", "code", "strength", "source", "article", "page", "clause_id", "amount_eur", "period", "percent", "evidence"];

    /// <summary>The by_cao.csv column of the minimum conditions met with rights only (the summary's "recht" row).</summary>
    public const string MinimumRecht = MonitorCalculator.Minimum + "_recht";

    /// <summary>Dutch headers of the Dutch variant; category codes and MINIMUMVOORWAARDEN stay as they are.</summary>
    public static readonly IReadOnlyDictionary<string, string> DutchHeaders = new Dictionary<string, string>
    {
        ["year"] = "jaar", ["measure"] = "maatstaf", ["measure_kind"] = "soort_maatstaf", ["strength"] = "sterkte",
        ["caos"] = "caos", ["caos_with"] = "caos_met", ["share_caos"] = "aandeel_caos",
        ["employees"] = "werknemers", ["employees_with"] = "werknemers_met", ["share_employees"] = "aandeel_werknemers",
        ["caos_pp_vs_baseline"] = "caos_pp_tov_nulmeting", ["caos_pp_vs_previous"] = "caos_pp_tov_vorig_jaar",
        ["employees_pp_vs_baseline"] = "werknemers_pp_tov_nulmeting", ["employees_pp_vs_previous"] = "werknemers_pp_tov_vorig_jaar",
        ["breakdown"] = "indeling", ["slice"] = "segment", ["version_id"] = "versie_id", ["agreement_id"] = "cao_id", ["name"] = "naam",
        ["type"] = "soort_cao", ["sector"] = "sector", ["start"] = "begin", ["end"] = "einde", ["code"] = "code", ["source"] = "bron",
        ["article"] = "artikel", ["page"] = "pagina", ["clause_id"] = "bepaling_id", ["amount_eur"] = "bedrag_eur", ["period"] = "periode",
        ["percent"] = "procent", ["evidence"] = "bewijs", ["group"] = "groep", ["kind"] = "soort",
        ["status"] = "status", ["reviewed"] = "beoordeeld", ["confirmed"] = "bevestigd", ["precision"] = "precisie",
        ["precision_low"] = "precisie_laag", ["precision_high"] = "precisie_hoog", ["share_caos_adjusted"] = "aandeel_caos_gecorrigeerd",
        ["share_employees_adjusted"] = "aandeel_werknemers_gecorrigeerd",
    };

    /// <summary>Dutch words for the English code values (strength "any", kinds, breakdowns, types, sources).</summary>
    public static readonly IReadOnlyDictionary<string, string> DutchValues = new Dictionary<string, string>
    {
        ["any"] = "alle", ["category"] = "categorie", ["group"] = "groep", ["ministry"] = "ministerie", ["minimum"] = "minimum",
        ["all"] = "alle", ["type"] = "soort", ["company"] = "onderneming", ["classifier"] = "classificatie", ["human"] = "beoordeeld",
        ["measured"] = "gemeten", ["not_measured"] = "niet gemeten",
    };

    private static readonly HashSet<string> CodedColumns = ["strength", "measure_kind", "breakdown", "type", "source", "status"];

    public void WriteAll(MonitorSnapshot s, MonitorDefinition def, string dir)
    {
        Directory.CreateDirectory(dir);
        bool In(int year) => years is null || years.Contains(year);
        var figures = s.Figures.Where(f => In(f.Key.Year)).ToList();
        var counted = s.Counted.Where(c => In(c.Year)).ToList();
        Write(Path.Combine(dir, "summary.csv"), SummaryColumns, figures.Where(f => f.Key.Breakdown is "all").Select(FigureRow));
        Write(Path.Combine(dir, "by_sector.csv"), ["year", "breakdown", "slice", .. SummaryColumns[1..]],
            figures.Where(f => f.Key.Breakdown is "sector" or "type").Select(f => (string?[])[F(f.Key.Year), f.Key.Breakdown, f.Key.Slice, .. FigureRow(f)[1..]]));
        var cats = def.Categories;
        Write(Path.Combine(dir, "by_cao.csv"),
            ["year", "version_id", "agreement_id", "name", "type", "sector", "start", "end", "employees", .. cats, MonitorCalculator.Minimum, MinimumRecht],
            counted.Select(c =>
            {
                var v = c.Version;
                return (string?[])[F(c.Year), v.VersionId, v.AgreementId, v.Name, v.Type.Code(), v.Sector, Iso(v.Start), Iso(v.End), F(v.Employees),
                    .. cats.Select(code => v.Strongest(code)?.Code() ?? ""),
                    MonitorCalculator.MeetsMinimum(v, def, rightsOnly: false) ? "ja" : "nee", MonitorCalculator.MeetsMinimum(v, def, rightsOnly: true) ? "ja" : "nee"];
            }));
        // Per year exactly the labels of the versions counted in that year; a version counted in two years appears in both.
        Write(Path.Combine(dir, "provisions.csv"), ProvisionColumns,
            counted.OrderBy(c => c.Year).ThenBy(c => c.Version.VersionId, StringComparer.Ordinal)
                .SelectMany(c => c.Version.Labels.OrderBy(l => l.ClauseId).ThenBy(l => l.Code, StringComparer.Ordinal).Select(l => (string?[])[
                    F(c.Year), c.Version.VersionId, c.Version.Name, c.Version.Sector, l.Code, l.Strength.Code(), l.Source, l.ArticlePath, F(l.Page), F(l.ClauseId),
                    F(l.AmountEur), l.Period, F(l.Percent), l.Evidence])));
        Write(Path.Combine(dir, "precision.csv"), PrecisionColumns,
            figures.Where(f => f.Key.Breakdown is "all" && f.Key.Strength is "any" && f.Key.MeasureKind is "category").Select(f =>
            {
                var p = s.PrecisionOf(f.Key.Measure);
                return (string?[])[F(f.Key.Year), f.Key.Measure, p.Measured ? "measured" : "not_measured", F(p.Reviewed), F(p.Confirmed),
                    F(Round(p.Precision)), F(Round(p.Interval?.Low)), F(Round(p.Interval?.High)),
                    F(Math.Round(f.ShareCaos, 4)), F(Round(p.Adjusted(f.ShareCaos))),
                    F(Math.Round(f.ShareEmployees, 4)), F(Round(p.Adjusted(f.ShareEmployees)))];
            }));
        Write(Path.Combine(dir, "gaps.csv"), ["year", "group", "kind", "sector", "version_id", "name", "employees"],
            s.Gaps.Where(g => In(g.Year)).Select(g => (string?[])[F(g.Year), g.Group, g.Kind, g.Sector, g.VersionId, g.Name, F(g.Employees)]));
    }

    private string?[] FigureRow(Figure f) =>
    [
        F(f.Key.Year), f.Key.Measure, f.Key.MeasureKind, f.Key.Strength, F(f.Caos), F(f.CaosWith), F(Math.Round(f.ShareCaos, 4)),
        F(f.Employees), F(f.EmployeesWith), F(Math.Round(f.ShareEmployees, 4)), F(R(f.CaosPpVsBaseline)), F(R(f.CaosPpVsPrevious)),
        F(R(f.EmployeesPpVsBaseline)), F(R(f.EmployeesPpVsPrevious)),
    ];

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;

    private static double? R(double? pp) => pp is { } v ? Math.Round(v, 2) : null;

    private void Write(string path, string[] header, IEnumerable<string?[]> rows)
    {
        var coded = header.Select(h => dutch && CodedColumns.Contains(h)).ToArray();
        using var file = new StreamWriter(path, false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: dutch));
        using var csv = CsvWriter.Create(file, new CsvWriterOptions { Separator = _separator, NewLine = "\n", Injection = CsvInjection.Escape, InjectionCharacters = "=+@\t\r" }, true);
        csv.WriteHeader(dutch ? header.Select(h => DutchHeaders.GetValueOrDefault(h, h)).ToArray() : header);
        foreach (var row in rows)
            csv.WriteRecord(row.Select((c, i) => c is null ? "" : coded[i] ? DutchValues.GetValueOrDefault(c, c) : c).ToArray());
        csv.Flush();
    }

    /// <summary>The header a reader looks for in either variant.</summary>
    public static string Header(string english, bool dutch) => dutch ? DutchHeaders.GetValueOrDefault(english, english) : english;

    /// <summary>A code value read back from either variant ("alle" is "any").</summary>
    public static string Value(string cell, bool dutch) => dutch ? DutchValues.FirstOrDefault(kv => kv.Value == cell).Key ?? cell : cell;

    private string? F(int? v) => v?.ToString(_culture);
    private string? F(long? v) => v?.ToString(_culture);
    private string? F(double? v) => v?.ToString("0.####", _culture);
    private string? F(decimal? v) => v?.ToString("0.##", _culture);
    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
