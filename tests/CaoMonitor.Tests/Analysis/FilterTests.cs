using CaoMonitor.Analysis;

namespace CaoMonitor.Tests.Analysis;

public class FilterTests
{
    private static List<Token> Tok(string text) => new Tokenizer().Tokenize(text).ToList();

    [Fact]
    public void LowerCase() =>
        Assert.Equal(["de", "werkgever", "o&o-fonds", "o&o", "fonds"],
            new LowerCaseFilter().Apply(Tok("De WERKGEVER O&O-Fonds")).Select(t => t.Term));

    [Theory]
    [InlineData("coöperatie", "cooperatie")]
    [InlineData("ideeën", "ideeen")]
    [InlineData("één", "een")]
    [InlineData("Café", "Cafe")]
    [InlineData("werkgever", "werkgever")]
    [InlineData("co\u0308peratie", "coperatie")]
    public void DiacriticFolding(string input, string expected)
    {
        Assert.Equal(expected, DiacriticFoldingFilter.Fold(input));
        var t = Assert.Single(new DiacriticFoldingFilter().Apply([new Token(input, 0, input.Length, 0)]));
        Assert.Equal(expected, t.Term);
        Assert.Equal(input.Length, t.End); // offsets stay on the original text
    }

    [Fact]
    public void StopListHas101Words() => Assert.Equal(101, StopFilter.DutchStopWords.Count);

    [Fact]
    public void StopFilterDropsStopWordsButKeepsPositions()
    {
        var tokens = new StopFilter().Apply(Tok("de werknemer heeft recht op een budget")).ToList();
        Assert.Equal(["werknemer", "recht", "budget"], tokens.Select(t => t.Term));
        Assert.Equal([1, 3, 6], tokens.Select(t => t.Position));
    }

    [Fact]
    public void StopFilterLeavesNonWordsAlone()
    {
        var tokens = new StopFilter(["1500"]).Apply(Tok("1.500 werknemers")).ToList();
        Assert.Equal(["1500", "werknemers"], tokens.Select(t => t.Term));
    }

    [Fact]
    public void StemFilterStemsOnlyWords()
    {
        var tokens = new DutchStemFilter().Apply(new LowerCaseFilter().Apply(Tok("opleidingen art. 4a 1,5% bijv. werkgevers"))).ToList();
        Assert.Equal(["opleid", "art4a", "1,5%", "bijv", "werkgever"], tokens.Select(t => t.Term));
    }

    [Fact]
    public void StemOverrideWinsOverTheStemmer()
    {
        var chain = StemOverrideFilter.Default.Apply(Tok("kind kinderen fiets fondsen fonds scholing school"));
        var stems = new DutchStemFilter().Apply(chain).Select(t => t.Term).ToList();
        Assert.Equal(["kinder", "kinder", "fiets", "fond", "fond", "scholing", "schol"], stems);
    }

    [Fact]
    public void StemOverrideFileFormat()
    {
        var f = StemOverrideFilter.Load(new StringReader("# comment\nfoo  bar\n\nBaz qux # trailing\n"));
        Assert.True(f.TryGetStem("foo", out var s1) && s1 == "bar");
        Assert.True(f.TryGetStem("baz", out var s2) && s2 == "qux");
        Assert.Throws<FormatException>(() => StemOverrideFilter.Load(new StringReader("one two three")));
    }
}
