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
        using (var s = CaoStore.Open(tmp.Path)) Assert.Equal(3, s.SchemaVersions["storage"]);
        using var again = CaoStore.Open(tmp.Path);
        Assert.Equal(3, again.SchemaVersions["storage"]);
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
        public void Write(StoreTransaction tx, WrittenClauses written, object? prepared) => throw new InvalidOperationException("index write failed half-way");
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
    public void BackupIsAConsistentCopyOfTheStoreAtThatMoment()
    {
        using var tmp = new TempDir();
        File.WriteAllText(tmp.File("a.txt"), "Artikel 1 Scholing\n1. De werknemer volgt scholing.\n2. De werkgever betaalt.\n");
        using var store = CaoStore.Open(tmp.Sub("data"));
        var pipeline = new IngestPipeline(store);
        pipeline.Ingest(new SourceFile(tmp.File("a.txt"), "a.txt"));
        var backup = Path.Combine(tmp.Sub("restore"), CaoStore.DatabaseFile);
        store.BackupTo(backup);

        // Written after the backup: not in it.
        File.WriteAllText(tmp.File("b.txt"), "Artikel 1 Loopbaan\nDe werkgever biedt een loopbaanscan aan.\n");
        pipeline.Ingest(new SourceFile(tmp.File("b.txt"), "b.txt"));

        using var copy = CaoStore.Open(Path.GetDirectoryName(backup)!);
        Assert.Equal("ok", copy.IntegrityCheck());
        var original = store.ListDocuments().First(d => d.Version.Id == "a");
        var restored = Assert.Single(copy.ListDocuments());
        Assert.Equal((original.Id, original.Document.Sha256, original.Document.ClauseCount), (restored.Id, restored.Document.Sha256, restored.Document.ClauseCount));
        Assert.Equal(store.GetClauses(original.Id).Select(c => (c.Path, c.Text, c.Heading)), copy.GetClauses(restored.Id).Select(c => (c.Path, c.Text, c.Heading)));
        Assert.Equal(store.GetText(original.Id), copy.GetText(restored.Id));
    }

    [Fact]
    public void AStoreFromBeforeTheStagesOwnedTheirTablesUpgradesInPlace()
    {
        // The layout of earlier releases: one counter (user_version 3) over Storage's, Search's and Classification's first migration.
        using var tmp = new TempDir();
        var data = tmp.Sub("data");
        using (var db = new SqliteConnection($"Data Source={Path.Combine(data, CaoStore.DatabaseFile)};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = string.Join("\n", StorageSchema.Schema.Migrations[0], CaoMonitor.Search.SearchSchema.Schema.Migrations[0],
                CaoMonitor.Classification.ClassificationSchema.Schema.Migrations[0], """
                INSERT INTO documents (id, version_id, agreement_id, revision, is_current, name, type, source_path, source_file, sha256, size,
                                       media_type, status, ingested_at, text)
                VALUES (1, 'proef-2025', 'proef', 1, 1, 'Cao Proef', 'sector', 'p.txt', 'p.txt', 'abc', 1, 'text/plain', 'ok', '2025-01-01T00:00:00Z', '');
                INSERT INTO clauses (id, document_id, parent_id, ordinal, kind, number, title, path, start, "end", page_start, page_end, is_leaf, text) VALUES
                    (1, 1, NULL, 0, 'chapter', '1', 'Ontwikkeling', 'H1', 0, 0, 1, 1, 0, ''),
                    (2, 1, 1, 1, 'article', '2', 'Opleiding', 'H1 > Art. 2', 0, 0, 1, 1, 0, ''),
                    (3, 1, 2, 2, 'paragraph', '1', NULL, 'H1 > Art. 2 > lid 1', 0, 0, 1, 1, 1, 'De werkgever betaalt de opleiding.'),
                    (4, 1, 1, 3, 'article', '3', ' ', 'H1 > Art. 3', 0, 0, 1, 1, 1, 'Tekst zonder eigen titel.');
                INSERT INTO clause_classification VALUES (3, 'h3', 't1', 'c1', '2025-01-01T00:00:00Z'), (4, 'h4', 't1', 'c1', '2025-01-01T00:00:00Z');
                INSERT INTO provisions (clause_id, code, strength, confidence, evidence, attributes, rules)
                VALUES (3, 'LLO.SCHOLING', 'recht', 0.9, '[{"start":4,"end":13}]', '{}', '["r"]');
                PRAGMA user_version = 3;
                """);
            cmd.ExecuteNonQuery();
        }

        using var store = CaoStore.Open(data);
        var labels = new CaoMonitor.Classification.LabelStore(store);
        Assert.Equal(new Dictionary<string, int> { ["storage"] = 3, ["search"] = 1, ["classification"] = 3 }, store.SchemaVersions);
        Assert.Equal(new Heading("Opleiding", "Ontwikkeling"), store.GetClause(3)!.Heading);
        Assert.Equal(new Heading("Ontwikkeling", null), store.GetClause(4)!.Heading); // a blank title is no title
        var label = Assert.Single(labels.ForDocument(1)[3]);
        Assert.Equal(("LLO.SCHOLING", "recht", "classifier", new Span(4, 13)), (label.Code, label.Strength, label.Source, Assert.Single(label.Evidence)));
        Assert.Equal(["proef-2025"], store.CurrentDocuments().Select(d => d.Version.Id));
        Assert.Equal("ok", store.IntegrityCheck());
    }
}
