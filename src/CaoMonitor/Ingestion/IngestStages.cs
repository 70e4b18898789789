using System.Diagnostics;

namespace CaoMonitor.Ingestion;

/// <summary>
/// Time spent per pipeline stage, summed over files and threads (so with parallel ingest the sum
/// exceeds the wall clock). Cheap enough to run always; `bench ingest` prints it.
/// </summary>
public sealed class IngestStages
{
    public static readonly string[] Names = ["hash", "original", "extract", "normalise", "segment", "store"];
    private readonly long[] _ticks = new long[Names.Length];

    public TimeSpan this[string stage] => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _ticks[Array.IndexOf(Names, stage)]));

    public IEnumerable<(string Stage, TimeSpan Time)> All => Names.Select(n => (n, this[n]));

    /// <summary>Runs one stage and adds its time.</summary>
    public T Time<T>(string stage, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try { return work(); }
        finally { Interlocked.Add(ref _ticks[Array.IndexOf(Names, stage)], Stopwatch.GetTimestamp() - start); }
    }
}
