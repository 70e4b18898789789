using CaoMonitor.Ingestion;
using CaoMonitor.Storage;

namespace CaoMonitor.Tests.Support;

/// <summary>
/// The bundled corpus/ ingested once per test run (≈1.5 minutes: 103 documents, two of them scanned, five of 60-72 pages)
/// into a temporary store, shared by every test that needs the whole corpus. Tests must not write
/// to it; build your own store for that.
/// </summary>
public sealed class CorpusStore
{
    private static readonly Lazy<CorpusStore> Instance = new(() => new CorpusStore(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static CorpusStore Shared => Instance.Value;

    public string DataDir { get; }
    public CaoStore Store { get; }
    public IngestSummary Summary { get; }

    private CorpusStore()
    {
        DataDir = Directory.CreateTempSubdirectory("caomonitor-corpus-").FullName;
        Store = IngestPipeline.OpenStore(DataDir);
        Summary = new IngestBatch(Store, new IngestPipeline(Store)).Run([Repo.Corpus]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Store.Dispose();
            try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { }
        };
    }
}
