using CaoMonitor.Analysis;

namespace CaoMonitor.Tests.Analysis;

/// <summary>The library filters of the chain (LowerCase, ASCIIFolding, Stop, StemmerOverride, Snowball) on our tokens.</summary>
public class FilterTests
{
    private static readonly DutchAnalyzer Query = DutchAnalyzer.ForQuery();

    private static List<string> Terms(string text) => Query.Analyze(text).Select(t => t.Term).ToList();

    [Fact]
    public void LowerCase() =>
        Assert.Equal(["werkgever", "o&o-fond", "o&o", "fond"], Terms("De WERKGEVER O&O-Fonds"));

    [Theory]
    [InlineData("coöperatie", "cooperatie")]
    [InlineData("ideeën", "ideeen")]
    [InlineData("reünie", "reunie")]
    [InlineData("Café", "cafe")]
    [InlineData("werkgever", "werkgever")]
    public void DiacriticFolding(string input, string expected)
    {
        Assert.Equal(expected, DutchAnalyzer.Fold(input));
        var t = Assert.Single(DutchAnalyzer.ForOriginals().Analyze("x " + input).Skip(1));
        Assert.Equal(2 + input.Length, t.End); // offsets stay on the original text
    }

    [Fact]
    public void StopSetIsDutchAnalyzersPlusOurs()
    {
        Assert.Equal(101, Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet.Count);
        foreach (var w in Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet) Assert.True(DutchAnalyzer.StopWords.Contains(w.ToString()!));
        foreach (var w in DutchAnalyzer.CaoStopWords) Assert.True(DutchAnalyzer.StopWords.Contains(w));
    }

    [Fact]
    public void StopFilterDropsStopWordsButKeepsPositions()
    {
        var tokens = Query.Analyze("de werknemer heeft recht op een budget");
        Assert.Equal(["werknemer", "recht", "budget"], tokens.Select(t => t.Term));
        Assert.Equal([1, 3, 6], tokens.Select(t => t.Position));
    }

    [Fact]
    public void StemmerStemsOnlyWords() =>
        Assert.Equal(["opleid", "art4a", "1,5%", "bijv", "werkgever"], Terms("opleidingen art. 4a 1,5% bijv. werkgevers"));

    [Fact]
    public void StemOverrideWinsOverTheStemmer() =>
        Assert.Equal(["kinder", "kinder", "fiets", "fond", "fond", "scholing", "schol"], Terms("kind kinderen fiets fondsen fonds scholing school"));

    [Fact]
    public void StemOverrideFileFormat()
    {
        var map = DutchAnalyzer.LoadOverrides(new StringReader("# comment\nfoo  bar\n\nBaz qux # trailing\n"));
        Assert.NotNull(map);
        Assert.Throws<FormatException>(() => DutchAnalyzer.LoadOverrides(new StringReader("one two three")));
    }
}
