using CaoMonitor.Sources;

namespace CaoMonitor.Jobs;

/// <summary>
/// Schedules as Hangfire's recurring jobs take them: cron expressions (5 fields, or 6 with seconds
/// first, as in Quartz), evaluated in the configured time zone, so 02:30 stays 02:30 across daylight
/// saving. An interval (everySeconds) becomes the cron expression with the same rhythm.
/// </summary>
public static class Schedule
{
    /// <summary>Only the shape; Hangfire's parser checks the rest when the job is registered.</summary>
    public static bool LooksLikeCron(string cron) => cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is 5 or 6;

    /// <summary>The cron expression for "every N seconds", or null when N does not divide a minute, an hour or a day.</summary>
    public static string? Every(int seconds) => seconds switch
    {
        < 1 => null,
        < 60 when 60 % seconds == 0 => $"*/{seconds} * * * * *",
        < 3600 when seconds % 60 == 0 && 60 % (seconds / 60) == 0 => $"0 */{seconds / 60} * * * *",
        < 86400 when seconds % 3600 == 0 && 24 % (seconds / 3600) == 0 => $"0 0 */{seconds / 3600} * * *",
        86400 => "0 0 0 * * *",
        _ => null,
    };

    /// <summary>The cron expression of a source's polls.</summary>
    public static string For(SourceConfig src) => src.Cron ?? Every(src.EverySeconds ?? 300)!;
}
