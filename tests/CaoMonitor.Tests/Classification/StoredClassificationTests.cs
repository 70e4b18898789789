using CaoMonitor.Classification;
using CaoMonitor.Domain;
using CaoMonitor.Ingestion;
using CaoMonitor.Monitoring;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Classification;

/// <summary>Classification inside the ingest transaction, reclassification and human review, on a real store.</summary>
public class StoredClassificationTests
{
    private const string Cao = """
        Cao voor de Fictieve Proefsector
        1 januari 2025 tot en met 31 december 2026

        Artikel 1 Persoonlijk ontwikkelbudget
        De werknemer heeft jaarlijks recht op een persoonlijk ontwikkelbudget van € 1.500,-.

        Artikel 2 Loopbaanscan
        De werkgever spant zich in om de werknemer eens per drie jaar een loopbaanscan aan te bieden.

        Artikel 3 Arbeidsduur
        De arbeidsduur bedraagt gemiddeld 38 uur per week.
        """;

    private sealed record Label(string Code, string Strength, double? Amount, string Source);

    private static List<Label> Labels(CaoStore store, string articleNumber) => store.Query("""
        SELECT e.code, e.strength, e.amount_eur, e.source FROM effective_labels e
        JOIN clauses c ON c.id = e.clause_id JOIN documents d ON d.id = c.document_id
        WHERE d.is_current = 1 AND c.number = $n ORDER BY e.code
        """, r => new Label(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetDouble(2), r.GetString(3)), ("$n", articleNumber));

    private static long ClauseId(CaoStore store, string articleNumber) =>
        (long)store.Scalar("SELECT c.id FROM clauses c JOIN documents d ON d.id = c.document_id WHERE d.is_current = 1 AND c.number = $n AND c.is_leaf = 1", ("$n", articleNumber))!;

    private static (CaoStore Store, string File, IngestBatch Batch) Ingest(TempDir tmp)
    {
        var src = tmp.Sub("in");
        var file = Path.Combine(src, "proefsector-2025.txt");
        File.WriteAllText(file, Cao);
        var store = IngestPipeline.OpenStore(tmp.Sub("data"));
        var batch = new IngestBatch(store, new IngestPipeline(store));
        Assert.Equal(IngestStatus.Added, Assert.Single(batch.Run([src]).Outcomes).Status);
        return (store, file, batch);
    }

    [Fact]
    public void IngestStoresLabelsWithTheClassifierAndTaxonomyVersion()
    {
        using var tmp = new TempDir();
        var (store, _, _) = Ingest(tmp);
        using var _s = store;
        Assert.Equal([new Label("LLO.BUDGET", "recht", 1500, "classifier")], Labels(store, "1"));
        Assert.Equal([new Label("VWNW.LOOPBAAN", "inspanning", null, "classifier")], Labels(store, "2"));
        Assert.Empty(Labels(store, "3"));
        var classifier = new ClauseClassifier();
        var versions = new LabelStore(store).StoredVersions();
        Assert.Equal((classifier.TaxonomyVersion, classifier.ClassifierVersion), (Assert.Single(versions).Taxonomy, versions[0].Classifier));
        // Every leaf clause has its classification state, labelled or not.
        Assert.Equal(store.Scalar("SELECT count(*) FROM clauses WHERE is_leaf = 1"), store.Scalar("SELECT count(*) FROM clause_classification"));
    }

    [Fact]
    public void ReclassifyIsIncrementalByClassifierVersion()
    {
        using var tmp = new TempDir();
        var (store, _, _) = Ingest(tmp);
        using var _s = store;
        var writer = new ClassificationWriter();
        Assert.Equal(0, writer.Reclassify(store).Reclassified);
        // A clause labelled by another classifier version is done again; the rest is left alone.
        store.Write((db, tx) => CaoStore.Command(db, tx, "UPDATE clause_classification SET classifier_version = 'rules 0.9' WHERE clause_id = (SELECT min(clause_id) FROM clause_classification)").ExecuteNonQuery());
        var r = writer.Reclassify(store);
        Assert.Equal(1, r.Reclassified);
        var leaves = Convert.ToInt32(store.Scalar("SELECT count(*) FROM clauses WHERE is_leaf = 1"));
        Assert.Equal(leaves, r.Clauses);
        Assert.Equal(leaves, writer.Reclassify(store, all: true).Reclassified);
        Assert.Equal([new Label("LLO.BUDGET", "recht", 1500, "classifier")], Labels(store, "1"));
    }

