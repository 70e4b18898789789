using CaoMonitor.Monitoring;
using CaoMonitor.Storage;

namespace CaoMonitor.Jobs;

/// <summary>
/// Computes the yearly monitor for a year and freezes it (a snapshot later corrections do not
/// change): <see cref="MonitorRunSnapshotter"/>. The jobs run it on a schedule and on demand.
/// </summary>
public interface IMonitorSnapshotter
{
    /// <summary>Freezes the snapshot of <paramref name="year"/>; returns a one-line summary.</summary>
    Task<string> FreezeSnapshot(CaoStore store, int year, CancellationToken ct);
}

/// <summary>
/// The monitor job's work: <see cref="MonitorRun.Freeze"/> into DATA/snapshots/YEAR, as
/// `caomonitor monitor --year YEAR` does. A different snapshot already frozen there is left alone
/// (the run fails with the reason); an identical one is reported unchanged.
/// </summary>
public sealed class MonitorRunSnapshotter : IMonitorSnapshotter
{
    public Task<string> FreezeSnapshot(CaoStore store, int year, CancellationToken ct) => Task.Run(() =>
        MonitorRun.Freeze(store, year, baseline: null, MonitorRun.DefaultDir(store.DataDir, year)).Summary, ct);
}
