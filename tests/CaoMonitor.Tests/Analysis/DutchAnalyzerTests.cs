using CaoMonitor.Analysis;

namespace CaoMonitor.Tests.Analysis;

public class DutchAnalyzerTests
{
    private static readonly DutchAnalyzer Index = DutchAnalyzer.ForIndex();
    private static readonly DutchAnalyzer Query = DutchAnalyzer.ForQuery();

    [Fact]
    public void ChainOffsetsPointToTheOriginalWords()
    {
        const string text = "De Werkgevers storten € 1.500,- in het Scholingsbudget (art. 5.3) van de coöperatie.";
        var tokens = Index.Analyze(text);
        Assert.Equal("Werkgevers", Original(text, tokens, "werkgever"));
        Assert.Equal("€ 1.500,-", Original(text, tokens, "eur1500"));
        Assert.Equal("art. 5.3", Original(text, tokens, "art5.3"));
        Assert.Equal("coöperatie", Original(text, tokens, "cooperatie"));
        Assert.Equal("Scholingsbudget", Original(text, tokens, "scholingsbudget"));
        Assert.Equal("Scholing", Original(text, tokens, "scholing"));
        Assert.Equal("budget", Original(text, tokens, "budget"));
        Assert.DoesNotContain(tokens, t => t.Term is "de" or "in" or "het" or "van");
    }

    private static string Original(string text, IReadOnlyList<Token> tokens, string term)
    {
        var t = tokens.First(x => x.Term == term);
        return text[t.Start..t.End];
    }

    [Fact]
    public void QueryForAPartMatchesAnIndexedCompound()
    {
        var doc = Index.Analyze("ieder jaar een ontwikkelbudget");
        var q = Assert.Single(Query.Analyze("budget"));
        var hit = Assert.Single(doc, t => t.Term == q.Term);
        Assert.True(hit.IsExpansion); // matched through a part: ranks below a whole-word hit
    }

    [Fact]
    public void QueryForTheWholeCompoundMatchesTheOriginalWord()
    {
        var doc = Index.Analyze("ieder jaar een ontwikkelbudget");
        var q = Assert.Single(Query.Analyze("Ontwikkelbudget"));
        Assert.False(q.IsExpansion);
        Assert.Contains(doc, t => t.Term == q.Term && !t.IsExpansion);
    }

    [Fact]
    public void InflectedQueryMatchesInflectedDocument()
    {
        var doc = Index.Analyze("de werkgevers betalen de opleidingen");
        foreach (var q in Query.Analyze("werkgever opleiding"))
            Assert.Contains(doc, t => t.Term == q.Term);
    }

    [Fact]
    public void DiacriticsAreFoldedOnBothSides()
    {
        var doc = Index.Analyze("ideeën over de coöperatie");
        foreach (var q in Query.Analyze("ideeen cooperatie"))
            Assert.Contains(doc, t => t.Term == q.Term);
    }

    [Fact]
    public void StopWordsLeaveGapsInPositions()
    {
        var tokens = Query.Analyze("recht op een budget");
        Assert.Equal([(string)"recht", "budget"], tokens.Select(t => t.Term));
        Assert.Equal([0, 3], tokens.Select(t => t.Position));
    }

    [Fact]
    public void AbbreviationQueryFindsSpelledOutDocumentAndBack()
    {
        var spelled = Index.Analyze("afspraken over van werk naar werk");
        Assert.Contains(spelled, t => t.Term == Query.Analyze("VWNW")[0].Term);
        var abbreviated = Index.Analyze("afspraken over VWNW");
        Assert.Contains(abbreviated, t => t.Term == "werk" && t.IsExpansion);
    }

    [Fact]
    public void IndexExpandsOOFondsBothWays()
    {
        var doc = Index.Analyze("bijdrage aan het O&O-fonds");
        var q = Assert.Single(Query.Analyze("opleidingsfonds"));
        Assert.Contains(doc, t => t.Term == q.Term && t.IsExpansion);
    }

    [Fact]
    public void NoDuplicateTermsAtOnePosition()
    {
        var tokens = Index.Analyze("het opleidingsfonds en het O&O-fonds en VWNW");
        Assert.Equal(tokens.Count, tokens.Select(t => (t.Position, t.Term)).Distinct().Count());
    }

    [Fact]
    public void QueryOptionsCanDecompoundAndExpand()
    {
        var q = DutchAnalyzer.ForQuery(expandSynonyms: true, decompound: true).Analyze("scholingsbudget LLO");
        Assert.Contains(q, t => t.Term == "budget" && t.IsExpansion);
        Assert.Contains(q, t => t.Term == "lev" && t.IsExpansion); // leven, stemmed
    }

    [Theory]
    [InlineData("Opleidingen", "opleid")]
    [InlineData("coöperaties", "cooperaties")]
    [InlineData("kinderen", "kinder")]
    [InlineData("kind", "kinder")]
    [InlineData("fondsen", "fond")]
    [InlineData(" Werkgevers ", "werkgever")]
    public void StemConvenience(string word, string expected) => Assert.Equal(expected, DutchAnalyzer.Stem(word));

    [Fact]
    public void NonWordTokensPassTheWholeChainUnchanged()
    {
        var terms = Index.Analyze("art. 4a, 1 januari 2025, 1,5%, t/m, o.a., EUR 500").Where(t => !t.IsExpansion).Select(t => (t.Term, t.Type)).ToList();
        Assert.Equal(
        [
            ("art4a", TokenType.ArticleReference), ("2025-01-01", TokenType.Date), ("1,5%", TokenType.Percentage),
            ("tm", TokenType.Abbreviation), ("oa", TokenType.Abbreviation), ("eur500", TokenType.Amount),
        ], terms);
    }

    [Fact]
    public void LargeInputThroughTheWholeIndexChain()
    {
        var text = string.Concat(Enumerable.Repeat("De werkgever stelt een scholingsbudget van € 500,- beschikbaar i.v.m. VWNW en het O&O-fonds; cao's gelden t/m 2026. ", 5000));
        var tokens = Index.Analyze(text);
        Assert.True(tokens.Count > 5000 * 15);
        Assert.All(tokens, t => Assert.InRange(t.End, t.Start, text.Length));
    }
}
