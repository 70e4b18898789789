using CaoMonitor.Ingestion;
using CaoMonitor.Sources;
using CaoMonitor.Storage;

namespace CaoMonitor.Jobs;

/// <summary>What every job needs, shared for the life of the scheduler (one per process).</summary>
public sealed class JobsContext : IDisposable
{
    public string DataDir { get; }
    public JobsOptions Options { get; }
    public JobsDb Db { get; }
    // Opened on first use: `jobs list` needs only the scheduler, and the classifier takes seconds to compile.
    private readonly Lazy<CaoStore> _store;
    private readonly Lazy<IngestPipeline> _pipeline;
    public CaoStore Store => _store.Value;
    public IngestPipeline Pipeline => _pipeline.Value;
    public HttpFetcher Fetcher { get; }
    public TimeZoneInfo TimeZone { get; }
    public IReadOnlyDictionary<string, SourceConfig> Sources { get; }
    private readonly HttpClient _http;

    public JobsContext(string dataDir, JobsOptions options)
    {
        DataDir = Path.GetFullPath(dataDir);
        Options = options;
        Db = JobsDb.Open(DataDir);
        // With the search index and classifier attached: a document's clauses, index rows and labels go in one transaction.
        _store = new Lazy<CaoStore>(() => IngestPipeline.OpenStore(DataDir));
        _pipeline = new Lazy<IngestPipeline>(() => new IngestPipeline(Store));
        // Per-download timeouts are the fetcher's; the client's own would cut long downloads short.
        _http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            { Timeout = Timeout.InfiniteTimeSpan };
        Fetcher = new HttpFetcher(_http);
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Config.Schedules.TimeZone);
        Sources = options.AllSources().ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
    }

    public RetryConfig Retry => Options.IngestRetry ?? Options.Config.Schedules.IngestRetry;

    public void Log(string line) => Options.Log?.Invoke($"{DateTimeOffset.Now:HH:mm:ss} {line}");

    /// <summary>Where an HTTP source's downloads are kept (the ingested file's source path).</summary>
    public string DownloadsFor(string source) => Path.Combine(DataDir, "downloads", source);

    public void Dispose()
    {
        _http.Dispose();
        if (_store.IsValueCreated) _store.Value.Dispose();
    }
}
