using CaoMonitor.Analysis;

namespace CaoMonitor.Tests.Analysis;

public class SynonymTests
{
    private static List<Token> Run(string text, SynonymMap? map = null) =>
        new SynonymFilter(map).Apply(new DiacriticFoldingFilter().Apply(new LowerCaseFilter().Apply(new Tokenizer().Tokenize(text)))).ToList();

    [Fact]
    public void DefaultFileLoadsTheRequiredGroups()
    {
        Assert.True(SynonymMap.Default.GroupCount >= 6);
        foreach (var abbreviation in new[] { "cao", "vwnw", "llo", "evc", "pop", "o&o-fonds" })
            Assert.Contains(Run(abbreviation), t => t.IsExpansion);
    }

    [Fact]
    public void AbbreviationExpandsIntoThePhraseWordsAtItsOwnPosition()
    {
        const string text = "een VWNW traject";
        var tokens = Run(text);
        var vwnw = tokens.Single(t => t.Term == "vwnw");
        var expansions = tokens.Where(t => t.IsExpansion).ToList();
        Assert.Equal(["van", "werk", "naar"], expansions.Select(t => t.Term));
        Assert.All(expansions, e => Assert.Equal((vwnw.Position, vwnw.Start, vwnw.End), (e.Position, e.Start, e.End)));
        Assert.Equal(2, tokens.Single(t => t.Term == "traject").Position);
    }

    [Fact]
    public void PhraseGetsTheAbbreviationAtItsFirstPositionSpanningThePhrase()
    {
        const string text = "afspraken over leven lang ontwikkelen in de sector";
        var tokens = Run(text);
        var llo = tokens.Single(t => t.Term == "llo");
        Assert.True(llo.IsExpansion);
        Assert.Equal(tokens.Single(t => t.Term == "leven").Position, llo.Position);
        Assert.Equal("leven lang ontwikkelen", text[llo.Start..llo.End]);
    }

    [Fact]
    public void PhraseMatchesInflectedWords()
    {
        var tokens = Run("Collectieve Arbeidsovereenkomsten");
        Assert.Contains(tokens, t => t.Term == "cao" && t.IsExpansion && t.Position == 0);
    }

    [Fact]
    public void PhraseMatchesAcrossHyphenParts()
    {
        var tokens = Run("het van-werk-naar-werktraject");
        Assert.DoesNotContain(tokens, t => t.Term == "vwnw"); // last part is werktraject, not werk
        tokens = Run("het van-werk-naar-werk-traject");
        var vwnw = Assert.Single(tokens, t => t.Term == "vwnw");
        Assert.Equal(1, vwnw.Position);
    }

    [Fact]
    public void HyphenatedEntryMatchesTheWholeWordAndExpandsBothWays()
    {
        var fromAbbrev = Run("het O&O-fonds");
        Assert.Contains(fromAbbrev, t => t.Term == "opleidingsfonds" && t.IsExpansion && t.Position == 1);
        var fromWord = Run("het opleidingsfonds");
        Assert.Equal(["o&o-fonds", "o&o", "fonds", "opleidings", "en", "ontwikkelingsfonds"],
            fromWord.Where(t => t.IsExpansion).Select(t => t.Term));
    }

    [Fact]
    public void PartialPhraseDoesNotMatch() =>
        Assert.DoesNotContain(Run("leven lang"), t => t.IsExpansion);

    [Fact]
    public void CustomMapAndFileFormat()
    {
        var map = SynonymMap.Load(new StringReader("# test\nSTAP, stimulans arbeidsmarktpositie\n"));
        Assert.Equal(1, map.GroupCount);
        Assert.Equal(["stimulans", "arbeidsmarktpositie"], Run("stap", map).Where(t => t.IsExpansion).Select(t => t.Term));
        Assert.Throws<FormatException>(() => SynonymMap.Load(new StringReader("alleen\n")));
    }

    [Fact]
    public void EachExpansionOnlyOncePerPosition()
    {
        var tokens = Run("vwnw");
        Assert.Single(tokens, t => t.Term == "werk");
    }
}
