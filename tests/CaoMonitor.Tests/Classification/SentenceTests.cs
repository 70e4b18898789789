using CaoMonitor.Classification;

namespace CaoMonitor.Tests.Classification;

/// <summary>Sentence splitting respects amounts, abbreviations and list items (issue 16).</summary>
public class SentenceTests
{
    private static List<string> Split(string text)
    {
        var s = Sentences.Split(text);
        return Enumerable.Range(0, s.Count).Select(i => { var (a, b) = s.Bounds(i); return text[a..Math.Min(b, text.Length)].Trim(); }).ToList();
    }

    [Theory]
    [InlineData("De werknemer ontvangt een ontwikkelbudget van € 1.000,- per jaar. Het budget vervalt niet.")]
    [InlineData("Het budget bedraagt 1.500,00 euro. Het budget vervalt niet.")]
    [InlineData("Dit geldt o.a. voor scholing en m.b.t. loopbaanadvies. Het budget vervalt niet.")]
    [InlineData("Zie art. 5 jo. art. 7 van deze cao. Het budget vervalt niet.")]
    [InlineData("Dit geldt voor de schalen 1 t/m 5 en bijv. ook voor leerlingen. Het budget vervalt niet.")]
    public void AmountsAndAbbreviationsDoNotEndASentence(string text)
    {
        var parts = Split(text);
        Assert.Equal(2, parts.Count);
        Assert.Equal("Het budget vervalt niet.", parts[1]);
    }

    [Fact]
    public void ListItemsAreSentencesOfTheirOwn()
    {
        var parts = Split("De werkgever vergoedt:\na. het lesgeld;\nb. de boeken.");
        Assert.Equal(["De werkgever vergoedt:", "a. het lesgeld;", "b. de boeken."], parts);
    }

    [Fact]
    public void EvidenceIsTheWholeSentence()
    {
        var text = "Het budget bedraagt € 1.250,- per jaar. De werknemer mag het budget o.a. besteden aan een opleiding naar keuze.";
        int at = text.IndexOf("opleiding", StringComparison.Ordinal);
        var (from, to) = Sentences.Around(text, at, at + 9);
        Assert.Equal("De werknemer mag het budget o.a. besteden aan een opleiding naar keuze.", text[from..to]);
    }
}
