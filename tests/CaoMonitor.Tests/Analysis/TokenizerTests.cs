using System.Text;
using CaoMonitor.Analysis;

namespace CaoMonitor.Tests.Analysis;

public class TokenizerTests
{
    private static List<Token> Tok(string text) => new Tokenizer().Tokenize(text).ToList();

    private static Token Single(string text)
    {
        var originals = Tok(text).Where(t => !t.IsExpansion).ToList();
        Assert.Single(originals);
        return originals[0];
    }

    [Fact]
    public void OffsetsPointIntoTheOriginalText()
    {
        const string text = "De  Werkgever betaalt € 1.500,- per jaar (art. 5.3), o.a. voor cao's.";
        foreach (var t in Tok(text))
        {
            Assert.InRange(t.Start, 0, text.Length);
            Assert.InRange(t.End, t.Start + 1, text.Length);
        }
        var words = Tok(text);
        Assert.Equal("Werkgever", text[words[1].Start..words[1].End]);
        var amount = words.Single(t => t.Type == TokenType.Amount);
        Assert.Equal("€ 1.500,-", text[amount.Start..amount.End]);
        var art = words.Single(t => t.Type == TokenType.ArticleReference);
        Assert.Equal("art. 5.3", text[art.Start..art.End]);
        var cao = words.Single(t => t.Term == "cao");
        Assert.Equal("cao's", text[cao.Start..cao.End]);
    }

    [Fact]
    public void PositionsIncreaseByOnePerWord()
    {
        var tokens = Tok("de werkgever betaalt");
        Assert.Equal([0, 1, 2], tokens.Select(t => t.Position));
        Assert.All(tokens, t => Assert.False(t.IsExpansion));
    }

    [Theory]
    [InlineData("€ 1.500,-", "eur1500")]
    [InlineData("€1500", "eur1500")]
    [InlineData("EUR 500", "eur500")]
    [InlineData("€ 1.500,00", "eur1500")]
    [InlineData("€ 2.500,50", "eur2500,50")]
    [InlineData("1.500 euro", "eur1500")]
    [InlineData("1.500,-", "eur1500")]
    public void Amounts(string text, string term)
    {
        var t = Single(text);
        Assert.Equal(TokenType.Amount, t.Type);
        Assert.Equal(term, t.Term);
        Assert.Equal((0, text.Length), (t.Start, t.End));
    }

    [Theory]
    [InlineData("1,5%", "1,5%")]
    [InlineData("1,5 %", "1,5%")]
    [InlineData("2 procent", "2%")]
    public void Percentages(string text, string term)
    {
        var t = Single(text);
        Assert.Equal(TokenType.Percentage, t.Type);
        Assert.Equal(term, t.Term);
        Assert.Equal(text.Length, t.End);
    }

    [Theory]
    [InlineData("art. 5.3", "art5.3")]
    [InlineData("Art.5.3", "art5.3")]
    [InlineData("artikel 4a", "art4a")]
    [InlineData("Artikel 12", "art12")]
    [InlineData("artikel 5.3.1", "art5.3.1")]
    [InlineData("§ 3", "par3")]
    public void ArticleReferences(string text, string term)
    {
        var t = Single(text);
        Assert.Equal(TokenType.ArticleReference, t.Type);
        Assert.Equal(term, t.Term);
        Assert.Equal((0, text.Length), (t.Start, t.End));
    }

    [Fact]
    public void ArticleHeadingEndsBeforeTheFullStop()
    {
        var tokens = Tok("Artikel 12. Looptijd");
        Assert.Equal("art12", tokens[0].Term);
        Assert.Equal("Looptijd", tokens[1].Term);
    }

    [Fact]
    public void ArtikelWithoutNumberIsAWord() =>
        Assert.Equal(["in", "dit", "artikel", "staat"], Tok("in dit artikel staat").Select(t => t.Term));

    [Theory]
    [InlineData("1 januari 2025", "2025-01-01")]
    [InlineData("31 december 2026", "2026-12-31")]
    [InlineData("01-01-2025", "2025-01-01")]
    [InlineData("1-7-2025", "2025-07-01")]
    [InlineData("15/03/2024", "2024-03-15")]
    public void Dates(string text, string term)
    {
        var t = Single(text);
        Assert.Equal(TokenType.Date, t.Type);
        Assert.Equal(term, t.Term);
        Assert.Equal((0, text.Length), (t.Start, t.End));
    }

    [Fact]
    public void SpelledDateKeepsItsWordsAsExpansionsAndAdvancesPositions()
    {
        var tokens = Tok("per 1 januari 2025 geldt");
        var date = tokens.Single(t => t.Type == TokenType.Date);
        Assert.Equal(1, date.Position);
        var month = tokens.Single(t => t.Term == "januari");
        Assert.True(month.IsExpansion);
        Assert.Equal(2, month.Position);
        Assert.Contains(tokens, t => t.Term == "2025" && t.IsExpansion && t.Position == 3);
        Assert.Equal(4, tokens.Single(t => t.Term == "geldt").Position);
    }

    [Fact]
    public void InvalidDateIsNotADate() =>
        Assert.DoesNotContain(Tok("31-02-2025 en 5 maart"), t => t.Type == TokenType.Date);

    [Theory]
    [InlineData("o.a.", "oa")]
    [InlineData("m.b.t.", "mbt")]
    [InlineData("i.v.m.", "ivm")]
    [InlineData("t/m", "tm")]
    [InlineData("bijv.", "bijv")]
    [InlineData("Bijv.", "bijv")]
    [InlineData("d.w.z.", "dwz")]
    public void Abbreviations(string text, string term)
    {
        var t = Single(text);
        Assert.Equal(TokenType.Abbreviation, t.Type);
        Assert.Equal(term, t.Term);
        Assert.Equal((0, text.Length), (t.Start, t.End));
    }

