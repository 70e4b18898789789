using System.Text;
using System.Text.RegularExpressions;
using CaoMonitor.Classification;

namespace CaoMonitor.Tests.Ingestion;

/// <summary>
/// The clock-free builds of the hottest per-line patterns (PatternBudget.ShortInput): each is the same pattern as a build
/// with the process-wide limit beside it, and what bounds it instead of the clock is the length of the text it may see.
/// </summary>
public class PatternBudgetTests27
{
    static readonly List<(string Name, Regex Regex)> Patterns = PatternBudgetTests26.GeneratedPatterns(typeof(PatternBudget).Assembly);

    static List<(string Name, Regex Short, Regex Timed)> Twins() =>
        [.. Patterns.Where(p => p.Regex.MatchTimeout == Regex.InfiniteMatchTimeout)
            .Select(p => (p.Name, p.Regex, Patterns.SingleOrDefault(q => q.Name == p.Name[..^"Short".Length] + "Timed").Regex))];

    [Fact]
    public void EveryClockFreeBuildIsTheSamePatternAsABuildWithTheLimit()
    {
        var twins = Twins();
        Assert.True(twins.Count >= 10, $"only {twins.Count} clock-free builds");
        Assert.All(twins, t =>
        {
            Assert.EndsWith("Short", t.Name);
            Assert.NotNull(t.Timed);
            Assert.Equal(t.Timed.ToString(), t.Short.ToString());
            Assert.Equal(t.Timed.Options, t.Short.Options);
            Assert.Equal(PatternBudget.Default, t.Timed.MatchTimeout);
        });
    }

    /// <summary>Hostile text: a unit repeated, then a tail that makes the match fail at the end (robust26's hunt).</summary>
    static readonly string[] Units =
    [
        "a", "A", "1", ".", " ", "a ", "A ", "1.", "1 ", ". ", " .", "…", "… ", "….", "Aa ", "aA", "a1", "1a", "-", "a-", "a, ", ":", "\t",
        "é", "Artikel 1 ", "artikel ", "vacant ", "(vacant)", "1 1 ", "1.1", "IV ", "a(", "'", "a b", ".a", "functie ", "F u n c t i e ",
        "Bijlage ", "HOOFDSTUK 1 ", "pag. 1 ", "Art. 1 ", "de ", "aa1. ", "a) 1. ",
    ];

    static readonly string[] Tails = ["", "!", "#", "a", "A", "1", ".", "…", " x"];

    static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length) sb.Append(unit);
        return sb.ToString(0, length);
    }

    /// <summary>The worst processor time of one pattern over the hostile texts, IsMatch and every match.</summary>
    static (double Ms, string Input) Worst(Regex r, IEnumerable<string> inputs)
    {
        double worst = 0; string at = "";
        foreach (var input in inputs)
        {
            var start = ThreadTime.Now();
            _ = r.IsMatch(input);
            _ = r.Matches(input).Count;
            var ms = (ThreadTime.Now() - start).TotalMilliseconds;
            if (ms > worst) (worst, at) = (ms, input.Length > 30 ? input[..30] + "…" : input);
        }
        return (worst, at);
    }

    static IEnumerable<string> Hostile(int length) =>
        from u in Units from t in Tails select Repeat(u, length - t.Length) + t;

    /// <summary>
    /// Every clock-free build on hostile text as long as it may see: a fraction of a second at most where the limit is 10 s
    /// (quadratic patterns take ~0.1 s on 4,096 characters). DotLeader, cubic, sees 256 characters, or up to 4,096 whose runs
    /// of dots, "…" and white space are at most 64 long.
    /// </summary>
    [Fact]
    public void EveryClockFreeBuildIsFastOnHostileTextOfTheLengthItMaySee()
    {
        var slow = new List<string>();
        foreach (var (name, fast, _) in Twins())
        {
            var inputs = name == "CaoSegmenter.DotLeaderShort"
                ? Hostile(256).Concat(from u in Units from t in Tails select Repeat(Repeat(u, 64) + "x", PatternBudget.ShortInput - t.Length) + t)
                : Hostile(PatternBudget.ShortInput);
            var (ms, at) = Worst(fast, inputs);
            if (ms > 2_000) slow.Add($"{name}: {ms:0} ms on '{at}'");
        }
        Assert.Empty(slow);
    }

    /// <summary>The premise of DotLeader's own length: on 512 characters of "…" ending in "." its pattern takes far longer
    /// than on 256 (cubic: ~8 times; a quadratic one would take 4), so a long leader line must take the build with the limit (PatternTimeoutCliTests26 ingests one).</summary>
    [Fact]
    public void DotLeaderIsCubicSoItsClockFreeBuildSeesShortTextOnly()
    {
        var fast = Patterns.Single(p => p.Name == "CaoSegmenter.DotLeaderShort").Regex;
        // The fastest of five runs each: other processes on the machine only ever add time to a run, never take it away.
        double Fastest(string input) => Enumerable.Range(0, 5).Min(_ => Worst(fast, [input]).Ms);
        var shortMs = Fastest(new string('…', 255) + ".");
        var longMs = Fastest(new string('…', 511) + ".");
        Assert.True(longMs > 5 * Math.Max(shortMs, 1), $"256: {shortMs:0} ms, 512: {longMs:0} ms");
    }
}