    [Fact]
    public void ReviewDecisionsWinAndSurviveReclassificationAndReingest()
    {
        using var tmp = new TempDir();
        var (store, file, batch) = Ingest(tmp);
        using var _s = store;
        new LabelStore(store).Decide(ClauseId(store, "1"), "LLO.BUDGET", ReviewAction.Confirm, null, 1250m, "per jaar", "analist");
        new LabelStore(store).Decide(ClauseId(store, "2"), "VWNW.LOOPBAAN", ReviewAction.Reject, null, null, null, "analist", "alleen een intentie");
        new LabelStore(store).Decide(ClauseId(store, "3"), "LLO.TIJD", ReviewAction.Add, Strength.Recht, null, null, "analist");

        void AssertReviewed()
        {
            Assert.Equal([new Label("LLO.BUDGET", "recht", 1250, "human")], Labels(store, "1"));
            Assert.Empty(Labels(store, "2"));
            Assert.Equal([new Label("LLO.TIJD", "recht", null, "human")], Labels(store, "3"));
        }
        AssertReviewed();

        new ClassificationWriter().Reclassify(store, all: true);
        AssertReviewed();

        // A changed file becomes a new revision; clauses with the same text keep their decisions.
        File.AppendAllText(file, "\nArtikel 4 Slotbepaling\nDeze cao treedt in werking op 1 januari 2025.\n");
        Assert.Equal(IngestStatus.NewRevision, Assert.Single(batch.Run([Path.GetDirectoryName(file)!]).Outcomes).Status);
        AssertReviewed();

        // A decision is keyed to the wording: changed text in the same article is not covered.
        Assert.Equal(3, new LabelStore(store).History().Count);
        Assert.Equal(2, new LabelStore(store).DecisionsFor(ClauseId(store, "1")).Count + new LabelStore(store).DecisionsFor(ClauseId(store, "2")).Count);
    }

    [Fact]
    public void ADecisionOnChangedWordingDoesNotCarryOver()
    {
        using var tmp = new TempDir();
        var (store, file, batch) = Ingest(tmp);
        using var _s = store;
        new LabelStore(store).Decide(ClauseId(store, "1"), "LLO.BUDGET", ReviewAction.Reject, null, null, null, "analist");
        Assert.Empty(Labels(store, "1"));
        File.WriteAllText(file, Cao.Replace("€ 1.500,-", "€ 2.000,-"));
        batch.Run([Path.GetDirectoryName(file)!]);
        Assert.Equal([new Label("LLO.BUDGET", "recht", 2000, "classifier")], Labels(store, "1"));
    }

    [Fact]
    public void BadDecisionsAreRefusedWithAReason()
    {
        using var tmp = new TempDir();
        var (store, _, _) = Ingest(tmp);
        using var _s = store;
        var id = ClauseId(store, "1");
        Assert.Contains("unknown category", Assert.Throws<ArgumentException>(() => new LabelStore(store).Decide(id, "LLO.NIETS", ReviewAction.Confirm, null, null, null, "a")).Message);
        Assert.Contains("needs a strength", Assert.Throws<ArgumentException>(() => new LabelStore(store).Decide(id, "LLO.TIJD", ReviewAction.Add, null, null, null, "a")).Message);
        Assert.Contains("no clause", Assert.Throws<ArgumentException>(() => new LabelStore(store).Decide(999_999, "LLO.TIJD", ReviewAction.Reject, null, null, null, "a")).Message);
        Assert.Contains("who", Assert.Throws<ArgumentException>(() => new LabelStore(store).Decide(id, "LLO.TIJD", ReviewAction.Reject, null, null, null, " ")).Message);
        Assert.Empty(new LabelStore(store).History());
    }

