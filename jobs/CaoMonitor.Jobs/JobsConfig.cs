using System.Text.Json;
using System.Text.Json.Serialization;
using CaoMonitor.Domain;
using CaoMonitor.Sources;

namespace CaoMonitor.Jobs;

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
    /// <summary>Where Hangfire keeps the jobs: null for data/jobs.db (SQLite), or a postgres:// URL (see <see cref="JobsStore"/>).</summary>
    public string? JobsStore { get; init; }
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
            if (s.Cron is { } c && !Schedule.LooksLikeCron(c)) throw new InvalidDataException($"source '{s.Name}': '{c}' is not a cron expression (5 or 6 fields)");
            if (s.EverySeconds is { } every && Schedule.Every(every) is null)
                throw new InvalidDataException($"source '{s.Name}': everySeconds must divide a minute, an hour or a day (1-30, 60, 120, ..., 86400), not {every}");
            if (s.Type is not null && DocumentTypes.Parse(s.Type) is null) throw new InvalidDataException($"source '{s.Name}': type '{s.Type}' is not sector, company or policy");
        }
        foreach (var (name, sc) in new[] { ("maintenance", Schedules.Maintenance), ("reclassify", Schedules.Reclassify), ("monitor", Schedules.Monitor) })
            if (sc.Enabled && (sc.Cron is null || !Schedule.LooksLikeCron(sc.Cron)))
                throw new InvalidDataException($"schedules.json: {name}: '{sc.Cron}' is not a cron expression (5 or 6 fields)");
        TimeZoneInfo.FindSystemTimeZoneById(Schedules.TimeZone);
    }

    /// <summary>A drop folder given on the command line (`worker --watch DIR`).</summary>
    public static SourceConfig Watch(string folder, int everySeconds)
    {
        // An interval must divide the minute to be a cron schedule: 7 s becomes 6 s, never longer.
        everySeconds = new[] { 30, 20, 15, 12, 10, 6, 5, 4, 3, 2, 1 }.First(d => d <= Math.Max(1, everySeconds));
        var full = System.IO.Path.GetFullPath(folder);
        var name = "watch-" + new string(System.IO.Path.GetFileName(full.TrimEnd('/', '\\')).ToLowerInvariant()
            .Select(ch => char.IsLetterOrDigit(ch) ? ch : '-').ToArray()).Trim('-');
        return new SourceConfig { Name = name, Kind = "folder", Path = full, EverySeconds = everySeconds };
    }
}
