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

    public void Execute(BackgroundProcessContext context)
    {
        ServerId = context.ServerId;
        var live = context.Storage.GetMonitoringApi().Servers().Select(s => s.Name).ToHashSet();
        Requeue(context.Storage, client, server => !live.Contains(server));
        context.Wait(interval);
    }

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
