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

/// <summary>
/// Computes the yearly monitor for a year and freezes it (a snapshot later corrections do not
/// change): <see cref="MonitorRunSnapshotter"/>. The jobs run it on a schedule and on demand.
/// </summary>
public interface IMonitorSnapshotter
{
    /// <summary>Freezes the snapshot of <paramref name="year"/>; returns a one-line summary.</summary>
    Task<string> FreezeSnapshot(CaoStore store, int year, CancellationToken ct);
}

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

    /// <summary>How often an idle scheduler looks at the database for triggers another process stored.</summary>
    public TimeSpan IdleWaitTime { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Where progress lines go (the worker prints them); null is silent.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Overrides schedules.json's misfire threshold (tests make it short).</summary>
    public TimeSpan? MisfireThreshold { get; init; }

    /// <summary>Overrides schedules.json's ingest retries (tests make them fast).</summary>
    public RetryConfig? IngestRetry { get; init; }

    /// <summary>
    /// The options `worker` and `serve` build from their command line: the configuration folder
    /// (default ./jobs when it holds sources.json or schedules.json) and the --watch folders.
    /// Mistakes are an <see cref="InvalidDataException"/> with a message for the user.
    /// </summary>
    public static JobsOptions FromCommandLine(string? configDir, IReadOnlyList<string>? watch = null, int watchIntervalSeconds = 30,
        Action<string>? log = null)
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
