using CaoMonitor.Storage;

namespace CaoMonitor.Monitoring;

/// <summary>
/// Computes the monitor for a year from the store and freezes it into a snapshot folder: what
/// `caomonitor monitor` and the yearly monitor job do.
/// </summary>
public static class MonitorRun
{
    public sealed record Result(MonitorSnapshot Snapshot, SnapshotFolder.Result Written, string Dir, IReadOnlyList<string> Undated)
    {
        public string Summary
        {
            get
            {
                var s = Snapshot.Manifest;
                var all = Snapshot.Find(s.Year, MonitorCalculator.Minimum);
                var verb = Written == SnapshotFolder.Result.Written ? "written" : "unchanged (identical inputs)";
                return $"monitor {s.Year} (baseline {s.BaselineYear}): {Snapshot.Counted.Count(c => c.Year == s.Year)} cao versions counted, " +
                       $"minimum conditions {all?.CaosWith ?? 0}/{all?.Caos ?? 0} cao's; snapshot {verb} in {Dir}";
            }
        }
    }

    /// <summary>The snapshot folder a year gets by default under the data folder.</summary>
    public static string DefaultDir(string dataDir, int year) => Path.Combine(dataDir, "snapshots", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static MonitorSnapshot Compute(CaoStore store, int year, int? baseline = null, MonitorDefinition? definition = null) =>
        MonitorCalculator.Compute(MonitorSource.Load(store), definition ?? MonitorDefinition.Default, year, baseline);

    /// <summary>The years the store can answer (see <see cref="MonitorCalculator.YearsCovered"/>).</summary>
    public static (int First, int Last) YearsCovered(CaoStore store, int? baseline = null, MonitorDefinition? definition = null) =>
        MonitorCalculator.YearsCovered(MonitorSource.Load(store), definition ?? MonitorDefinition.Default, baseline);

    /// <summary>Computes and writes; an existing different snapshot in <paramref name="outDir"/> is refused unless forced.</summary>
    public static Result Freeze(CaoStore store, int year, int? baseline, string outDir, bool dutch = false, bool force = false, MonitorDefinition? definition = null)
    {
        var def = definition ?? MonitorDefinition.Default;
        var loaded = MonitorSource.LoadWithDetails(store);
        var snapshot = MonitorCalculator.Compute(loaded.Input, def, year, baseline);
        var written = SnapshotFolder.Write(snapshot, def, outDir, dutch, force);
        return new Result(snapshot, written, Path.GetFullPath(outDir), loaded.Undated);
    }
}
