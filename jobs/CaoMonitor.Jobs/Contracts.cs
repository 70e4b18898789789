using CaoMonitor.Storage;

namespace CaoMonitor.Jobs;

/// <summary>
/// Re-runs classification over the stored clauses. Built by the classification work; the jobs
/// only decide when: whenever <see cref="TaxonomyVersion"/> differs from the version last run.
/// </summary>
public interface IReclassifier
{
    string TaxonomyVersion { get; }

    /// <summary>Reclassifies everything; returns a one-line summary for the run history.</summary>
    Task<string> Reclassify(CaoStore store, CancellationToken ct);
}

/// <summary>
/// Computes the yearly monitor for a year and freezes it (a snapshot later corrections do not
/// change). Built by the monitor work; the jobs run it on a schedule and on demand.
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

    /// <summary>Registered only when given: the lead wires the real implementations.</summary>
    public IReclassifier? Reclassifier { get; init; }
    public IMonitorSnapshotter? Snapshotter { get; init; }

    /// <summary>Share the work with other workers on the same jobs database (Quartz clustering).</summary>
    public bool Clustered { get; init; }
    public string? InstanceId { get; init; }
    public TimeSpan ClusterCheckinInterval { get; init; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How often an idle scheduler looks at the database for triggers another process stored.</summary>
    public TimeSpan IdleWaitTime { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Where progress lines go (the worker prints them); null is silent.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Overrides schedules.json's misfire threshold (tests make it short).</summary>
    public TimeSpan? MisfireThreshold { get; init; }

    /// <summary>Overrides schedules.json's ingest retries (tests make them fast).</summary>
    public RetryConfig? IngestRetry { get; init; }

    /// <summary>All sources: the configured ones and the --watch folders.</summary>
    public IReadOnlyList<SourceConfig> AllSources() =>
        Config.Sources.Where(s => s.Enabled)
            .Concat(Watch.Select(w => JobsConfig.Watch(w, Math.Clamp(WatchIntervalSeconds, 1, 30))))
            .ToList();
}
