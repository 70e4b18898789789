using System.Text.Json;
using System.Text.Json.Serialization;
using CaoMonitor.Domain;
using CaoMonitor.Sources;

namespace CaoMonitor.Jobs;

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

    /// <summary>The schedule as one comparable string: a stored trigger is kept only while this is unchanged.</summary>
    public string ScheduleText(string timeZone) => Cron is { } c ? $"cron:{c}@{timeZone}" : $"every:{EverySeconds ?? 300}s";
}

/// <summary>When a fixed job runs (cron in the configured time zone).</summary>
public sealed record ScheduleConfig
{
    public string? Cron { get; init; }
    public bool Enabled { get; init; } = true;
}

/// <summary>Retries of one document's ingest: exponential backoff, then a final failed state.</summary>
public sealed record RetryConfig
{
    public int MaxAttempts { get; init; } = 5;
    public double InitialDelaySeconds { get; init; } = 30;
    public double BackoffFactor { get; init; } = 2;
    public double MaxDelaySeconds { get; init; } = 3600;
}

/// <summary>jobs/schedules.json.</summary>
public sealed record SchedulesConfig
{
    public string TimeZone { get; init; } = "Europe/Amsterdam";
    public ScheduleConfig Maintenance { get; init; } = new() { Cron = "0 30 2 * * ?" };
    public ScheduleConfig Reclassify { get; init; } = new() { Cron = "0 0/15 * * * ?" };
    public ScheduleConfig Monitor { get; init; } = new() { Cron = "0 0 4 2 1 ?" };
    public RetryConfig IngestRetry { get; init; } = new();
    public int MaxConcurrency { get; init; } = 4;
    public int MisfireThresholdSeconds { get; init; } = 60;
    public int KeepBackups { get; init; } = 7;
    public int KeepHistoryDays { get; init; } = 90;
}

/// <summary>The configuration of the jobs: jobs/sources.json and jobs/schedules.json.</summary>
public sealed record JobsConfig(IReadOnlyList<SourceConfig> Sources, SchedulesConfig Schedules)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static JobsConfig Empty => new([], new SchedulesConfig());

    private sealed record SourcesFile(List<SourceConfig> Sources);

    /// <summary>
    /// Reads sources.json and schedules.json from a folder (either may be absent). Relative folder
    /// paths and registry files are taken relative to the folder holding sources.json.
    /// </summary>
    public static JobsConfig Load(string folder)
    {
        folder = System.IO.Path.GetFullPath(folder);
        var sourcesPath = System.IO.Path.Combine(folder, "sources.json");
        var schedulesPath = System.IO.Path.Combine(folder, "schedules.json");
        var sources = File.Exists(sourcesPath) ? Read<SourcesFile>(sourcesPath).Sources : [];
        var schedules = File.Exists(schedulesPath) ? Read<SchedulesConfig>(schedulesPath) : new SchedulesConfig();
        var resolved = sources.Select(s => s with
        {
            Path = s.Path is null ? null : System.IO.Path.GetFullPath(s.Path, folder),
            Registry = s.Registry is null ? null : System.IO.Path.GetFullPath(s.Registry, folder),
        }).ToList();
        var config = new JobsConfig(resolved, schedules);
        config.Validate();
        return config;
    }

    private static T Read<T>(string path)
    {
        try { return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty"); }
        catch (JsonException e) { throw new InvalidDataException($"{path}: {e.Message}"); }
    }

    public void Validate()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in Sources)
        {
            if (string.IsNullOrWhiteSpace(s.Name) || s.Name.Contains(':')) throw new InvalidDataException($"source name '{s.Name}' is empty or has a ':'");
            if (!names.Add(s.Name)) throw new InvalidDataException($"two sources are called '{s.Name}'");
            if (!s.IsFolder && !s.IsHttp) throw new InvalidDataException($"source '{s.Name}': kind must be folder or http, not '{s.Kind}'");
            if (s.IsFolder && string.IsNullOrWhiteSpace(s.Path)) throw new InvalidDataException($"source '{s.Name}': a folder source needs a path");
            if (s.IsHttp && !Uri.TryCreate(s.Url, UriKind.Absolute, out _)) throw new InvalidDataException($"source '{s.Name}': a http source needs an absolute url");
            if (s.Cron is null && s.EverySeconds is null) throw new InvalidDataException($"source '{s.Name}': give cron or everySeconds");
            if (s.Cron is { } c && !Quartz.CronExpression.TryParse(c, out _)) throw new InvalidDataException($"source '{s.Name}': '{c}' is not a Quartz cron expression");
            if (s.EverySeconds is < 1) throw new InvalidDataException($"source '{s.Name}': everySeconds must be at least 1");
            if (s.Type is not null && DocumentTypes.Parse(s.Type) is null) throw new InvalidDataException($"source '{s.Name}': type '{s.Type}' is not sector, company or policy");
        }
        foreach (var (name, sc) in new[] { ("maintenance", Schedules.Maintenance), ("reclassify", Schedules.Reclassify), ("monitor", Schedules.Monitor) })
            if (sc.Enabled && (sc.Cron is null || !Quartz.CronExpression.TryParse(sc.Cron, out _)))
                throw new InvalidDataException($"schedules.json: {name}: '{sc.Cron}' is not a Quartz cron expression");
        TimeZoneInfo.FindSystemTimeZoneById(Schedules.TimeZone);
    }

    /// <summary>A drop folder given on the command line (`worker --watch DIR`).</summary>
    public static SourceConfig Watch(string folder, int everySeconds)
    {
        var full = System.IO.Path.GetFullPath(folder);
        var name = "watch-" + new string(System.IO.Path.GetFileName(full.TrimEnd('/', '\\')).ToLowerInvariant()
            .Select(ch => char.IsLetterOrDigit(ch) ? ch : '-').ToArray()).Trim('-');
        return new SourceConfig { Name = name, Kind = "folder", Path = full, EverySeconds = everySeconds };
    }
}
