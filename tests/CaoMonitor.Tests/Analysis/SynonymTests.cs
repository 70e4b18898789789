using CaoMonitor.Analysis;

namespace CaoMonitor.Tests.Analysis;

/// <summary>synonyms.txt through Analysis.Common's SynonymFilter (Solr format), as the index chain applies it.</summary>
public class SynonymTests
{
    private static readonly DutchAnalyzer Index = DutchAnalyzer.ForIndex();

    private static List<Token> Run(string text) => Index.Analyze(text).ToList();

    [Fact]
    public void DefaultFileLoadsTheRequiredGroups()
    {
        foreach (var abbreviation in new[] { "cao", "vwnw", "llo", "evc", "pop", "o&o-fonds" })
            Assert.Contains(Run(abbreviation), t => t.IsExpansion);
    }

    [Fact]
    public void AbbreviationExpandsIntoThePhraseWords()
    {
        const string text = "een VWNW traject";
        var tokens = Run(text);
        var vwnw = tokens.Single(t => t.Term == "vwnw");
        var werk = tokens.Where(t => t.Term == "werk").ToList();
        Assert.NotEmpty(werk);
        Assert.All(werk, w => Assert.True(w.IsExpansion));
        Assert.Equal(vwnw.Position + 1, werk[0].Position);
        Assert.Contains(tokens, t => t.Term == "traject" && !t.IsExpansion);
    }

    [Fact]
    public void PhraseGetsTheAbbreviationAtItsFirstPosition()
    {
        const string text = "afspraken over leven lang ontwikkelen in de sector";
        var tokens = Run(text);
        var llo = tokens.Single(t => t.Term == "llo");
        Assert.True(llo.IsExpansion);
        Assert.Equal(tokens.Single(t => t.Term == "lev").Position, llo.Position);
    }

    [Fact]
    public void ListedInflectionsMatch()
    {
        var tokens = Run("Collectieve Arbeidsovereenkomsten");
        Assert.Contains(tokens, t => t.Term == "cao" && t.IsExpansion && t.Position == 0);
    }

    [Fact]
    public void HyphenatedEntryMatchesTheWholeWordAndExpandsBothWays()
    {
        var fromAbbrev = Run("het O&O-fonds");
        Assert.Contains(fromAbbrev, t => t.Term == "opleidingsfond" && t.IsExpansion);
        var fromWord = Run("het opleidingsfonds");
        Assert.Contains(fromWord, t => t.Term == "o&o-fond" && t.IsExpansion);
    }

    [Fact]
    public void PartialPhraseDoesNotMatch() =>
        Assert.DoesNotContain(Run("leven lang"), t => t.Term == "llo");

    [Fact]
    public void SolrFormatFileLoads()
    {
        var map = DutchAnalyzer.LoadSynonyms(new StringReader("# test\nSTAP, stimulans arbeidsmarktpositie\n"));
        Assert.NotNull(map.Fst);
        var analyzer = DutchAnalyzer.ForIndex(synonyms: map);
        Assert.Contains(analyzer.Analyze("stap"), t => t.Term == "stimulan" && t.IsExpansion);
        Assert.DoesNotContain(analyzer.Analyze("vwnw"), t => t.IsExpansion);
    }

    [Fact]
    public void EachExpansionOnlyOncePerPosition()
    {
        var tokens = Run("vwnw");
        Assert.Equal(tokens.Count, tokens.Select(t => (t.Position, t.Term)).Distinct().Count());
    }
}
