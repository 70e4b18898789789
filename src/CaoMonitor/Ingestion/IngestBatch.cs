using System.Collections.Concurrent;
using CaoMonitor.Classification;
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

    /// <summary>
    /// A pipeline: <see cref="Parallelism"/> threads prepare files (hash, extract in a PDF child each,
    /// normalise, segment) while this thread writes the prepared ones to the store, one transaction
    /// each. The store takes one writer at a time anyway; this way a document's write (with its
    /// index rows and labels) never keeps the extraction children waiting. The hand-over queue is
    /// short, so only a few prepared documents are held in memory.
    /// </summary>
    public IngestSummary Run(IReadOnlyList<SourceFile> files, int registryRows = 0, Action<Progress>? progress = null, CancellationToken ct = default)
    {
        var outcomes = new IngestOutcome[files.Count];
        if (files.Count == 0) return new IngestSummary(outcomes, registryRows);
        // The classifier's compiled patterns are JIT-compiled on first use, which takes seconds on a busy
        // machine: do it now, beside the first extractions, rather than inside the first write.
        var warmUp = Task.Run(() => new ClauseClassifier().Classify(new ClauseInput(WarmUpText, "Opleiding en ontwikkeling", null)), CancellationToken.None);
        using var ready = new BlockingCollection<(int Index, IngestPipeline.Prepared Prepared)>(Math.Max(1, Parallelism));
        // Cancelled by the caller, or by this thread when it stops early, so no producer stays blocked.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // Dedicated threads, not the thread pool: a producer blocks for a whole extraction and on the
        // full queue, and the pool is what runs the children's pipe readers (starving it stalled both
        // children until their time limit at 820 files).
        int next = -1, running = Math.Max(1, Parallelism);
        var errors = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, running).Select(_ => new Thread(() =>
        {
            try
            {
                for (int i; (i = Interlocked.Increment(ref next)) < files.Count;)
                {
                    stop.Token.ThrowIfCancellationRequested();
                    IngestPipeline.Prepared prepared;
                    try { prepared = pipeline.Prepare(files[i], stop.Token); }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        prepared = new IngestPipeline.Prepared(files[i], Internal(files[i], e));
                    }
                    ready.Add((i, prepared), stop.Token);
                }
            }
            catch (OperationCanceledException) { }
            catch (Exception e) { errors.Enqueue(e); stop.Cancel(); }
            finally { if (Interlocked.Decrement(ref running) == 0) ready.CompleteAdding(); }
        }) { IsBackground = true, Name = "ingest-prepare" }).ToList();
        foreach (var t in threads) t.Start();

        int done = 0;
        bool finished = false;
        try
        {
            foreach (var (i, prepared) in ready.GetConsumingEnumerable(ct))
            {
                if (done == 0) try { warmUp.Wait(ct); } catch (AggregateException) { } // a failing warm-up fails again, per file, below
                try { outcomes[i] = pipeline.Store(prepared); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Even a store error on one file must not end the batch.
                    outcomes[i] = Internal(files[i], e);
                }
                progress?.Invoke(new Progress(++done, files.Count, files[i].RegistryPath, outcomes[i]));
            }
            finished = true;
        }
        finally
        {
            if (!finished) stop.Cancel();
            foreach (var t in threads) t.Join();
        }
        if (!errors.IsEmpty) throw new AggregateException(errors);
        ct.ThrowIfCancellationRequested();
        return new IngestSummary(outcomes, registryRows);
    }

    private const string WarmUpText =
        "De werkgever stelt een persoonlijk opleidingsbudget van EUR 500 per jaar beschikbaar voor scholing, "
        + "loopbaanadvies en een ontwikkelgesprek; bij boventalligheid volgt een van-werk-naar-werktraject met outplacement.";

    private static IngestOutcome Internal(SourceFile file, Exception e) =>
        new(file.RegistryPath, IngestStatus.Failed, null, 0, 0, 0, $"internal error: {e.Message}") { Reason = "internal" };
}
