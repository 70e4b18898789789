using CaoMonitor.Jobs.Tests.Support;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Jobs.Tests;

/// <summary>Jobs left behind by a worker that died, on the default SQLite job store.</summary>
public class OrphanRecoveryTests
{
    [Fact]
    public async Task AJobFetchedByAWorkerThatDiedBeforeStartingItIsQueuedAgainOnce()
    {
        using var tmp = new TempDir();
        var ct = TestContext.Current.CancellationToken;
        // No server here: this test plays the worker.
        await using var host = await JobsHost.Create(tmp.Sub("data"), Hosts.Options(), ct);
        var id = host.Trigger(JobNames.Maintenance);
        var api = host.Storage.GetMonitoringApi();

        // A worker takes the job from the queue and is killed before it marks it Processing.
        using var connection = host.Storage.GetConnection();
        using (var fetching = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            Assert.Equal(id, connection.FetchNextJob([JobsHost.NowQueue], fetching.Token).JobId);
        Assert.Equal(0, api.EnqueuedCount(JobsHost.NowQueue));
        Assert.Equal(1, api.FetchedCount(JobsHost.NowQueue));

        // Seen once: left alone, as a live worker's fetch would be.
        var seen = new Dictionary<string, DateTime>();
        OrphanRecovery.RequeueFetched(host.Storage, host.Client, TimeSpan.FromSeconds(1), seen);
        Assert.Equal(0, api.EnqueuedCount(JobsHost.NowQueue));

        // Still fetched and not started a while later: queued again.
        await Task.Delay(1100, ct);
        OrphanRecovery.RequeueFetched(host.Storage, host.Client, TimeSpan.FromSeconds(1), seen);
        Assert.Equal(1, api.EnqueuedCount(JobsHost.NowQueue));

        // Once: later passes leave the job it queued alone while it waits.
        await Task.Delay(1100, ct);
        OrphanRecovery.RequeueFetched(host.Storage, host.Client, TimeSpan.FromSeconds(1), seen);
        await Task.Delay(1100, ct);
        OrphanRecovery.RequeueFetched(host.Storage, host.Client, TimeSpan.FromSeconds(1), seen);
        Assert.Equal(2, api.JobDetails(id).History.Count(h => h.StateName == "Enqueued"));
        using (var fetching = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            Assert.Equal(id, connection.FetchNextJob([JobsHost.NowQueue], fetching.Token).JobId);
    }
}
