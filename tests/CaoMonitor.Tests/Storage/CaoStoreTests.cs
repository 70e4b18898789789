using CaoMonitor.Domain;
using CaoMonitor.Ingestion;
using CaoMonitor.Sources;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Tests.Storage;

public class CaoStoreTests
{
    [Fact]
    public void MigratesANewStoreAndReopensAnExistingOne()
    {
        using var tmp = new TempDir();
        using (var s = CaoStore.Open(tmp.Path)) Assert.Equal(2, s.SchemaVersions["storage"]);
        using var again = CaoStore.Open(tmp.Path);
        Assert.Equal(2, again.SchemaVersions["storage"]);
        Assert.Equal("ok", again.IntegrityCheck());
    }

    [Fact]
    public void ReingestingAnUnchangedFileDoesNothingAndAChangedFileBecomesANewRevision()
    {
        using var tmp = new TempDir();
        var src = tmp.Sub("in");
        var file = Path.Combine(src, "cao.txt");
        File.WriteAllText(file, "Cao Fictief\n1 januari 2025 tot en met 31 december 2025\nArtikel 1 Scholing\nDe werknemer heeft recht op scholing.\n");
        using var store = CaoStore.Open(tmp.Sub("data"));
        var batch = new IngestBatch(store, new IngestPipeline(store));

        var first = Assert.Single(batch.Run([src]).Outcomes);
        Assert.Equal(IngestStatus.Added, first.Status);
        Assert.Equal(IngestStatus.Unchanged, Assert.Single(batch.Run([src]).Outcomes).Status);

        File.AppendAllText(file, "Artikel 2 Loopbaan\nDe werkgever biedt een loopbaanscan aan.\n");
        var second = Assert.Single(batch.Run([src]).Outcomes);
        Assert.Equal(IngestStatus.NewRevision, second.Status);

        var all = store.ListDocuments();
        Assert.Equal(2, all.Count);
        Assert.Equal([1, 2], all.Select(d => d.Document.Revision));
        Assert.Equal([false, true], all.Select(d => d.IsCurrent));
        Assert.Single(store.ListDocuments(currentOnly: true));
        // Both originals are kept by content.
        Assert.All(all, d => Assert.True(File.Exists(store.Originals.PathFor(d.Document.Sha256, ".txt"))));
    }

    private sealed class ExplodingWriter : IClauseWriter
    {
        public StoreSchema? Schema => null;
        public void Write(StoreTransaction tx, WrittenClauses written) => throw new InvalidOperationException("index write failed half-way");
    }

    [Fact]
    public void ADocumentIsWrittenWhollyOrNotAtAll()
    {
        using var tmp = new TempDir();
        File.WriteAllText(tmp.File("a.txt"), "Artikel 1 Scholing\n1. Een.\n2. Twee.\n");
        using var store = CaoStore.Open(tmp.Sub("data"));
        store.AddClauseWriter(new ExplodingWriter());
        var outcome = new IngestPipeline(store).Ingest(new SourceFile(tmp.File("a.txt"), "a.txt"));

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Equal("internal", outcome.Reason);
        using var conn = store.OpenConnection();
        using var count = CaoStore.Command(conn, null, "SELECT (SELECT count(*) FROM clauses), (SELECT count(*) FROM pages), (SELECT count(*) FROM documents WHERE status = 'ok')");
        using var r = count.ExecuteReader();
        r.Read();
        Assert.Equal((0L, 0L, 0L), (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)));
        // The failure itself is recorded, with its reason.
        Assert.Contains("index write failed", Assert.Single(store.ListDocuments()).Document.Error);
    }

    [Fact]
    public void AFailureIsReplacedWhenTheSameFileSucceedsLater()
    {
        using var tmp = new TempDir();
        File.WriteAllText(tmp.File("a.txt"), "Artikel 1 Scholing\nTekst.\n");
        using var store = CaoStore.Open(tmp.Sub("data"));
        var pipeline = new IngestPipeline(store);
        store.AddClauseWriter(new ExplodingWriter());
        Assert.Equal(IngestStatus.Failed, pipeline.Ingest(new SourceFile(tmp.File("a.txt"), "a.txt")).Status);
        using var healthy = CaoStore.Open(store.DataDir);
        Assert.Equal(IngestStatus.Added, new IngestPipeline(healthy).Ingest(new SourceFile(tmp.File("a.txt"), "a.txt")).Status);
        Assert.Equal(DocumentStatus.Ok, Assert.Single(healthy.ListDocuments()).Document.Status);
    }

    [Fact]
    public void BackupIsAConsistentCopy()
    {
        using var tmp = new TempDir();
        File.WriteAllText(tmp.File("a.txt"), "Artikel 1 Scholing\nTekst.\n");
        using var store = CaoStore.Open(tmp.Sub("data"));
        new IngestPipeline(store).Ingest(new SourceFile(tmp.File("a.txt"), "a.txt"));
        store.BackupTo(tmp.File("backup.db"));
        using var copy = CaoStore.Open(tmp.Sub("restore"));
        File.Copy(tmp.File("backup.db"), Path.Combine(tmp.Path, "restore2.db"));
        using var db = new SqliteConnection($"Data Source={tmp.File("backup.db")};Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM clauses";
        Assert.True((long)cmd.ExecuteScalar()! > 0);
    }
}
