using CaoMonitor.Sources;

namespace CaoMonitor.Jobs;

/// <summary>How the jobs run: which sources, which optional jobs, and how the scheduler behaves.</summary>
public sealed record JobsOptions
{
    /// <summary>Sources and schedules (jobs/sources.json and jobs/schedules.json); empty when absent.</summary>
    public JobsConfig Config { get; init; } = JobsConfig.Empty;

    /// <summary>Extra drop folders (`worker --watch DIR`), polled every <see cref="WatchIntervalSeconds"/>.</summary>
    public IReadOnlyList<string> Watch { get; init; } = [];
    public int WatchIntervalSeconds { get; init; } = 30;

    /// <summary>The reclassify and monitor jobs' work; null leaves that job out.</summary>
    public IReclassifier? Reclassifier { get; init; } = new StoreReclassifier();
    public IMonitorSnapshotter? Snapshotter { get; init; } = new MonitorRunSnapshotter();

    /// <summary>
    /// How often a worker looks for queued jobs, and for scheduled and recurring jobs that are due
    /// (Hangfire's defaults, 15 s, make a drop folder feel slow).
    /// </summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A worker whose heartbeat is older than this is dead (kill -9, power cut): the jobs it was
    /// running are queued again (<see cref="OrphanRecovery"/>). Heartbeats and checks run at a
    /// quarter of it, so a dead worker's job runs again well within a minute of a restart.
    /// </summary>
    public TimeSpan WorkerTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long stopping waits for running jobs before it gives up on them (they run again on the next start).</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Where the jobs are kept: null for data/jobs.db, or a postgres:// URL; overrides schedules.json's jobsStore.</summary>
    public string? JobsStore { get; init; }

    /// <summary>Where progress lines go (the worker prints them); null is silent.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Overrides schedules.json's ingest retries (tests make them fast).</summary>
    public RetryConfig? IngestRetry { get; init; }

    /// <summary>
    /// The options `worker` and `serve` build from their command line: the configuration folder
    /// (default ./jobs when it holds sources.json or schedules.json) and the --watch folders.
    /// Mistakes are an <see cref="InvalidDataException"/> with a message for the user.
    /// </summary>
    public static JobsOptions FromCommandLine(string? configDir, IReadOnlyList<string>? watch = null, int watchIntervalSeconds = 30,
        Action<string>? log = null, string? jobsStore = null)
    {
        if (configDir is not null && !Directory.Exists(configDir)) throw new InvalidDataException($"--config: '{configDir}' is not a folder");
        configDir ??= File.Exists(Path.Combine("jobs", "sources.json")) || File.Exists(Path.Combine("jobs", "schedules.json")) ? "jobs" : null;
        if (watchIntervalSeconds is < 1 or > 30) throw new InvalidDataException("--watch-interval must be between 1 and 30 seconds");
        foreach (var f in watch ?? [])
            if (!Directory.Exists(f)) throw new InvalidDataException($"--watch: '{f}' is not a folder");
        var options = new JobsOptions
        {
            Config = configDir is null ? JobsConfig.Empty : JobsConfig.Load(configDir),
            Watch = watch ?? [],
            WatchIntervalSeconds = watchIntervalSeconds,
            Log = log,
        };
        options = options with { JobsStore = jobsStore ?? options.Config.Schedules.JobsStore };
        if (options.JobsStore is { } js) _ = CaoMonitor.Jobs.JobsStore.Describe(js); // a malformed URL fails here, with its reason
        // A --watch source is named after its folder: two folders called alike would share one name.
        if (options.AllSources().GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidDataException($"--watch: two sources would be called '{twice.Key}' ({string.Join(", ", twice.Select(s => s.Path))}); rename a folder");
        return options;
    }

    /// <summary>All sources: the configured ones and the --watch folders.</summary>
    public IReadOnlyList<SourceConfig> AllSources() =>
        Config.Sources.Where(s => s.Enabled)
            .Concat(Watch.Select(w => JobsConfig.Watch(w, Math.Clamp(WatchIntervalSeconds, 1, 30))))
            .ToList();
}
