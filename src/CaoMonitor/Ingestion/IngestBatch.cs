using CaoMonitor.Registry;
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

    public IngestSummary Run(IReadOnlyList<SourceFile> files, int registryRows = 0, Action<Progress>? progress = null, CancellationToken ct = default)
    {
        var outcomes = new IngestOutcome[files.Count];
        int done = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, i =>
        {
            try { outcomes[i] = pipeline.Ingest(files[i], ct); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Even a store error on one file must not end the batch.
                outcomes[i] = new IngestOutcome(files[i].RegistryPath, IngestStatus.Failed, null, 0, 0, 0, $"internal error: {e.Message}") { Reason = "internal" };
            }
            progress?.Invoke(new Progress(Interlocked.Increment(ref done), files.Count, files[i].RegistryPath, outcomes[i]));
        });
        return new IngestSummary(outcomes, registryRows);
    }
}
