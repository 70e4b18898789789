using CaoMonitor.Ingestion;
using CaoMonitor.Sources;
using CaoMonitor.Storage;
using Hangfire;

namespace CaoMonitor.Jobs;

/// <summary>
/// What the jobs work with, one per process: the stages (document store, ingest pipeline, source
/// poller and ingest), the configuration, and Hangfire's storage for the few values the jobs
/// remember themselves.
/// </summary>
public sealed class JobServices : IDisposable
{
    public string DataDir { get; }
    public JobsOptions Options { get; }
    public JobStorage Storage { get; }
    public SourceItems Items { get; }
    // Opened on first use: `jobs list` needs only the job store, and the classifier takes seconds to compile.
    private readonly Lazy<CaoStore> _store;
    private readonly Lazy<IngestPipeline> _pipeline;
    public CaoStore Store => _store.Value;
    public IngestPipeline Pipeline => _pipeline.Value;
    public HttpFetcher Fetcher { get; }
    public SourcePoller Poller => new(Items, Fetcher, Store, Path.Combine(DataDir, "downloads"), Log);
    public SourceIngest Ingest => new(Items, Poller, Fetcher, Store, Pipeline, Log);
    public TimeZoneInfo TimeZone { get; }
    public IReadOnlyDictionary<string, SourceConfig> Sources { get; }
    private readonly HttpClient _http;

    public JobServices(string dataDir, JobsOptions options)
    {
        DataDir = Path.GetFullPath(dataDir);
        Options = options;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Config.Schedules.TimeZone);
        Sources = options.AllSources().ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        Storage = JobsStore.Open(DataDir, options);
        Items = SourceItems.Open(DataDir);
        // With the search index and classifier attached: a document's clauses, index rows and labels go in one transaction.
        _store = new Lazy<CaoStore>(() => IngestPipeline.OpenStore(DataDir));
        _pipeline = new Lazy<IngestPipeline>(() => new IngestPipeline(Store));
        // Per-download timeouts are the fetcher's; the client's own would cut long downloads short.
        _http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            { Timeout = Timeout.InfiniteTimeSpan };
        Fetcher = new HttpFetcher(_http);
    }

    public RetryConfig Retry => Options.IngestRetry ?? Options.Config.Schedules.IngestRetry;

    public void Log(string line) => Options.Log?.Invoke($"{DateTimeOffset.Now:HH:mm:ss} {line}");

    /// <summary>Where an HTTP source's downloads are kept (the ingested file's source path).</summary>
    public string DownloadsFor(string source) => Poller.DownloadsFor(source);

    private const string StateHash = "caomonitor:state";

    /// <summary>A value the jobs remember between runs (e.g. the classifier version last run with), kept in the job store.</summary>
    public string? GetState(string key)
    {
        using var c = Storage.GetConnection();
        return c.GetAllEntriesFromHash(StateHash)?.GetValueOrDefault(key);
    }

    public void SetState(string key, string value)
    {
        using var c = Storage.GetConnection();
        c.SetRangeInHash(StateHash, [new KeyValuePair<string, string>(key, value)]);
    }

    public void Dispose()
    {
        _http.Dispose();
        if (_store.IsValueCreated) _store.Value.Dispose();
    }
}
