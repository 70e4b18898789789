using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CsvHelper;

namespace CaoMonitor.Monitoring;

/// <summary>
/// A frozen snapshot on disk: the CSV files, report.html and snapshot.json (the manifest plus the
/// sha256 of every file). Files are written read-only. Writing into a folder that already holds a
/// different snapshot is refused; the same inputs give byte-identical files, so writing them again
/// is a no-op that says so.
/// </summary>
public static class SnapshotFolder
{
    public const string ManifestFile = "snapshot.json";
    public static readonly string[] Files = ["summary.csv", "by_sector.csv", "by_cao.csv", "provisions.csv", "gaps.csv", "precision.csv", "report.html"];

    public enum Result { Written, Unchanged }

    public sealed record Manifest(SnapshotManifest Snapshot, bool Dutch, IReadOnlyDictionary<string, string> FileHashes);

    public static Result Write(MonitorSnapshot s, MonitorDefinition def, string dir, bool dutch, bool force = false)
    {
        var staging = Directory.CreateTempSubdirectory("caomonitor-snapshot-").FullName;
        try
        {
            new CsvExport(dutch).WriteAll(s, def, staging);
            File.WriteAllText(Path.Combine(staging, "report.html"), HtmlReport.Render(s, def), new System.Text.UTF8Encoding(false));
            var hashes = Files.ToDictionary(f => f, f => Hash(Path.Combine(staging, f)));
            var manifest = new Manifest(s.Manifest, dutch, new SortedDictionary<string, string>(hashes, StringComparer.Ordinal));
            var json = JsonSerializer.Serialize(manifest, JsonOptions);

            var existing = Path.Combine(dir, ManifestFile);
            if (File.Exists(existing))
            {
                if (File.ReadAllText(existing) == json && Files.All(f => File.Exists(Path.Combine(dir, f)) && Hash(Path.Combine(dir, f)) == hashes[f]))
                    return Result.Unchanged;
                if (!force)
                    throw new IOException($"'{dir}' already holds a different snapshot ({Describe(existing)}); choose another folder or pass --force to replace it");
            }
            Directory.CreateDirectory(dir);
            foreach (var f in Files.Append(ManifestFile))
            {
                var target = Path.Combine(dir, f);
                if (File.Exists(target)) File.SetAttributes(target, FileAttributes.Normal);
            }
            foreach (var f in Files) File.Copy(Path.Combine(staging, f), Path.Combine(dir, f), overwrite: true);
            File.WriteAllText(existing, json, new System.Text.UTF8Encoding(false));
            foreach (var f in Files.Append(ManifestFile)) File.SetAttributes(Path.Combine(dir, f), FileAttributes.ReadOnly);
            return Result.Written;
        }
        finally { Directory.Delete(staging, recursive: true); }
    }

    public static Manifest ReadManifest(string dir)
    {
        var path = Path.Combine(dir, ManifestFile);
        if (!File.Exists(path)) throw new FileNotFoundException($"'{dir}' holds no snapshot ({ManifestFile} missing)");
        return JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), JsonOptions) ?? throw new InvalidDataException($"{path} is empty");
    }

    /// <summary>A change between two snapshots: one summary row whose shares differ.</summary>
    public sealed record Change(int Year, string Measure, string Strength, double? ShareCaosA, double? ShareCaosB, double? ShareEmployeesA, double? ShareEmployeesB);

    /// <summary>Compares the summary figures of two snapshot folders (either may be in Dutch CSV format).</summary>
    public static IReadOnlyList<Change> Compare(string dirA, string dirB)
    {
        var a = ReadSummary(dirA);
        var b = ReadSummary(dirB);
        return a.Keys.Union(b.Keys).Order()
            .Select(k => (k, ra: a.GetValueOrDefault(k), rb: b.GetValueOrDefault(k)))
            .Where(x => x.ra != x.rb)
            .Select(x => new Change(x.k.Year, x.k.Measure, x.k.Strength, x.ra.Caos, x.rb.Caos, x.ra.Emp, x.rb.Emp))
            .ToList();
    }

    public static Dictionary<(int Year, string Measure, string Strength), (double? Caos, double? Emp)> ReadSummary(string dir)
    {
        var dutch = ReadManifest(dir).Dutch;
        var culture = dutch ? CultureInfo.GetCultureInfo("nl-NL") : CultureInfo.InvariantCulture;
        using var reader = new StreamReader(Path.Combine(dir, "summary.csv"));
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { HasHeader = true, Separator = dutch ? ';' : ',' }, false);
        var result = new Dictionary<(int, string, string), (double?, double?)>();
        string Cell(string column) => csv.GetString(CsvExport.Header(column, dutch));
        while (csv.Read())
            result[(int.Parse(Cell("year"), culture), Cell("measure"), CsvExport.Value(Cell("strength"), dutch))] =
                (double.Parse(Cell("share_caos"), culture), double.Parse(Cell("share_employees"), culture));
        return result;
    }

    private static string Describe(string manifestPath)
    {
        try
        {
            var m = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(manifestPath), JsonOptions)!;
            return $"year {m.Snapshot.Year}, corpus {m.Snapshot.CorpusHash[..12]}, {m.Snapshot.ClassifierVersion}";
        }
        catch (JsonException) { return "unreadable manifest"; }
    }

    private static string Hash(string path)
    {
        using var fs = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(fs));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
