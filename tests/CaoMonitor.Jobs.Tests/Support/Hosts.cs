using CaoMonitor.Jobs;
using CaoMonitor.Sources;

namespace CaoMonitor.Jobs.Tests.Support;

/// <summary>Job options for tests: fast polls, fast retries, no scheduled maintenance/reclassify/monitor getting in the way.</summary>
public static class Hosts
{
    public static JobsOptions Options(params SourceConfig[] sources) => new()
    {
        Config = new JobsConfig(sources, new SchedulesConfig
        {
            Maintenance = new ScheduleConfig { Enabled = false },
            Reclassify = new ScheduleConfig { Enabled = false },
            Monitor = new ScheduleConfig { Enabled = false },
            MaxConcurrency = 4,
        }),
        IngestRetry = new RetryConfig { MaxAttempts = 2, InitialDelaySeconds = 1, BackoffFactor = 2, MaxDelaySeconds = 2 },
        PollInterval = TimeSpan.FromSeconds(1),
    };

    public static SourceConfig Http(Uri index, int timeoutSeconds = 10) => new()
    {
        Name = "site", Kind = "http", Url = index.AbsoluteUri, EverySeconds = 1, DelayMilliseconds = 20, TimeoutSeconds = timeoutSeconds,
    };

    public static SourceConfig Folder(string path, string? type = null) => new()
    {
        Name = "drop", Kind = "folder", Path = path, EverySeconds = 1, Type = type,
    };
}
