using CaoMonitor.Classification;
using CaoMonitor.Search;
using CaoMonitor.Storage;

namespace CaoMonitor.Ingestion;

public sealed partial class IngestPipeline
{
    /// <summary>
    /// Opens the store the way every entry point (CLI, jobs, web) must: with the full-text index and
    /// the classifier registered as clause writers, so a document's clauses, index rows and labels are
    /// written in one transaction.
    /// </summary>
    public static CaoStore OpenStore(string dataDir)
    {
        var store = SearchIndex.Attach(CaoStore.Open(dataDir));
        store.AddClauseWriter(new ClassificationWriter());
        return store;
    }
}
