using System.Diagnostics;
using CaoMonitor.Domain;

namespace CaoMonitor.Monitoring;

/// <summary>
/// The monitor over a generated corpus (years x agreements, each agreement a new two-year version
/// every other year, random labels from a fixed seed), for <c>caomonitor bench monitor</c>. Not a timed test.
/// </summary>
public static class MonitorBenchmark
{
    public sealed record Figures(int Years, int Versions, int Labels, TimeSpan Compute, TimeSpan Export, TimeSpan Reference, int FigureCount)
    {
        /// <summary>Our computation against the reference: one pass grouping every version per year.</summary>
        public double Ratio => Compute.TotalSeconds / Math.Max(Reference.TotalSeconds, 1e-9);
    }

    public static MonitorInput Generate(int years, int versions, int firstYear = 2016, int seed = 42)
    {
        var rnd = new Random(seed);
        var def = MonitorDefinition.Default;
        var codes = def.Categories.ToArray();
        string[] sectors = ["metaal", "bouw", "zorg", "schoonmaak", "detailhandel", "horeca", "vervoer", "onderwijs", "ICT", "energie", "agrarisch", "financieel"];
        int agreements = Math.Max(1, versions * 2 / years);
        var list = new List<MonitoredVersion>(versions);
        for (int i = 0; list.Count < versions; i++)
        {
            int a = i % agreements, round = i / agreements;
            var start = new DateOnly(firstYear + round * 2 + a % 2, 1, 1);
            var labels = new List<LabelEvidence>();
            foreach (var code in codes)
                if (rnd.NextDouble() < 0.35)
                    labels.Add(new LabelEvidence(code, (Strength)rnd.Next(3), "classifier", i * 100L + labels.Count, $"H{rnd.Next(1, 12)} > Art. {rnd.Next(1, 60)}",
                        rnd.Next(1, 20), "De werknemer heeft recht op ...", rnd.Next(4) == 0 ? rnd.Next(2, 40) * 100 : null, "per jaar"));
            list.Add(new MonitoredVersion($"cao{a:D4}-{start.Year}", $"cao{a:D4}", i, $"Cao {a}", a % 4 == 0 ? DocumentType.Company : DocumentType.Sector,
                sectors[a % sectors.Length], start, start.AddYears(2).AddDays(-1), rnd.Next(500, 150_000), labels));
        }
        return new MonitorInput(list, "generated", "generated", "generated");
    }

    public static Figures Run(int years = 10, int versions = 1000, string? exportDir = null)
    {
        var def = MonitorDefinition.Default;
        var input = Generate(years, versions);
        int first = input.Versions.Min(v => v.Start.Year) + 1, last = first + years - 1;
        MonitorCalculator.Compute(Generate(2, 50), def, 2018, 2017); // warm-up (JIT)

        var sw = Stopwatch.StartNew();
        var snapshot = MonitorCalculator.Compute(input, def, last, first);
        var compute = sw.Elapsed;

        sw.Restart();
        if (exportDir is not null) new CsvExport(dutch: false).WriteAll(snapshot, def, exportDir);
        var export = sw.Elapsed;

        // Reference: the least any monitor must do, finding per year the versions in force.
        sw.Restart();
        int n = 0;
        for (int y = first; y <= last; y++) n += MonitorCalculator.CountedIn(input.Versions, def, def.ReferenceDateIn(y)).Count;
        var reference = sw.Elapsed;
        GC.KeepAlive(n);
        return new Figures(years, input.Versions.Count, input.Versions.Sum(v => v.Labels.Count), compute, export, reference, snapshot.Figures.Count);
    }
}
