using System.Diagnostics;

namespace CaoMonitor.Search;

/// <summary>
/// Where a search spends its time, summed per phase while <see cref="Enabled"/> (only the search
/// benchmark turns it on, to show what our search costs beyond bare Lucene). Single-threaded use.
/// </summary>
internal static class SearchTimings
{
    public static bool Enabled { get; set; }
    public static readonly string[] Phases = ["parse", "open", "collect", "rank", "details", "snippets", "labels", "facets"];
    private static readonly double[] Sums = new double[Phases.Length];

    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Adds the time since <paramref name="t0"/> to a phase; returns the new start.</summary>
    public static long Lap(long t0, int phase)
    {
        if (!Enabled) return 0;
        long now = Stopwatch.GetTimestamp();
        Sums[phase] += Stopwatch.GetElapsedTime(t0, now).TotalMilliseconds;
        return now;
    }

    public static void Reset() => Array.Clear(Sums);

    /// <summary>Milliseconds per phase, each divided by <paramref name="queries"/>.</summary>
    public static Dictionary<string, double> PerQuery(int queries) =>
        Phases.Select((p, i) => (p, Math.Round(Sums[i] / Math.Max(1, queries), 3))).ToDictionary(x => x.p, x => x.Item2);
}
