using CaoMonitor.Domain;
using CaoMonitor.Ingestion;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Ingestion;

/// <summary>A folder of hostile files next to good ones: each bad file fails alone, with its reason; the good ones go in.</summary>
public class HostileBatchTests
{
    [Fact]
    public void EachBadFileFailsAloneAndTheGoodOnesAreIngested()
    {
        using var tmp = new TempDir();
        var dir = tmp.Sub("batch");
        string F(string n) => Path.Combine(dir, n);
        File.Copy(Repo.Fixture("cao-twopage.pdf"), F("goed.pdf"));
        File.Copy(Repo.Fixture("encrypted.pdf"), F("versleuteld.pdf"));
        File.WriteAllBytes(F("leeg.pdf"), []);
        var pdf = File.ReadAllBytes(Repo.Fixture("cao-twopage.pdf"));
        File.WriteAllBytes(F("afgebroken.pdf"), pdf[..(pdf.Length / 3)]);
        File.WriteAllText(F("geen-pdf.pdf"), "Dit is gewoon tekst met een verkeerde extensie.\n");
        File.WriteAllBytes(F("rommel.docx"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256)).ToArray());
        TestPdf.Write(F("tweeduizend.pdf"), Enumerable.Range(1, 2000).Select(i => (IReadOnlyList<string>)[$"Pagina {i}"]));
        TestPdf.Write(F("lange-regel.pdf"), [[new string('x', 5_000_000)]]);
        File.WriteAllText(F("lange-regel.txt"), new string('y', 5_000_000));
        File.WriteAllText(F("scripts.html"), "<html><body><script>document.write('Artikel 66 kwaad')</script><h1>Artikel 1 Scholing</h1><p>De werknemer heeft recht op scholing.</p></body></html>");

        using var store = CaoStore.Open(tmp.Sub("data"));
        var summary = new IngestBatch(store, new IngestPipeline(store)).Run([dir]);
        var byFile = summary.Outcomes.ToDictionary(o => o.File);

        Assert.Equal(IngestStatus.Added, byFile["goed.pdf"].Status);
        Assert.Equal(IngestStatus.Added, byFile["scripts.html"].Status);
        var expectedFailures = new Dictionary<string, string>
        {
            ["versleuteld.pdf"] = "encrypted",
            ["leeg.pdf"] = "empty",
            ["afgebroken.pdf"] = "truncated",
            ["geen-pdf.pdf"] = "mislabelled",
            ["rommel.docx"] = "mislabelled",
            ["tweeduizend.pdf"] = "too-many-pages",
            ["lange-regel.txt"] = "line-too-long",
            // PdfPig reads text that runs off the page too (poppler clipped it): five million letters with
            // their positions do not fit the extraction child's heap, so the file is refused as too large.
            ["lange-regel.pdf"] = "too-large",
        };
        foreach (var (file, reason) in expectedFailures)
        {
            Assert.Equal(IngestStatus.Failed, byFile[file].Status);
            Assert.Equal(reason, byFile[file].Reason);
            Assert.False(string.IsNullOrWhiteSpace(byFile[file].Error));
        }
        // The store holds the good documents whole and the failures with their reasons, nothing else.
        var docs = store.ListDocuments();
        Assert.Equal(expectedFailures.Count, docs.Count(d => d.Document.Status == DocumentStatus.Failed));
        Assert.All(docs.Where(d => d.Document.Status == DocumentStatus.Failed), d => Assert.Empty(store.GetClauses(d.Id)));
        var html = docs.Single(d => d.Document.SourceFile.EndsWith("scripts.html"));
        Assert.DoesNotContain("kwaad", store.GetText(html.Id));
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Fact]
    public void PipelineOnARealPdfGivesPathsPagesAndDerivedMetadata()
    {
        using var tmp = new TempDir();
        using var store = CaoStore.Open(tmp.Sub("data"));
        var outcome = new IngestPipeline(store).Ingest(new CaoMonitor.Sources.SourceFile(Repo.Fixture("cao-twopage.pdf"), "cao-twopage.pdf"));
        Assert.Equal(IngestStatus.Added, outcome.Status);
        var doc = store.GetDocument(outcome.DocumentId!.Value)!;
        Assert.Equal("Collectieve arbeidsovereenkomst voor de Fictieve Proefsector", doc.Version.Name);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31)), (doc.Version.Start!.Value, doc.Version.End!.Value));
        Assert.Equal(["type", "name", "start", "end"], doc.Version.Derived);
        var clauses = store.GetClauses(doc.Id);
        var budget = clauses.Single(c => c.Path == "H2 > Art. 2.1 > lid 1");
        Assert.Contains("€ 1.500,-", budget.Text);
        Assert.Equal(3, budget.PageStart);
        var studie = clauses.Single(c => c.Path == "H2 > Art. 2.2");
        Assert.Equal("Studieverlof", studie.Title);
        Assert.Equal(4, studie.PageStart);
        var lid3 = clauses.Single(c => c.Path == "H2 > Art. 2.1 > lid 3");
        Assert.Equal((3, 4), (lid3.PageStart, lid3.PageEnd)); // runs on to the next page
        Assert.DoesNotContain("Fictief voorbeeld", lid3.Text); // running header removed
        Assert.DoesNotContain("Pagina", lid3.Text);
        Assert.Equal(2, clauses.Count(c => c.Kind == ClauseKind.Chapter));
        Assert.Equal(3, clauses.Count(c => c.Kind == ClauseKind.Article)); // the TOC's entries are not articles
    }
}
