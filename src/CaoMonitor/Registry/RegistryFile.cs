using System.Globalization;
using CaoMonitor.Domain;
using CsvHelper;

namespace CaoMonitor.Registry;

/// <summary>
/// Reads registry tables: our own (corpus/registry.csv: one row per cao version) and the ministry
/// of SZW's cao tables (employees-by-cao.csv and onderzoekcaos.csv), told apart by their header.
/// </summary>
public static class RegistryFile
{
    public enum Format { CaoMonitor, SzwEmployees, SzwResearch }

    public static IReadOnlyList<RegistryEntry> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions
        {
            HasHeader = true,
            DetectSeparatorHint = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        }, false);
        if (!csv.Read())
            throw new InvalidDataException($"{path}: the file has no rows");
        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToHashSet();
        var format = Detect(header) ?? throw new InvalidDataException(
            $"{path}: unknown registry format; expected a header with id,agreement_id,name,… (CaoMonitor) or cao_code,cao_name,… (SZW)");
        var source = Path.GetFileName(path);
        var list = new List<RegistryEntry>();
        do
        {
            long line = csv.LineNumber;
            // The ministry's tables end with a totals row that has no cao code.
            if (format != Format.CaoMonitor && Get(csv, "cao_code") is null) continue;
            try
            {
                list.Add(format switch
                {
                    Format.CaoMonitor => Ours(csv, source),
                    Format.SzwEmployees => SzwEmployees(csv, source),
                    _ => SzwResearch(csv, source),
                });
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"{path}, line {line}: {e.Message}");
            }
        } while (csv.Read());
        return list;
    }

    public static Format? Detect(IReadOnlySet<string> header) =>
        header.Contains("agreement_id") && header.Contains("id") ? Format.CaoMonitor
        : header.Contains("cao_code") && header.Contains("employees_avv") ? Format.SzwEmployees
        : header.Contains("cao_code") && header.Contains("employees") ? Format.SzwResearch
        : null;

    private static RegistryEntry Ours(CsvReader csv, string source)
    {
        var id = Required(csv, "id");
        var typeText = Get(csv, "type");
        var type = DocumentTypes.Parse(typeText);
        if (typeText is not null && type is null) throw new FormatException($"type '{typeText}' is not sector, company or policy");
        var v = new CaoVersion(id, Get(csv, "agreement_id") ?? id, Get(csv, "name") ?? "", type ?? DocumentType.Sector,
            Get(csv, "sector"), Get(csv, "parties"), ParseDate(Get(csv, "start")), ParseDate(Get(csv, "end")),
            ParseBool(Get(csv, "avv")), ParseInt(Get(csv, "employees")), Get(csv, "file")?.Replace('\\', '/'));
        return new RegistryEntry(v, source) { TypeKnown = type is not null, CaoCode = Get(csv, "cao_code") };
    }

    /// <summary>
    /// Our rows that carry the ministry's cao_code take what they lack (employees, sector, type, avv)
    /// from the ministry's row with that code: in the same batch, or already in the store.
    /// </summary>
    public static IReadOnlyList<RegistryEntry> FillFromMinistry(IReadOnlyList<RegistryEntry> rows, IEnumerable<RegistryEntry> known)
    {
        var ministry = rows.Concat(known).Where(r => r.CaoCode is not null && r.Source != "" && r.Version.Id == $"szw-{r.CaoCode}")
            .GroupBy(r => r.CaoCode!).ToDictionary(g => g.Key, g => g.First());
        return rows.Select(r =>
        {
            if (r.CaoCode is null || r.Version.Id == $"szw-{r.CaoCode}" || !ministry.TryGetValue(r.CaoCode, out var m)) return r;
            var v = r.Version;
            return r with
            {
                Version = v with
                {
                    Employees = v.Employees ?? m.Version.Employees,
                    Sector = v.Sector ?? m.Version.Sector,
                    Type = r.TypeKnown ? v.Type : m.Version.Type,
                    Avv = v.Avv ?? m.Version.Avv,
                    Name = v.Name.Length > 0 ? v.Name : m.Version.Name,
                },
                TypeKnown = r.TypeKnown || m.TypeKnown,
                EmployeesCao = r.EmployeesCao ?? m.EmployeesCao,
                EmployeesAvv = r.EmployeesAvv ?? m.EmployeesAvv,
                SbiCode = r.SbiCode ?? m.SbiCode,
            };
        }).ToList();
    }

    private static RegistryEntry SzwEmployees(CsvReader csv, string source)
    {
        var code = Required(csv, "cao_code");
        var avv = ParseInt(Get(csv, "employees_avv"));
        var v = new CaoVersion($"szw-{code}", $"szw-{code}", Required(csv, "cao_name"), DocumentTypes.Parse(Get(csv, "cao_type")) ?? DocumentType.Sector,
            Get(csv, "sbi_sector"), null, ParseDate(Get(csv, "start_date")), ParseDate(Get(csv, "expiration_date")),
            avv is null ? null : avv > 0, ParseInt(Get(csv, "employees_total")), null);
        return new RegistryEntry(v, source)
        {
            EmployeesCao = ParseInt(Get(csv, "employees_cao")), EmployeesAvv = avv, CaoCode = code, SbiCode = Get(csv, "sbi_code"),
            TypeKnown = Get(csv, "cao_type") is not null,
        };
    }

    private static RegistryEntry SzwResearch(CsvReader csv, string source)
    {
        var code = Required(csv, "cao_code");
        var v = new CaoVersion($"szw-{code}", $"szw-{code}", Required(csv, "cao_name"), DocumentTypes.Parse(Get(csv, "cao_type")) ?? DocumentType.Sector,
            Get(csv, "sector_group"), null, ParseDate(Get(csv, "start_date")), ParseDate(Get(csv, "expiration_date")),
            null, ParseInt(Get(csv, "employees")), null);
        return new RegistryEntry(v, source) { CaoCode = code, SbiCode = Get(csv, "sbi_code"), TypeKnown = Get(csv, "cao_type") is not null };
    }

    private static string? Get(CsvReader csv, string name)
    {
        if (!csv.TryGetFieldIndex(name, out var i)) return null;
        var v = i < csv.FieldCount ? csv.GetStringOrNull(i)?.Trim() : null;
        return string.IsNullOrEmpty(v) ? null : v;
    }

    private static string Required(CsvReader csv, string name) =>
        Get(csv, name) ?? throw new FormatException($"the column '{name}' is empty");

    public static DateOnly? ParseDate(string? s)
    {
        if (s is null) return null;
        string[] formats = ["yyyy-MM-dd", "d-M-yyyy", "dd-MM-yyyy", "d/M/yyyy", "yyyyMMdd"];
        if (DateOnly.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new FormatException($"'{s}' is not a date (use yyyy-mm-dd)");
    }

    private static bool? ParseBool(string? s) => s?.ToLowerInvariant() switch
    {
        null => null,
        "ja" or "yes" or "true" or "1" or "j" => true,
        "nee" or "no" or "false" or "0" or "n" => false,
        _ => throw new FormatException($"'{s}' is not ja/nee"),
    };

    private static int? ParseInt(string? s)
    {
        if (s is null) return null;
        var digits = s.Replace(".", "").Replace(",", "").Replace(" ", "");
        return int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"'{s}' is not a whole number");
    }
}
