namespace CaoMonitor.Jobs;

/// <summary>
/// What a job hands back through Quartz's <c>context.Result</c> for the run history: a job that
/// decides a document is permanently bad ends "failed" without throwing, so it is not retried.
/// </summary>
public sealed record JobResult(string Status, string? Detail, string? Error = null)
{
    public static JobResult Ok(string detail) => new("succeeded", detail);
    public static JobResult Skipped(string detail) => new("skipped", detail);
    public static JobResult Failed(string error, string? detail = null) => new("failed", detail, error);
}

/// <summary>Job and trigger names: stable, so a restart finds what it stored before.</summary>
public static class JobNames
{
    /// <summary>Recurring jobs (polls, maintenance, ...), kept in line with the configuration.</summary>
    public const string ScheduledGroup = "scheduled";
    /// <summary>One-off jobs, one per document to ingest.</summary>
    public const string IngestGroup = "ingest";

    public const string Maintenance = "maintenance";
    public const string Reclassify = "reclassify";
    public const string Monitor = "monitor";

    public static string Poll(string source) => $"poll:{source}";

    /// <summary>One name per (source, item); long items are shortened with a hash so the key fits Quartz's column.</summary>
    public static string Ingest(string source, string item)
    {
        var name = $"ingest:{source}:{item}";
        if (name.Length <= 140) return name;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(item)))[..12];
        return name[..(140 - 13)] + "~" + hash;
    }

    public const string SourceKey = "source";
    public const string ItemKey = "item";
    public const string ScheduleKey = "schedule";
    public const string YearKey = "year";
}
