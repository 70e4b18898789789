using CaoMonitor.Domain;

namespace CaoMonitor.Monitoring;

/// <summary>
/// Computes the monitor from its input and definition: per year, the version of each agreement in
/// force on the reference date; per measure (category, group, ministry group, minimum conditions)
/// and strength (recht only, any), the number and share of cao's and of employees; overall, per
/// sector and per cao type; changes against the baseline and the previous year; and the gaps.
/// Deterministic: the same input gives the same figures in the same order.
/// </summary>
public static class MonitorCalculator
{
    public const string Minimum = "MINIMUMVOORWAARDEN";

    private sealed record Measure(string Name, string Kind, Func<MonitoredVersion, bool, bool> Holds);

    public static MonitorSnapshot Compute(MonitorInput input, MonitorDefinition def, int year, int? baselineYear = null)
    {
        int baseline = baselineYear ?? def.BaselineYear ?? year;
        if (baseline > year) throw new ArgumentException($"the baseline year {baseline} is after the year {year}");
        var years = Enumerable.Range(baseline, year - baseline + 1).ToList();
        var measures = Measures(def);

        var figures = new List<Figure>();
        var counted = new List<CountedVersion>();
        var gaps = new List<Gap>();
        foreach (var y in years)
        {
            var versions = CountedIn(input.Versions, def, def.ReferenceDateIn(y));
            counted.AddRange(versions.Select(v => new CountedVersion(y, v)));
            // Each version's result per measure and strength, computed once.
            var results = versions.ToDictionary(v => v, v => measures.ToDictionary(m => m.Name, m => (any: m.Holds(v, false), recht: m.Holds(v, true))));
            var slices = new List<(string Breakdown, string Slice, List<MonitoredVersion> Members)> { ("all", "all", versions) };
            slices.AddRange(BySector(versions.GroupBy(v => v.Sector), g => g.Key).Select(g => ("sector", g.Key, g.ToList())));
            slices.AddRange(versions.GroupBy(v => v.Type.Code()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => ("type", g.Key, g.ToList())));
            foreach (var m in measures)
                foreach (var strength in new[] { "any", "recht" })
                    foreach (var (breakdown, slice, members) in slices)
                    {
                        var with = members.Where(v => strength == "recht" ? results[v][m.Name].recht : results[v][m.Name].any).ToList();
                        figures.Add(new Figure(new FigureKey(y, m.Name, m.Kind, strength, breakdown, slice), members.Count, with.Count,
                            members.Sum(v => (long)(v.Employees ?? 0)), with.Sum(v => (long)(v.Employees ?? 0)),
                            with.Select(v => v.VersionId).ToList()));
                    }
            gaps.AddRange(Gaps(y, versions, def));
        }
        int baselineCount = counted.Count(c => c.Year == baseline);
        var incomplete = years.Where(y => y != baseline && counted.Count(c => c.Year == y) < def.IncompleteBelow * baselineCount).ToList();
        return new MonitorSnapshot(
            new SnapshotManifest(year, baseline, years, input.CorpusHash, input.TaxonomyVersion, input.ClassifierVersion, def.Version, def.Hash, incomplete),
            WithChanges(figures, baseline), counted, gaps) { Precision = input.Precision };
    }

    /// <summary>
    /// The years the store can answer: from the baseline (or the first start) to the last year a
    /// version is in force. A year outside is refused by the faces rather than silently swapped.
    /// </summary>
    public static (int First, int Last) YearsCovered(MonitorInput input, MonitorDefinition def, int? baselineYear = null)
    {
        var counted = input.Versions.Where(v => def.Counts(v.Type)).ToList();
        int first = baselineYear ?? def.BaselineYear ?? (counted.Count == 0 ? DateTime.Today.Year : counted.Min(v => v.Start.Year));
        int last = counted.Count == 0 ? first : Math.Max(first, counted.Max(v => (v.End ?? v.Start).Year));
        return (first, last);
    }

    /// <summary>Whether a version meets the minimum conditions; with <paramref name="rightsOnly"/> only its rights count.</summary>
    public static bool MeetsMinimum(MonitoredVersion v, MonitorDefinition def, bool rightsOnly) =>
        def.MinimumRule.Holds(code => v.Strongest(code) is { } s && (!rightsOnly || s == Strength.Recht) ? s : null, def);

