using System.Text;
using System.Text.RegularExpressions;
using CaoMonitor.Classification;

namespace CaoMonitor.Tests.Classification;

/// <summary>Classifier patterns start interpreted and are compiled after <see cref="TieredRegex.Threshold"/> uses: same answers either way.</summary>
public class TieredRegexTests
{
    const string Text = "De werknemer heeft recht op een Opleidingsbudget van € 1.500,- per twee jaar; het van-werk-naar-werk traject duurt 6 maanden.";

    [Fact]
    public void Compiles_after_the_threshold_and_matches_the_same_before_and_after()
    {
        var t = new TieredRegex(Taxonomy.ExpandSpaces(@"\b(opleidings|ontwikkel)budget\w*|\bvan werk naar werk\b"),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Taxonomy.MatchTimeout);
        Assert.False(t.IsCompiled);
        var before = t.Matches(Text).Select(m => (m.Index, m.Length)).ToList();
        Assert.Equal(2, before.Count);
        for (int i = 1; i < TieredRegex.Threshold - 1; i++) t.IsMatch(Text);
        Assert.False(t.IsCompiled);
        t.IsMatch(Text);
        Assert.True(t.IsCompiled);
        Assert.True((t.Get().Options & RegexOptions.Compiled) != 0);
        Assert.Equal(before, t.Matches(Text).Select(m => (m.Index, m.Length)).ToList());
        Assert.Equal(Taxonomy.MatchTimeout, t.Get().MatchTimeout);
    }

    [Fact]
    public void Concurrent_callers_compile_once_and_agree()
    {
        var t = new TieredRegex(@"budget\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Taxonomy.MatchTimeout);
        int found = 0;
        Parallel.For(0, 4 * TieredRegex.Threshold, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            if (t.IsMatch(Text)) Interlocked.Increment(ref found);
        });
        Assert.Equal(4 * TieredRegex.Threshold, found);
        Assert.True(t.IsCompiled);
    }

    [Fact]
    public void A_bad_pattern_still_fails_when_the_taxonomy_loads()
    {
        var json = File.ReadAllText(RepoPaths.TaxonomyFile);
        int at = json.IndexOf("\"pattern\": \"", StringComparison.Ordinal);
        Assert.True(at > 0);
        var broken = json.Insert(at + "\"pattern\": \"".Length, "(");
        var e = Assert.Throws<InvalidDataException>(() => Taxonomy.Parse(Encoding.UTF8.GetBytes(broken)));
        Assert.Contains("bad pattern", e.Message);
    }
}
