using CaoMonitor.Classification;
using Xunit;

namespace CaoMonitor.Tests.Classification;

public class EvaluationTests
{
    const string SmallGold = """
        {"id":"t1","title":"Artikel 1 Ontwikkelbudget","text":"De werknemer heeft recht op een ontwikkelbudget van € 500 per jaar.","labels":[{"code":"LLO.BUDGET","strength":"recht","amount_eur":500,"period":"per jaar","percent":null,"hours":null,"days":null}]}
        {"id":"t2","title":"Artikel 2 Studiekosten","text":"De werkgever vergoedt de studiekosten.","labels":[{"code":"LLO.STUDIEKOSTEN","strength":"inspanning"}],"note":"deliberately wrong strength"}
        {"id":"t3","title":"Artikel 3 Vakantie","text":"De werknemer heeft recht op 25 vakantiedagen.","labels":[{"code":"LLO.TIJD","strength":"recht","days":25}]}
        {"id":"t4","title":"Artikel 4 Loopbaan","text":"De werknemer heeft recht op een loopbaanscan.","labels":[]}
        """;

    [Fact]
    public void Report_counts_presence_strength_and_amounts_and_lists_errors()
    {
        var gold = GoldSet.Read(new StringReader(SmallGold));
        var r = Evaluator.Evaluate(Examples.Classifier, gold);

        Assert.Equal(4, r.Clauses);
        var budget = r.Categories.Single(c => c.Code == "LLO.BUDGET");
        Assert.Equal((1, 0, 0), (budget.TruePositives, budget.FalsePositives, budget.FalseNegatives));
        var tijd = r.Categories.Single(c => c.Code == "LLO.TIJD");
        Assert.Equal(1, tijd.FalseNegatives);
        var loopbaan = r.Categories.Single(c => c.Code == "VWNW.LOOPBAAN");
        Assert.Equal(1, loopbaan.FalsePositives);
        Assert.Equal(0.5, r.StrengthAccuracy);
        Assert.Equal(1.0, r.AmountExactMatch);
        Assert.Contains(r.Errors, e => e is { Id: "t2", Kind: "strength" });
        Assert.Contains(r.Errors, e => e is { Id: "t3", Kind: "missed" });
        Assert.Contains(r.Errors, e => e is { Id: "t4", Kind: "spurious" });
        // Macro average only over categories with gold or predictions: budget 1, studiekosten 1, tijd 0, loopbaan 0.
        Assert.Equal(0.5, r.MacroF1, 3);

        var text = r.ToText();
        Assert.Contains("Macro precision", text);
        Assert.Contains("t4 spurious VWNW.LOOPBAAN", text);
    }

    [Fact]
    public void Gold_reader_names_the_bad_line()
    {
        var e = Assert.Throws<InvalidDataException>(() => GoldSet.Read(new StringReader("{\"id\":\"x\",\"text\":\"a\",\"labels\":[]}\n{oops"), "g.jsonl"));
        Assert.StartsWith("g.jsonl line 2:", e.Message);
    }
}

public class GoldSetTargets(ITestOutputHelper output)
{
    [Fact]
    public void GoldSetTargets_are_met()
    {
        var path = RepoPaths.GoldFile;
        if (!File.Exists(path))
            Assert.Skip($"gold set not present at {path} (it is written on another branch and arrives when the lead merges)");
        var report = Evaluator.Evaluate(Examples.Classifier, GoldSet.Load(path));
        output.WriteLine(report.ToText());
        Assert.True(report.MacroF1 >= 0.90, $"macro-F1 {report.MacroF1:0.000} < 0.90");
        Assert.True(report.StrengthAccuracy >= 0.85, $"strength accuracy {report.StrengthAccuracy:0.000} < 0.85");
        Assert.True(report.AmountExactMatch >= 0.95, $"amount exact match {report.AmountExactMatch:0.000} < 0.95");
    }
}

