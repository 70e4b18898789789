using CaoMonitor.Analysis;

namespace CaoMonitor.Tests.Analysis;

public class DecompoundTests
{
    private static string[] Split(CompoundDictionary d, string word) =>
        d.TrySplit(word, out var parts) ? parts.Select(p => word.Substring(p.Start, p.Length)).ToArray() : [];

    [Theory]
    [InlineData("scholingsbudget", "scholing", "budget")]
    [InlineData("ontwikkelbudget", "ontwikkel", "budget")]
    [InlineData("loopbaanbegeleiding", "loopbaan", "begeleiding")]
    [InlineData("werkgeversbijdrage", "werkgever", "bijdrage")]
    [InlineData("opleidingsfonds", "opleiding", "fonds")]
    [InlineData("ontwikkelingsbudget", "ontwikkeling", "budget")]
    [InlineData("ontwikkelbudgetten", "ontwikkel", "budgetten")]
    [InlineData("opleidingsplannen", "opleiding", "plannen")]
    [InlineData("scholingsregelingen", "scholing", "regelingen")]
    [InlineData("werkgeversorganisaties", "werkgever", "organisaties")]
    [InlineData("leerrekening", "leer", "rekening")]
    public void SplitsDomainCompounds(string word, string first, string second) =>
        Assert.Equal([first, second], Split(CompoundDictionary.Default, word));

    [Fact]
    public void SplitsIntoMoreThanTwoParts() =>
        Assert.Equal(["leer", "werk", "plek"], Split(CompoundDictionary.Default, "leerwerkplek"));

    [Theory]
    [InlineData("werknemer")]    // protected: werk + nemer is silly
    [InlineData("werkgever")]
    [InlineData("bestuur")]      // protected: best + uur
    [InlineData("vakantie")]     // protected; vak is a known part
    [InlineData("budget")]       // known word, no second part
    [InlineData("werkomgeving")] // omgeving is not in the curated list: unknown parts are never guessed
    [InlineData("planning")]     // plan + "ning": ning is not a word
    [InlineData("werken")]       // too short for two parts
    [InlineData("o&o-fonds")]    // not letters only: the tokenizer already split it
    public void RejectsSillyOrUnknownSplits(string word) =>
        Assert.Empty(Split(CompoundDictionary.Default, word));

    [Fact]
    public void ShortPartsAreNeverUsed()
    {
        var d = new CompoundDictionary { MinPartLength = 4 };
        d.Add("uur");
        d.Add("best");
        d.Add("loon");
        d.Add("som");
        Assert.Empty(Split(d, "bestuur"));
        Assert.Empty(Split(d, "loonsom"));
    }

    [Fact]
    public void CorpusFrequenciesBuildTheDictionaryAndKeepFrequentWholeWordsWhole()
    {
        var docs = new[]
        {
            "De werknemer en de werkgever. Het werk is zwaar. Werk werk werk.",
            "Elke werknemer heeft een budget. Het budget is groot. Het werknemersbudget.",
            "De werknemer, de werknemer, de werknemer. Een nemer? Nemer.",
        };
        var d = new CompoundDictionary();
        d.AddCorpus(docs, minFrequency: 2);
        Assert.True(d.Contains("werk"));
        Assert.True(d.Contains("budget"));
        Assert.False(d.Contains("een")); // stop word
        Assert.False(d.Contains("werknemersbudget")); // seen once
        // werk (4x) and nemer (2x) are known, but werknemer (5x) is more frequent than its parts' mean.
        Assert.Empty(Split(d, "werknemer"));
        Assert.Equal(["werknemer", "budget"], Split(d, "werknemersbudget"));
    }

    [Fact]
    public void CountWordsAndAddFrequencies()
    {
        var counts = CompoundDictionary.CountWords(["Scholing scholing SCHOLING budget", "coöperatie"]);
        Assert.Equal(3, counts["scholing"]);
        Assert.Equal(1, counts["cooperatie"]);
        var d = new CompoundDictionary();
        d.AddFrequencies(counts, minFrequency: 1);
        d.Add("sector");
        Assert.Equal(["scholing", "budget"], Split(d, "scholingsbudget"));
        Assert.Equal(["sector", "cooperatie"], Split(d, "sectorcooperatie"));
    }

    [Fact]
    public void CuratedFormatAndRoundTrip()
    {
        var d = new CompoundDictionary();
        d.AddCurated(new StringReader("# c\nloon\ngeld 5\n!loongeld\n"));
        Assert.Equal(5, d.Frequency("geld"));
        Assert.True(d.IsProtected("loongeld"));
        Assert.Empty(Split(d, "loongeld"));
        var w = new StringWriter();
        d.WriteTo(w);
        var copy = new CompoundDictionary();
        copy.AddCurated(new StringReader(w.ToString()));
        Assert.Equal(d.Count, copy.Count);
        Assert.True(copy.IsProtected("loongeld"));
    }

    [Fact]
    public void FilterEmitsPartsAtTheSamePositionAsExpansionsWithOffsets()
    {
        const string text = "een scholingsbudget voor iedereen";
        var tokens = DutchAnalyzer.ForIndex().Analyze(text).ToList();
        Assert.Equal(["scholingsbudget", "scholing", "budget", "iederen"], tokens.Select(t => t.Term));
        var whole = tokens[0];
        Assert.False(whole.IsExpansion);
        foreach (var part in tokens.Skip(1).Take(2))
        {
            Assert.True(part.IsExpansion);
            Assert.Equal(whole.Position, part.Position);
            Assert.Equal(part.Term, text[part.Start..part.End]);
        }
        Assert.Equal(3, tokens[3].Position);
    }
}
