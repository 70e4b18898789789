using System.Text.Json.Serialization;
using CaoMonitor.Domain;

namespace CaoMonitor.Sources;

/// <summary>
/// A source to watch, as jobs/sources.json names it. <see cref="Cron"/> or <see cref="EverySeconds"/>
/// says when it is polled; <see cref="Type"/>/<see cref="Sector"/> or <see cref="Registry"/> say what
/// its documents are.
/// </summary>
public sealed record SourceConfig
{
    public required string Name { get; init; }
    /// <summary>"folder" (a drop folder) or "http" (an index page on a web site).</summary>
    public required string Kind { get; init; }
    public string? Path { get; init; }
    public string? Url { get; init; }
    public string? Cron { get; init; }
    public int? EverySeconds { get; init; }
    public bool Enabled { get; init; } = true;
    /// <summary>Document type for every document here: sector, company or policy.</summary>
    public string? Type { get; init; }
    public string? Sector { get; init; }
    /// <summary>A registry CSV describing the documents (a folder's own registry.csv is read anyway).</summary>
    public string? Registry { get; init; }
    public int Concurrency { get; init; } = 2;
    public int DelayMilliseconds { get; init; } = 1000;
    public long MaxBytes { get; init; } = 100L * 1024 * 1024;
    public int TimeoutSeconds { get; init; } = 120;
    /// <summary>How long a document that failed all its attempts is left alone before it is tried again.</summary>
    public int RetryFailedAfterHours { get; init; } = 24;

    [JsonIgnore] public bool IsFolder => Kind.Equals("folder", StringComparison.OrdinalIgnoreCase);
    [JsonIgnore] public bool IsHttp => Kind.Equals("http", StringComparison.OrdinalIgnoreCase);

    public SourceMetadata Metadata() => new(DocumentTypes.Parse(Type), Sector);

    public HttpLimits Limits() => new(Concurrency, TimeSpan.FromMilliseconds(DelayMilliseconds), MaxBytes, TimeSpan.FromSeconds(TimeoutSeconds));
}