    /// <summary>Sectors in reading order: case does not matter (ties broken ordinally, so the order is stable).</summary>
    public static IOrderedEnumerable<T> BySector<T>(IEnumerable<T> items, Func<T, string> sector) =>
        items.OrderBy(sector, StringComparer.OrdinalIgnoreCase).ThenBy(sector, StringComparer.Ordinal);

    /// <summary>Per agreement the version in force on the date (the latest start when periods overlap).</summary>
    public static List<MonitoredVersion> CountedIn(IEnumerable<MonitoredVersion> all, MonitorDefinition def, DateOnly date) =>
        all.Where(v => def.Counts(v.Type) && v.InForceOn(date))
            .GroupBy(v => v.AgreementId)
            .Select(g => g.OrderByDescending(v => v.Start).ThenByDescending(v => v.DocumentId).First())
            .OrderBy(v => v.VersionId, StringComparer.Ordinal)
            .ToList();

    private static List<Measure> Measures(MonitorDefinition def)
    {
        var list = new List<Measure>();
        foreach (var code in def.Categories)
            list.Add(new Measure(code, "category", (v, recht) => v.Strongest(code) is { } s && (!recht || s == Strength.Recht)));
        foreach (var (name, members) in def.Groups.OrderBy(g => g.Key, StringComparer.Ordinal))
            list.Add(new Measure(name, "group", (v, recht) => members.Any(c => v.Strongest(c) is { } s && (!recht || s == Strength.Recht))));
        foreach (var (name, members) in def.MinistryGroups.OrderBy(g => g.Key, StringComparer.Ordinal))
            list.Add(new Measure(name, "ministry", (v, recht) => members.Any(c => v.Strongest(c) is { } s && (!recht || s == Strength.Recht))));
        // The rule carries its own strengths; "recht" asks for every label it uses to be a right.
        list.Add(new Measure(Minimum, "minimum", (v, recht) => MeetsMinimum(v, def, recht)));
        return list;
    }

    private static IEnumerable<Gap> Gaps(int year, List<MonitoredVersion> versions, MonitorDefinition def)
    {
        foreach (var (group, members) in def.Groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            bool Has(MonitoredVersion v) => members.Any(c => v.Strongest(c) is not null);
            foreach (var s in versions.GroupBy(v => v.Sector).Where(g => !g.Any(Has))
                         .Select(g => (Sector: g.Key, Employees: g.Sum(v => (long)(v.Employees ?? 0))))
                         .OrderByDescending(s => s.Employees).ThenBy(s => s.Sector, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Sector, StringComparer.Ordinal))
                yield return new Gap(year, group, "sector", s.Sector, null, null, s.Employees);
            foreach (var v in versions.Where(v => !Has(v)).OrderByDescending(v => v.Employees ?? 0).ThenBy(v => v.VersionId, StringComparer.Ordinal))
                yield return new Gap(year, group, "cao", v.Sector, v.VersionId, v.Name, v.Employees ?? 0);
        }
    }

    private static List<Figure> WithChanges(List<Figure> figures, int baseline)
    {
        var index = figures.ToDictionary(f => f.Key);
        return figures.Select(f =>
        {
            index.TryGetValue(f.Key with { Year = baseline }, out var b);
            index.TryGetValue(f.Key with { Year = f.Key.Year - 1 }, out var p);
            static double? Pp(double now, Figure? then, Func<Figure, double> share) => then is null ? null : Math.Round((now - share(then)) * 100, 6);
            return f with
            {
                CaosPpVsBaseline = f.Key.Year == baseline ? null : Pp(f.ShareCaos, b, x => x.ShareCaos),
                CaosPpVsPrevious = Pp(f.ShareCaos, p, x => x.ShareCaos),
                EmployeesPpVsBaseline = f.Key.Year == baseline ? null : Pp(f.ShareEmployees, b, x => x.ShareEmployees),
                EmployeesPpVsPrevious = Pp(f.ShareEmployees, p, x => x.ShareEmployees),
            };
        }).ToList();
    }
}
