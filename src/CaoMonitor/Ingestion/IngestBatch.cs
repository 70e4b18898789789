using System.Collections.Concurrent;
using CaoMonitor.Classification;
using CaoMonitor.Registry;
using CaoMonitor.Search;
using CaoMonitor.Sources;
using CaoMonitor.Storage;

namespace CaoMonitor.Ingestion;

/// <summary>
/// Ingests paths (folders and files): imports the registry files found, then every supported file,
/// a few at a time. Each file succeeds or fails alone; the batch always finishes.
/// </summary>
public sealed class IngestBatch(CaoStore store, IngestPipeline pipeline)
{
    public sealed record Progress(int Done, int Total, string File, IngestOutcome? Outcome);

    public int Parallelism { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public IngestSummary Run(IEnumerable<string> paths, Action<Progress>? progress = null, CancellationToken ct = default)
    {
        var listing = FolderSource.List(paths);
        var registryRows = FolderSource.ReadRegistries(listing.RegistryFiles);
        if (registryRows.Any(r => r.CaoCode is not null)) registryRows = RegistryFile.FillFromMinistry(registryRows, store.ListRegistry());
        if (registryRows.Count > 0) store.UpsertRegistry(registryRows);
        return Run(listing.Files, registryRows.Count, progress, ct);
    }

    /// <summary>
    /// <see cref="Parallelism"/> files at a time, each prepared (hash, extract in a PDF child, normalise,
    /// segment) and then stored in one transaction. (A pipeline with one writer thread stored documents
    /// in a different order, which changed tie order in search ranking; kept for later, see README.)
    /// </summary>
    public IngestSummary Run(IReadOnlyList<SourceFile> files, int registryRows = 0, Action<Progress>? progress = null, CancellationToken ct = default)
    {
        var outcomes = new IngestOutcome[files.Count];
        if (files.Count == 0) return new IngestSummary(outcomes, registryRows);
        // The classifier's first use builds its ~400 patterns (interpreted: each is compiled only at its 1,000th use,
        // see TieredRegex, inside whichever write uses it that often) and JIT-compiles the classifier's own code, which
        // takes seconds on a busy machine: do that now, beside the first extractions, rather than inside the first write.
        var warmUp = Task.Run(() => new ClauseClassifier().Classify(new ClauseInput(WarmUpText, "Opleiding en ontwikkeling", null)), CancellationToken.None);
        int done = 0;
        // One index write per group of documents, not per document; the batch returns once all are searchable.
        using var indexing = SearchIndex.Defer(store);
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, i =>
        {
            try
            {
                var prepared = pipeline.Prepare(files[i], ct);
                try { warmUp.Wait(ct); } catch (AggregateException) { } // a failing warm-up fails again, per file, below
                outcomes[i] = pipeline.Store(prepared);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Even a store error on one file must not end the batch.
                outcomes[i] = Internal(files[i], e);
            }
            progress?.Invoke(new Progress(Interlocked.Increment(ref done), files.Count, files[i].RegistryPath, outcomes[i]));
        });
        return new IngestSummary(outcomes, registryRows);
    }

    private const string WarmUpText =
        "De werkgever stelt een persoonlijk opleidingsbudget van EUR 500 per jaar beschikbaar voor scholing, "
        + "loopbaanadvies en een ontwikkelgesprek; bij boventalligheid volgt een van-werk-naar-werktraject met outplacement.";

    private static IngestOutcome Internal(SourceFile file, Exception e)
    {
        var (reason, message) = e is System.Text.RegularExpressions.RegexMatchTimeoutException
            ? IngestPipeline.Unexpected(e)
            : ("internal", $"internal error: {e.Message}");
        return new(file.RegistryPath, IngestStatus.Failed, null, 0, 0, 0, message) { Reason = reason };
    }
}
