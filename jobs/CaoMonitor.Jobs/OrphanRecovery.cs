using Hangfire;
using Hangfire.Server;
using Hangfire.States;

namespace CaoMonitor.Jobs;

/// <summary>
/// Queues again the jobs a dead worker was running. Hangfire's servers remove a server whose
/// heartbeat is older than the worker timeout; a job still Processing on a server that is gone was
/// cut short (kill -9, power cut) and is moved back to Enqueued, so a live worker runs it again.
/// Hangfire.Storage.SQLite would otherwise wait for its invisibility timeout, which must be long
/// because it does not keep a running job's claim alive. The move is conditional on the job still
/// being Processing, so a job that finished meanwhile is left alone.
/// </summary>
internal sealed class OrphanRecovery(IBackgroundJobClient client, TimeSpan interval) : IBackgroundProcess
{
    /// <summary>The id of the server this process runs in, once it has started.</summary>
    public string? ServerId { get; private set; }

    // Fetched-but-not-started jobs, by job and Enqueued state, and when this process first saw them so.
    private readonly Dictionary<string, DateTime> _fetched = [];

    public void Execute(BackgroundProcessContext context)
    {
        ServerId = context.ServerId;
        var live = context.Storage.GetMonitoringApi().Servers().Select(s => s.Name).ToHashSet();
        Requeue(context.Storage, client, server => !live.Contains(server));
        RequeueFetched(context.Storage, client, interval * 4, _fetched);
        context.Wait(interval);
    }

    /// <summary>
    /// Queues again the jobs a worker fetched and then died before it marked them Processing (a kill in
    /// that short window). Such a job is still Enqueued but its queue entry is taken: Hangfire.Storage.SQLite
    /// would hand it out again only after its invisibility timeout (hours), and its monitoring API does not
    /// say when the entry was fetched. A live worker marks a fetched job Processing within moments, so a job
    /// seen fetched-but-Enqueued (the same Enqueued state) on passes <paramref name="after"/> apart was
    /// orphaned. It is queued again once: a job that this recovery queued is not taken up again.
    /// </summary>
    public static void RequeueFetched(JobStorage storage, IBackgroundJobClient client, TimeSpan after, Dictionary<string, DateTime> seen)
    {
        var api = storage.GetMonitoringApi();
        var now = DateTime.UtcNow;
        var still = new HashSet<string>();
        foreach (var queue in api.Queues().Select(q => q.Name))
            foreach (var id in api.FetchedJobs(queue, 0, 1000).Where(j => j.Value?.State == EnqueuedState.StateName).Select(j => j.Key))
            {
                if (api.JobDetails(id)?.History.OrderByDescending(h => h.CreatedAt).FirstOrDefault() is not { StateName: "Enqueued" } state
                    || state.Reason == NotStarted) continue;
                var key = $"{id}@{state.CreatedAt.Ticks}";
                still.Add(key);
                if (!seen.TryGetValue(key, out var first)) seen[key] = now;
                else if (now - first >= after)
                    client.ChangeState(id, new EnqueuedState(queue) { Reason = NotStarted }, EnqueuedState.StateName);
            }
        foreach (var gone in seen.Keys.Where(k => !still.Contains(k)).ToList()) seen.Remove(gone);
    }

    private const string NotStarted = "its worker stopped before it started the job";

    /// <summary>Moves the jobs Processing on a server <paramref name="stopped"/> says is gone back to Enqueued.</summary>
    public static void Requeue(JobStorage storage, IBackgroundJobClient client, Func<string, bool> stopped)
    {
        var api = storage.GetMonitoringApi();
        foreach (var id in api.ProcessingJobs(0, 1000).Select(k => k.Key))
            // The server is read from the job's own history: Hangfire.Storage.SQLite 0.4.3 fills the
            // list's state data from the first Processing state of any job, not this one's.
            if (api.JobDetails(id)?.History.OrderByDescending(h => h.CreatedAt).FirstOrDefault() is { StateName: "Processing" } state
                && state.Data.TryGetValue("ServerId", out var server) && stopped(server))
                client.ChangeState(id, new EnqueuedState(JobsHost.DefaultQueue) { Reason = $"its worker {server} stopped during the run" }, ProcessingState.StateName);
    }
}
