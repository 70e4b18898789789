using CaoMonitor.Classification;
using Xunit;

namespace CaoMonitor.Tests.Classification;

public class PrecisionEstimateTests
{
    static IEnumerable<SampleCandidate> Labels(string code, int n, string version = "v1") =>
        Enumerable.Range(1, n).Select(i => new SampleCandidate(i + code.Length * 1000, code, version, $"Art. {i}"));

    [Fact]
    public void A_sample_is_stratified_repeatable_and_depends_on_the_seed()
    {
        var labels = Labels("LLO.BUDGET", 40).Concat(Labels("LLO.TIJD", 25)).Concat(Labels("VWNW.LOOPBAAN", 3)).ToList();
        var a = ReviewSample.Draw(labels, 7, 2024);
        Assert.Equal(7 + 7 + 3, a.Count);
        Assert.Equal(7, a.Count(l => l.Code == "LLO.BUDGET"));
        Assert.Equal(3, a.Count(l => l.Code == "VWNW.LOOPBAAN"));
        Assert.Equal(a.Count, a.Distinct().Count());
        // The input order does not matter, the seed does.
        var b = ReviewSample.Draw(Enumerable.Reverse(labels).ToList(), 7, 2024);
        Assert.Equal(a, b);
        var c = ReviewSample.Draw(labels, 7, 2025);
        Assert.NotEqual(a.Where(l => l.Code == "LLO.BUDGET"), c.Where(l => l.Code == "LLO.BUDGET"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewSample.Draw(labels, 0, 1));
    }

    [Fact]
    public void Wilson_interval_matches_known_values()
    {
        // 48 of 105 (the first measurement): 46%, interval 37-55%.
        var (lo, hi) = Wilson.Interval(48, 105);
        Assert.Equal(0.365, lo, 3);
        Assert.Equal(0.552, hi, 3);
        // All correct still leaves doubt with few labels; none correct likewise.
        var (lo10, hi10) = Wilson.Interval(10, 10);
        Assert.Equal(0.722, lo10, 3);
        Assert.Equal(1.0, hi10, 6);
        Assert.Equal(0.0, Wilson.Interval(0, 7).Low, 6);
    }

    [Fact]
    public void Fewer_than_ten_reviewed_labels_is_not_measured_and_leaves_coverage_raw()
    {
        var few = new CategoryPrecision("LLO.EVC", 7, 7);
        Assert.False(few.Measured);
        Assert.StartsWith("niet gemeten", few.Dutch());
        Assert.Null(few.Adjusted(0.40));

        var some = new CategoryPrecision("LLO.BUDGET", 20, 15);
        Assert.True(some.Measured);
        Assert.Equal(0.30, some.Adjusted(0.40)!.Value, 6);
        Assert.Contains("0,75 (", some.Dutch());
    }
}
