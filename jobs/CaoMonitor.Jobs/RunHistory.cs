using System.Text.Json;
using Hangfire;
using Hangfire.Storage.Monitoring;

namespace CaoMonitor.Jobs;

/// <summary>One run of a job as `jobs history` shows it.</summary>
public sealed record JobRun(string JobId, string Job, DateTimeOffset Started, DateTimeOffset? Finished, string Status, string? Error, int Attempt,
    string? Detail, string? Instance);

/// <summary>
/// The run history, read from Hangfire's state history: every Processing state is a run, and the
/// state that followed it says how it ended: Succeeded (succeeded, or skipped by the job's
/// result), Failed (failed, with the exception's message; retrying when the retry filter scheduled
/// the job again), Processing or Enqueued again (interrupted: the worker died or stopped), none
/// yet (running). What Hangfire keeps is what there is: succeeded jobs expire after keepHistoryDays
/// and its lists keep the newest ones (the dashboard shows the same).
/// </summary>
public static class RunHistory
{
    private static readonly JsonSerializerOptions ResultJson = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Runs of <paramref name="job"/> (a name, or a prefix such as ingest:inbox), oldest first, the newest <paramref name="limit"/>.</summary>
    public static IReadOnlyList<JobRun> Read(JobStorage storage, string? job = null, int limit = 100, int scan = 1000)
    {
        var api = storage.GetMonitoringApi();
        var ids = new HashSet<string>();
        ids.UnionWith(api.ProcessingJobs(0, scan).Select(k => k.Key));
        ids.UnionWith(api.SucceededJobs(0, scan).Select(k => k.Key));
        ids.UnionWith(api.FailedJobs(0, scan).Select(k => k.Key));
        ids.UnionWith(api.ScheduledJobs(0, scan).Select(k => k.Key));
        ids.UnionWith(api.DeletedJobs(0, scan).Select(k => k.Key));
        foreach (var q in api.Queues()) ids.UnionWith(api.EnqueuedJobs(q.Name, 0, scan).Select(k => k.Key));
        var runs = new List<JobRun>();
        foreach (var id in ids)
        {
            var details = api.JobDetails(id);
            if (details is null) continue;
            var name = JobNames.Of(details.Job);
            if (job is not null && name != job && !name.StartsWith(job + ":", StringComparison.Ordinal)) continue;
            runs.AddRange(Runs(id, name, details));
        }
        return runs.OrderBy(r => r.Started).ThenBy(r => r.JobId, StringComparer.Ordinal).TakeLast(limit).ToList();
    }

    /// <summary>The runs of one job.</summary>
    public static IReadOnlyList<JobRun> Of(JobStorage storage, string jobId)
    {
        var details = storage.GetMonitoringApi().JobDetails(jobId);
        return details is null ? [] : Runs(jobId, JobNames.Of(details.Job), details).ToList();
    }

    private static IEnumerable<JobRun> Runs(string id, string name, JobDetailsDto details)
    {
        var states = details.History.OrderBy(h => h.CreatedAt).ToList();
        int attempt = 0;
        for (int i = 0; i < states.Count; i++)
        {
            if (states[i].StateName != "Processing") continue;
            attempt++;
            var next = i + 1 < states.Count ? states[i + 1] : null;
            var started = Utc(states[i].CreatedAt);
            var instance = Get(states[i].Data, "ServerId");
            string status;
            string? error = null, detail = null;
            switch (next?.StateName)
            {
                case null: status = "running"; break;
                case "Succeeded":
                    var result = Result(Get(next.Data, "Result"));
                    status = result?.Status ?? "succeeded";
                    detail = result?.Detail;
                    break;
                case "Failed":
                    // A failure the retry filter turned into a retry is recorded as Failed, then Scheduled.
                    status = i + 2 < states.Count && states[i + 2].StateName == "Scheduled" ? "retrying" : "failed";
                    error = Get(next.Data, "ExceptionMessage");
                    break;
                case "Scheduled":
                    status = "retrying";
                    // Hangfire's reason reads "Retry attempt 1 of 5: <the exception's message>".
                    error = next.Reason is { } r && r.IndexOf(": ", StringComparison.Ordinal) is var colon and >= 0 ? r[(colon + 2)..] : next.Reason;
                    break;
                case "Deleted":
                    status = "deleted";
                    error = next.Reason;
                    break;
                default:
                    status = "interrupted";
                    error = "the worker stopped during this run";
                    break;
            }
            yield return new JobRun(id, name, started, next is null ? null : Utc(next.CreatedAt), status, error, attempt, detail, instance);
        }
    }

    private static JobResult? Result(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try { return JsonSerializer.Deserialize<JobResult>(json, ResultJson); }
        catch (JsonException) { return null; }
    }

    private static string? Get(IDictionary<string, string>? d, string key) => d is not null && d.TryGetValue(key, out var v) ? v : null;

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
}
