using System.Globalization;
using System.Text;
using CaoMonitor.Classification;
using CaoMonitor.Domain;
using CaoMonitor.Ingestion;
using CaoMonitor.Monitoring;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Issue 11 item 7 on a real store: `review sample` puts labels in the review queue's sample, the decisions on
/// them give the precision per category, and the monitor shows it beside the coverage (precision.csv, report.html).
/// </summary>
public class ReviewSampleStoreTests
{
    /// <summary>A fictional cao with twelve budget articles (each its own wording) and two training-time articles.</summary>
    private static string Cao()
    {
        var sb = new StringBuilder("Cao voor de Fictieve Steekproefsector\n1 januari 2025 tot en met 31 december 2026\n\n");
        for (int i = 1; i <= 12; i++)
            sb.Append(CultureInfo.InvariantCulture, $"Artikel {i} Ontwikkelbudget regeling {i}\nDe werknemer in functiegroep {i} heeft jaarlijks recht op een persoonlijk ontwikkelbudget van € {400 + i * 25},-.\n\n");
        sb.Append("Artikel 13 Opleidingsdagen\nDe werknemer heeft recht op twee opleidingsdagen per kalenderjaar met behoud van loon.\n\n");
        sb.Append("Artikel 14 Opleidingsuren\nDe werknemer heeft recht op 16 uur per jaar voor scholing in werktijd.\n");
        return sb.ToString();
    }

    private static CaoStore Ingest(TempDir tmp)
    {
        var src = tmp.Sub("in");
        File.WriteAllText(Path.Combine(src, "steekproef-2025.txt"), Cao());
        var store = IngestPipeline.OpenStore(tmp.Sub("data"));
        Assert.Equal(IngestStatus.Added, Assert.Single(new IngestBatch(store, new IngestPipeline(store)).Run([src]).Outcomes).Status);
        return store;
    }

    [Fact]
    public void Decisions_on_the_sample_give_the_precision_and_the_monitor_shows_it_beside_the_coverage()
    {
        using var tmp = new TempDir();
        using var store = Ingest(tmp);
        var labels = new LabelStore(store);

        // Nothing sampled yet: every category is "niet gemeten".
        Assert.All(labels.SamplePrecision(), p => Assert.False(p.Measured));

        var sample = ReviewSamples.Draw(store, perCategory: 20, seed: 5);
        var budget = sample.Where(s => s.Code == "LLO.BUDGET").ToList();
        Assert.Equal(12, budget.Count);
        Assert.Equal(2, sample.Count(s => s.Code == "LLO.TIJD"));
        // The queue can show just the sample, and drawing again adds nothing twice.
        Assert.Equal(14, labels.Find(new LabelQuery { Sampled = true, Unreviewed = true }).Count);
        Assert.Equal(0, labels.AddToSample(sample.Select(s => new SampleCandidate(s.ClauseId, s.Code, s.VersionId, s.Path)), 5));

        // A reviewer confirms nine budget labels (one with another strength) and rejects three.
        foreach (var s in budget.Take(8)) labels.Decide(s.ClauseId, s.Code, ReviewAction.Confirm, Strength.Recht, null, null, "analist");
        labels.Decide(budget[8].ClauseId, "LLO.BUDGET", ReviewAction.Confirm, Strength.Inspanning, null, null, "analist");
        foreach (var s in budget.Skip(9)) labels.Decide(s.ClauseId, s.Code, ReviewAction.Reject, null, null, null, "analist");
        // A decision on a label outside the sample does not count.
        labels.Decide(sample.First(s => s.Code == "LLO.TIJD").ClauseId, "LLO.TIJD", ReviewAction.Confirm, Strength.Recht, null, null, "analist");

        var precision = labels.SamplePrecision();
        var b = precision.Single(p => p.Code == "LLO.BUDGET");
        Assert.Equal((12, 9, true), (b.Reviewed, b.Confirmed, b.Measured));
        Assert.Equal(0.75, b.Precision!.Value, 6);
        var (lo, hi) = b.Interval!.Value;
        Assert.True(lo is > 0.45 and < 0.75 && hi is > 0.75 and < 0.95, $"interval {lo}-{hi}");
        var t = precision.Single(p => p.Code == "LLO.TIJD");
        Assert.Equal((1, false), (t.Reviewed, t.Measured));
        Assert.StartsWith("niet gemeten", t.Dutch());
        Assert.Empty(labels.Find(new LabelQuery { Sampled = true, Unreviewed = true, Category = "LLO.BUDGET" }));

        // The monitor: precision.csv beside the raw coverage, and report.html.
        var dir = tmp.Sub("snap");
        MonitorRun.Freeze(store, 2025, null, dir);
        var rows = File.ReadAllLines(Path.Combine(dir, "precision.csv"));
        Assert.Equal(string.Join(",", CsvExport.PrecisionColumns), rows[0]);
        var budgetRow = rows.Single(r => r.StartsWith("2025,LLO.BUDGET,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["measured", "12", "9", "0.75"], budgetRow[2..6]);
        Assert.Equal("1", budgetRow[8]);      // the raw share stays
        Assert.Equal("0.75", budgetRow[9]);   // after taking out the expected false positives
        var tijdRow = rows.Single(r => r.StartsWith("2025,LLO.TIJD,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["not_measured", "1", "1"], tijdRow[2..5]);
        Assert.Equal("", tijdRow[9]);
        var report = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("0,75 (", report);
        Assert.Contains("niet gemeten (1 labels)", report);
    }

    [Fact]
    public void The_sample_survives_reclassification()
    {
        using var tmp = new TempDir();
        using var store = Ingest(tmp);
        var labels = new LabelStore(store);
        var sample = ReviewSamples.Draw(store, perCategory: 3, seed: 9);
        Assert.Equal(5, sample.Count);
        new ClassificationWriter().Reclassify(store, all: true);
        Assert.Equal(5, labels.Find(new LabelQuery { Sampled = true }).Count);
    }
}
