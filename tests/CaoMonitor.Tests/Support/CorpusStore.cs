using CaoMonitor.Ingestion;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;

[assembly: AssemblyFixture(typeof(CorpusStore))]

namespace CaoMonitor.Tests.Support;

/// <summary>
/// The whole bundled corpus/ folder ingested once per test run into a temporary store, opened the
/// way every entry point opens it (<see cref="IngestPipeline.OpenStore"/>: search index and
/// classifier attached). Built on first use, so test runs that never touch it do not pay the
/// ingest (a few minutes, OCR included). Take it as a constructor parameter; treat it as read-only.
/// </summary>
public sealed class CorpusStore : IDisposable
{
    private readonly TempDir _tmp = new();
    private readonly Lazy<CaoStore> _store;

    public CorpusStore() => _store = new Lazy<CaoStore>(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public string DataDir => Path.Combine(_tmp.Path, "data");

    public CaoStore Store => _store.Value;

    private CaoStore Build()
    {
        var store = IngestPipeline.OpenStore(DataDir);
        var summary = new IngestBatch(store, new IngestPipeline(store)).Run([Repo.Corpus]);
        var failed = summary.Outcomes.Where(o => o.Error is not null).Select(o => $"{o.File}: {o.Error}").ToList();
        if (failed.Count > 0)
        {
            store.Dispose();
            throw new InvalidOperationException($"the bundled corpus did not ingest cleanly:\n{string.Join("\n", failed)}");
        }
        return store;
    }

    public void Dispose()
    {
        if (_store.IsValueCreated) _store.Value.Dispose();
        _tmp.Dispose();
    }
}
