using CaoMonitor.Classification;
using CaoMonitor.Storage;

namespace CaoMonitor.Jobs;

/// <summary>
/// Re-runs classification over the stored clauses (<see cref="StoreReclassifier"/>). The job decides
/// when: whenever <see cref="Version"/> differs from the version of the last run.
/// </summary>
public interface IReclassifier
{
    /// <summary>The taxonomy and classifier version; a change is what triggers a run.</summary>
    string Version { get; }

    /// <summary>Reclassifies what the change affects; returns a one-line summary for the run history.</summary>
    Task<string> Reclassify(CaoStore store, CancellationToken ct);
}

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