    [Fact]
    public void ReviewedClausesExportAsGoldAndChangeTheMonitor()
    {
        using var tmp = new TempDir();
        var (store, _, _) = Ingest(tmp);
        using var _s = store;
        var before = MonitorRun.Compute(store, 2025);
        Assert.Equal(1, before.Find(2025, "LLO.BUDGET")!.CaosWith);
        Assert.Equal(0, before.Find(2025, "LLO.TIJD")!.CaosWith);

        new LabelStore(store).Decide(ClauseId(store, "1"), "LLO.BUDGET", ReviewAction.Reject, null, null, null, "analist");
        new LabelStore(store).Decide(ClauseId(store, "3"), "LLO.TIJD", ReviewAction.Add, Strength.Inspanning, null, null, "analist");
        var after = MonitorRun.Compute(store, 2025);
        Assert.Equal(0, after.Find(2025, "LLO.BUDGET")!.CaosWith);
        Assert.Equal(1, after.Find(2025, "LLO.TIJD")!.CaosWith);
        Assert.Equal(0, after.Find(2025, "LLO.TIJD", "recht")!.CaosWith);
        Assert.NotEqual(before.Manifest.CorpusHash, after.Manifest.CorpusHash);
        var evidence = after.Counted.Single(c => c.Year == 2025).Version.Labels.Single(l => l.Code == "LLO.TIJD");
        Assert.Equal("human", evidence.Source);

        var sw = new StringWriter();
        Assert.Equal(2, new LabelStore(store).ExportGold(sw));
        var gold = GoldSet.Read(new StringReader(sw.ToString()));
        Assert.Equal(2, gold.Count);
        Assert.Empty(gold.Single(g => g.Text.Contains("ontwikkelbudget")).Labels);
        Assert.Equal(("LLO.TIJD", Strength.Inspanning), (gold.Single(g => g.Text.Contains("38 uur")).Labels.Single().Code, gold.Single(g => g.Text.Contains("38 uur")).Labels.Single().Strength));
    }

    private const string ChapteredCao = """
        Cao voor de Fictieve Proefsector
        1 januari 2025 tot en met 31 december 2026

        Hoofdstuk 1 Loopbaanontwikkeling

        Artikel 1 Gesprek
        De werknemer kan eenmaal per jaar een gesprek voeren met een adviseur over zijn toekomst.

        Artikel 2 Opleiding
        1. De werkgever vergoedt de kosten van een opleiding die nodig is voor de functie.
        2. De werknemer heeft jaarlijks recht op een persoonlijk ontwikkelbudget van € 500.

        Hoofdstuk 2 Arbeidsduur

        Artikel 3 Werktijden
        De arbeidsduur bedraagt gemiddeld 38 uur per week.
        """;

    [Fact]
    public void ExportedGoldReproducesWhatIngestClassified()
    {
        using var tmp = new TempDir();
        var src = tmp.Sub("in");
        File.WriteAllText(Path.Combine(src, "proefsector-2025.txt"), ChapteredCao);
        using var store = IngestPipeline.OpenStore(tmp.Sub("data"));
        Assert.Equal(IngestStatus.Added, Assert.Single(new IngestBatch(store, new IngestPipeline(store)).Run([src]).Outcomes).Status);

        // A reviewer confirms every label as the classifier gave it, and rejects a label on each clause without one.
        var labels = new LabelStore(store);
        var leaves = store.Leaves().ToList();
        Assert.True(leaves.Count >= 4, $"{leaves.Count} leaves: {string.Join(", ", leaves.Select(l => l.Path))}");
        foreach (var leaf in leaves)
        {
            var given = labels.ForClause(leaf.Id);
            foreach (var l in given) labels.Decide(leaf.Id, l.Code, ReviewAction.Confirm, null, null, null, "analist");
            if (given.Count == 0) labels.Decide(leaf.Id, "LLO.BUDGET", ReviewAction.Reject, null, null, null, "analist");
        }

        var sw = new StringWriter();
        Assert.Equal(leaves.Count, labels.ExportGold(sw));
        var gold = GoldSet.Read(new StringReader(sw.ToString()));

        // Each exported clause carries the titles it was classified under at ingest, so the classifier
        // gives back exactly the labels the store holds for it.
        var classifier = new ClauseClassifier();
        foreach (var g in gold)
            Assert.Equal(g.Labels.Select(l => (l.Code, l.Strength, l.AmountEur)).OrderBy(x => x.Code),
                classifier.Classify(g.ToInput()).Select(l => (l.Code, l.Strength, l.Attributes.AmountEur)).OrderBy(x => x.Code));
        Assert.Contains(gold, g => g.Labels.Count > 0);

        // An article without leden reads under its own title and its chapter's; a lid under its article's and the chapter's.
        var gesprek = gold.Single(g => g.Text.Contains("adviseur"));
        Assert.Equal(("Gesprek", "Loopbaanontwikkeling"), (gesprek.Title, gesprek.ParentTitle));
        Assert.All(gold.Where(g => g.Text.Contains("opleiding") || g.Text.Contains("ontwikkelbudget")),
            g => Assert.Equal(("Opleiding", "Loopbaanontwikkeling"), (g.Title, g.ParentTitle)));
        Assert.Equal(("Werktijden", "Arbeidsduur"), (gold.Single(g => g.Text.Contains("38 uur")).Title, gold.Single(g => g.Text.Contains("38 uur")).ParentTitle));
    }
}
