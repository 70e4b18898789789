using CaoMonitor.Classification;
using CaoMonitor.Monitoring;
using CaoMonitor.Storage;

namespace CaoMonitor.Jobs;

/// <summary>The reclassify job's work: <see cref="ClassificationWriter.Reclassify"/> over the stored clauses.</summary>
public sealed class StoreReclassifier(ClauseClassifier? classifier = null) : IReclassifier
{
    // Compiling the rules takes seconds: only when a run needs them, not when options are built.
    private readonly Lazy<ClassificationWriter> _lazy = new(() => new ClassificationWriter(classifier));
    private ClassificationWriter Writer => _lazy.Value;

    public string Version => $"taxonomy {Writer.Classifier.TaxonomyVersion}; {Writer.Classifier.ClassifierVersion}";

    // Only clauses labelled by another classifier version are redone, so a run after a change costs what changed.
    public Task<string> Reclassify(CaoStore store, CancellationToken ct) => Task.Run(() =>
    {
        var r = Writer.Reclassify(store, all: false, ct: ct);
        return $"{r.Reclassified} of {r.Clauses} clauses reclassified, {r.Labels} labels, {r.Elapsed.TotalSeconds:0.0}s";
    }, ct);
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
