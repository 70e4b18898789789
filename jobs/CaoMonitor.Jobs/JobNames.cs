using CaoMonitor.Jobs.Jobs;
using Hangfire.Common;

namespace CaoMonitor.Jobs;

/// <summary>
/// What a job hands back as its result (kept in Hangfire's Succeeded state): the one-line detail
/// the history shows, and whether it did its work or found nothing to do. A job that fails throws:
/// <see cref="JobFailedException"/> for failures not worth retrying.
/// </summary>
public sealed record JobResult(string Status, string? Detail)
{
    public static JobResult Ok(string detail) => new("succeeded", detail);
    public static JobResult Skipped(string detail) => new("skipped", detail);
}

/// <summary>A failure a retry will not mend (a corrupt file, a document too large): the job ends Failed with this reason.</summary>
public sealed class JobFailedException(string message) : Exception(message);

/// <summary>Job names as the CLI, the web page and the dashboard show them; recurring jobs are registered under them.</summary>
public static class JobNames
{
    public const string Maintenance = "maintenance";
    public const string Reclassify = "reclassify";
    public const string Monitor = "monitor";

    public static string Poll(string source) => $"poll:{source}";
    public static string Ingest(string source, string item) => $"ingest:{source}:{item}";

    /// <summary>The name of a stored job, from its method and arguments.</summary>
    public static string Of(Job? job) => job?.Type.Name switch
    {
        nameof(PollJob) => Poll(Arg(job, 0)),
        nameof(IngestJob) => Ingest(Arg(job, 0), Arg(job, 1)),
        nameof(MaintenanceJob) => Maintenance,
        nameof(ReclassifyJob) => Reclassify,
        nameof(MonitorJob) => Monitor,
        _ => job?.ToString() ?? "(unknown job)",
    };

    private static string Arg(Job job, int i) => job.Args.Count > i ? job.Args[i]?.ToString() ?? "" : "";
}