    [Fact]
    public void SentenceFinalWordIsNotAnAbbreviation()
    {
        var t = Tok("het budget.")[1];
        Assert.Equal(("budget", TokenType.Word), (t.Term, t.Type));
        Assert.Equal(11 - 1, t.End);
    }

    [Theory]
    [InlineData("cao's", "cao")]
    [InlineData("auto's", "auto")]
    [InlineData("zzp'ers", "zzpers")]
    [InlineData("zzp’er", "zzper")]
    public void Apostrophes(string text, string term)
    {
        var t = Single(text);
        Assert.Equal(term, t.Term);
        Assert.Equal((0, text.Length), (t.Start, t.End));
    }

    [Fact]
    public void HyphenatedCompoundEmitsWholeAndParts()
    {
        const string text = "een van-werk-naar-werk traject";
        var tokens = Tok(text);
        var whole = tokens.Single(t => t.Term == "van-werk-naar-werk");
        Assert.False(whole.IsExpansion);
        Assert.Equal(1, whole.Position);
        Assert.Equal("van-werk-naar-werk", text[whole.Start..whole.End]);
        var parts = tokens.Where(t => t.IsExpansion).ToList();
        Assert.Equal(["van", "werk", "naar", "werk"], parts.Select(p => p.Term));
        Assert.Equal([1, 2, 3, 4], parts.Select(p => p.Position));
        Assert.All(parts, p => Assert.Equal(p.Term, text[p.Start..p.End]));
        Assert.Equal(5, tokens.Single(t => t.Term == "traject").Position);
    }

    [Fact]
    public void AmpersandCompound()
    {
        var tokens = Tok("het O&O-fonds");
        Assert.Equal(["het", "O&O-fonds", "O&O", "fonds"], tokens.Select(t => t.Term));
        Assert.Equal([false, false, true, true], tokens.Select(t => t.IsExpansion));
        Assert.Equal(tokens[1].Position, tokens[2].Position);
    }

    [Fact]
    public void TrailingHyphenOfAnEllipticalCompoundIsNotPartOfTheWord()
    {
        const string text = "opleidings- en loopbaanbeleid";
        var tokens = Tok(text);
        Assert.Equal(["opleidings", "en", "loopbaanbeleid"], tokens.Select(t => t.Term));
        Assert.Equal("opleidings", text[tokens[0].Start..tokens[0].End]);
    }

    [Fact]
    public void NumbersKeepDecimalCommaAndDropThousandsDots()
    {
        var tokens = Tok("1.500 en 2,5 en 5.3 en 13e");
        Assert.Equal(["1500", "2,5", "5.3", "13e"], tokens.Where(t => t.Type == TokenType.Number).Select(t => t.Term));
    }

    /// <summary>Fragments and stray punctuation: punctuation alone is no token, trailing punctuation is not part of a word,
    /// an impossible or incomplete date is words and numbers; every offset lies inside the input.</summary>
    [Theory]
    [InlineData("", "")]
    [InlineData("€", "")]
    [InlineData("€ ", "")]
    [InlineData("§", "")]
    [InlineData("-", "")]
    [InlineData("'", "")]
    [InlineData("art.", "art")]
    [InlineData("artikel", "artikel")]
    [InlineData("'s-Hertogenbosch", "s-Hertogenbosch")]
    [InlineData("a.", "a")]
    [InlineData("o.a", "o|a")]
    [InlineData("--a--", "a")]
    [InlineData("1,", "1")]
    [InlineData("1.", "1")]
    [InlineData("t/", "t")]
    [InlineData("€ 1.", "€ 1")]
    [InlineData("x&", "x")]
    [InlineData("a'", "a")]
    [InlineData("1 januari", "1|januari")]
    [InlineData("1 januari 20", "1|januari|20")]
    [InlineData("31 februari 2025", "31|februari|2025")]
    public void OddInputGivesOnlyTheWordsInIt(string input, string expected)
    {
        var tokens = Tok(input);
        Assert.All(tokens, t => Assert.True(0 <= t.Start && t.Start < t.End && t.End <= input.Length, $"{t.Term} at {t.Start}..{t.End}"));
        Assert.Equal(expected, string.Join('|', tokens.Where(t => !t.IsExpansion).Select(t => input[t.Start..t.End])));
        Assert.DoesNotContain(tokens, t => t.Type == TokenType.Date);
    }

    [Fact]
    public void FiveMegabyteSingleLineTokenizesWithoutExceptions()
    {
        var sb = new StringBuilder(5_300_000);
        const string chunk = "De werkgever stelt o.a. € 1.500,- per jaar (art. 5.3) beschikbaar voor het O&O-fonds en van-werk-naar-werk, t/m 31-12-2026; zzp'ers en cao's 1,5%. ";
        while (sb.Length < 5_000_000) sb.Append(chunk);
        // Pathological tails: a very long letter run and a very long hyphen chain.
        sb.Append(new string('a', 100_000)).Append(' ');
        for (int i = 0; i < 50_000; i++) sb.Append("ab-");
        sb.Append("end");
        var text = sb.ToString();

        long count = 0;
        foreach (var t in new Tokenizer().Tokenize(text))
        {
            count++;
            Assert.True(t.End <= text.Length);
        }
        Assert.True(count > 500_000, $"only {count} tokens");
        TestContext.Current.SendDiagnosticMessage($"5 MB input: {count} tokens");
    }
}