public class BenchmarkTests
{
    [Fact]
    public void Benchmark_measures_a_mix_of_labelled_and_plain_clauses()
    {
        // Both paths cost: most clauses stop at the category gates, some run the full rules and attributes.
        int labelled = ClassifierBenchmark.Sample.Count(c => Examples.Classifier.Classify(c).Count > 0);
        Assert.InRange(labelled, 1, ClassifierBenchmark.Sample.Length / 2);
        var rate = ClassifierBenchmark.Run(200, Examples.Classifier);
        Assert.True(double.IsFinite(rate) && rate > 0, $"rate {rate}");
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassifierBenchmark.Run(0));
    }
}

/// <summary>
/// The real-clauses development set (../shared/data/real-clauses-dev, paraphrased real clauses; never copied into
/// the repository). Issue 11's targets are macro-F1 0.80, micro recall 0.85, near misses labelled at most 5% and
/// provision-or-not F1 0.90; the floors below are what the rules reach now, so a change that loses ground fails.
/// </summary>
public class DevSetFigures(ITestOutputHelper output)
{
    static string DevFile => Path.GetFullPath(Path.Combine(CaoMonitor.Tests.Support.Repo.Root, "..", "shared", "data", "real-clauses-dev", "real-clauses-dev.jsonl"));

    [Fact]
    public void Dev_set_figures_hold()
    {
        if (!File.Exists(DevFile))
            Assert.Skip($"real-clauses development set not present at {DevFile} (it lives outside the repository, in ../shared)");
        var gold = GoldSet.Load(DevFile);
        Assert.Contains(gold, g => g.Ambiguous);
        var report = Evaluator.Evaluate(Examples.Classifier, gold);
        output.WriteLine(report.ToText(includeErrors: false));
        Assert.Equal(gold.Count(g => g.Ambiguous), report.AmbiguousSkipped);
        Assert.True(report.MacroF1 >= DevFloors.MacroF1, $"macro-F1 {report.MacroF1:0.000} < {DevFloors.MacroF1}");
        Assert.True(report.Micro.Precision >= DevFloors.MicroPrecision, $"micro precision {report.Micro.Precision:0.000} < {DevFloors.MicroPrecision}");
        Assert.True(report.Micro.Recall >= DevFloors.MicroRecall, $"micro recall {report.Micro.Recall:0.000} < {DevFloors.MicroRecall}");
        Assert.True(report.NearMissRate <= DevFloors.NearMissRate, $"near misses labelled {report.NearMissRate:0.000} > {DevFloors.NearMissRate}");
        Assert.True(report.AnyProvision.F1 >= DevFloors.AnyProvisionF1, $"provision-or-not F1 {report.AnyProvision.F1:0.000} < {DevFloors.AnyProvisionF1}");
    }

    [Fact]
    public void Ambiguous_lines_are_left_out_unless_asked()
    {
        const string lines = """
            {"id":"a","title":"Artikel 1 Studiekosten","text":"De werkgever vergoedt de studiekosten.","labels":[{"code":"LLO.STUDIEKOSTEN","strength":"recht"}],"ambiguous":false,"why":"plain"}
            {"id":"b","title":"Artikel 2 Loopbaan","text":"De werknemer heeft recht op een loopbaanscan.","labels":[],"ambiguous":true,"why":"could be either"}
            """;
        var gold = GoldSet.Read(new StringReader(lines));
        var scored = Evaluator.Evaluate(Examples.Classifier, gold);
        Assert.Equal((1, 1), (scored.Clauses, scored.AmbiguousSkipped));
        Assert.Equal(0, scored.NearMisses);
        var all = Evaluator.Evaluate(Examples.Classifier, gold, includeAmbiguous: true);
        Assert.Equal((2, 1, 1), (all.Clauses, all.NearMisses, all.NearMissesLabelled));
        Assert.Equal(1, all.AnyProvision.FalsePositives);
        Assert.Equal("plain", gold[0].Note);
    }
}

/// <summary>Floors for <see cref="DevSetFigures"/>: raise them when the rules improve, never lower them silently.</summary>
internal static class DevFloors
{
    public const double MacroF1 = 0.64;
    public const double MicroPrecision = 0.76;
    public const double MicroRecall = 0.63;
    public const double NearMissRate = 0.09;
    public const double AnyProvisionF1 = 0.85;
}
