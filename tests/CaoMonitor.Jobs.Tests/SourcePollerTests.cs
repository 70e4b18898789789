using CaoMonitor.Sources;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Jobs.Tests;

/// <summary>The poll's bookkeeping when the ingest job runs at once on another worker.</summary>
public class SourcePollerTests
{
    /// <summary>An ingest queue whose job runs and finishes before Enqueue returns, as a fast second worker does.</summary>
    private sealed class InstantQueue(SourceItems items) : IIngestQueue
    {
        public int Enqueued;

        public string Enqueue(string source, string item)
        {
            var id = (++Enqueued).ToString();
            var row = items.Get(source, item)!;
            items.Put(row with { State = "done", Job = null, Updated = DateTimeOffset.UtcNow });
            return id;
        }

        public bool IsPending(string jobId) => false;
    }

    [Fact]
    public void AQueuedRowIsWrittenOnlyOverTheRowThePollRead()
    {
        using var tmp = new TempDir();
        var items = SourceItems.Open(tmp.Sub("data"));
        var queued = new SourceItem("drop", "a.txt", "queued", "1:1", null, null, null, null, DateTimeOffset.UtcNow, "7");
        items.Put(queued);
        // The poll read "queued, job 7"; job 7 then finished on the other worker before the poll wrote.
        var seen = items.Get("drop", "a.txt");
        items.Put(queued with { State = "done" });
        Assert.False(items.PutIfUnchanged(queued with { Job = null }, seen));
        Assert.Equal("done", items.Get("drop", "a.txt")!.State);
        // Unchanged since the read: written.
        seen = items.Get("drop", "a.txt");
        Assert.True(items.PutIfUnchanged(queued with { Job = null }, seen));
        Assert.Equal("queued", items.Get("drop", "a.txt")!.State);
        // A new item is written once; a second poll that also saw no row writes nothing.
        var fresh = queued with { Item = "b.txt", Job = null };
        Assert.True(items.PutIfUnchanged(fresh, null));
        Assert.False(items.PutIfUnchanged(fresh with { Signature = "2:2" }, null));
        Assert.Equal("1:1", items.Get("drop", "b.txt")!.Signature);
    }

    [Fact]
    public void TheJobIdIsRecordedOnlyOnARowThatIsStillQueued()
    {
        using var tmp = new TempDir();
        var items = SourceItems.Open(tmp.Sub("data"));
        var queued = new SourceItem("drop", "a.txt", "queued", "1:1", null, null, null, null, DateTimeOffset.UtcNow);

        items.Put(queued);
        Assert.True(items.RecordJob("drop", "a.txt", "7"));
        Assert.Equal("7", items.Get("drop", "a.txt")!.Job);
        // A second id never replaces the first.
        Assert.False(items.RecordJob("drop", "a.txt", "8"));
        Assert.Equal("7", items.Get("drop", "a.txt")!.Job);

        // The job finished before its id was recorded: its "done" stays.
        items.Put(queued with { Item = "b.txt" });
        items.Put(queued with { Item = "b.txt", State = "done" });
        Assert.False(items.RecordJob("drop", "b.txt", "9"));
        var b = items.Get("drop", "b.txt")!;
        Assert.Equal("done", b.State);
        Assert.Null(b.Job);
    }

    [Fact]
    public async Task AFileWhoseJobFinishedAtOnceIsQueuedOnlyOnce()
    {
        using var tmp = new TempDir();
        var drop = tmp.Sub("drop");
        File.WriteAllText(Path.Combine(drop, "brief.txt"), "Artikel 1 Scholing\nDe werkgever bevordert scholing.");
        var data = tmp.Sub("data");
        var items = SourceItems.Open(data);
        using var store = CaoStore.Open(data);
        using var http = new HttpClient();
        var poller = new SourcePoller(items, new HttpFetcher(http), store, tmp.Sub("downloads"));
        var src = new SourceConfig { Name = "drop", Kind = "folder", Path = drop, EverySeconds = 1 };
        var queue = new InstantQueue(items);
        var ct = TestContext.Current.CancellationToken;

        // Seen, then settled and queued, then three more polls of the unchanged file.
        for (int i = 0; i < 5; i++) await poller.Poll(src, queue, ct);

        Assert.Equal(1, queue.Enqueued);
        Assert.Equal("done", items.Get("drop", "brief.txt")!.State);
    }
}
