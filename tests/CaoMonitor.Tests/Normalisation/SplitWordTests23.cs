using CaoMonitor.Extraction;
using CaoMonitor.Normalisation;

namespace CaoMonitor.Tests.Normalisation;

/// <summary>
/// Words the PDF's glyph spacing split by a stray space ("wor den", "sol liciteren", "p assende") are joined again
/// where the document itself writes the joined word; two real words, numbers, amounts and codes stay as they are.
/// Every case fails with the repair switched off (joinSplitWords: false), which the last test checks.
/// </summary>
public class SplitWordTests23
{
    // A small real-style document in our own words: every word that is split somewhere also stands whole elsewhere.
    private const string Vocabulary =
        "De werknemer kan worden vergoed voor de gevolgen van een reorganisatie. Kosten worden vergoed.\n" +
        "De werkgever biedt een passende functie aan; een andere passende functie kan volgen.\n" +
        "De werknemer mag solliciteren naar een functie en solliciteren bij een andere werkgever.\n" +
        "Het recht op scholing geldt. Dit recht vervalt niet. Het recht blijft.\n" +
        "De gevolgen worden beperkt. De gevolgen voor de werknemer zijn klein.\n" +
        "Voordat de werknemer begint, overlegt hij. Voordat hij stopt, meldt hij dit.\n" +
        "De werkgever betaalt tenminste het loon; tenminste een keer per jaar; tenminste twee dagen.\n" +
        "Met ingang van 1 januari; met ingang van 1 juli; de ingang van de regeling; bij ingang.\n" +
        "Het aanbod geldt; het aanbod is schriftelijk; een aanbod van werk.\n" +
        "De tekorten worden aangevuld; tekorten in de kas; de tekorten blijven.\n" +
        "Uitgaven en inkomsten; opeen volgende jaren; opeen gestapeld; opeen.\n" +
        "Het kantoor in Den Haag; den ouden; Den Bosch. Dit kost geld.\n";

    private static string N(string text, bool join = true) =>
        TextNormaliser.Normalise([new ExtractedPage(1, Vocabulary + "\n" + text + "\n", false)], join).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();

    [Theory]
    [InlineData("De kosten zullen wor den vergoed door de werkgever.", "zullen worden vergoed")]
    [InlineData("Bij een reorganisatie worden de gev olgen beperkt.", "de gevolgen beperkt")]
    [InlineData("Hij krijgt een andere p assende functie aangeboden.", "andere passende functie")]
    [InlineData("De werknemer mag sol liciteren op een vacature.", "mag solliciteren op")]
    [InlineData("Hij heeft rech t op een opleiding.", "heeft recht op")]
    [InlineData("Wor den de kosten vergoed, dan meldt hij dit.", "Worden de kosten")]
    public void JoinsAWordSplitByAStraySpace(string input, string expected) => Assert.Contains(expected, N(input));

    [Theory]
    // Two real words of the document stay apart, even where the document also writes them joined ("voordat", "opeen").
    [InlineData("Hij kiest voor dat aanbod en zit op een stoel in de kantine.")]
    // Expressions written apart whose joined form is a word too.
    [InlineData("Hij werkt ten minste een dag; het plan wordt in gang gezet; de scholing komt aan bod.")]
    // "te" before an infinitive, beside "tekorten".
    [InlineData("De werkgever mag het loon niet in te korten.")]
    // A real "en" after a word that stands alone elsewhere ("kost en" beside "kosten"), and list letters ("D en E" beside "den").
    [InlineData("Hij krijgt kost en inwoning, en de groepen D en E blijven.")]
    public void KeepsRealWordPairsApart(string input) => Assert.Equal(input, N(input));

    [Theory]
    [InlineData("Het bedrag is € 1.250, 00 per jaar en 12 ,5% van het loon.")]
    [InlineData("Zie artikel 7 :628 BW en art. 4 a lid 2, code AB 12 en CAO AOW.")]
    [InlineData("Mail naar info@werk gever.nl of zie www.werk gever.nl/recht.")]
    public void LeavesNumbersAmountsAndCodesAlone(string input) => Assert.Equal(input, N(input));

    [Fact]
    public void WithTheRepairOffTheSplitWordsStay()
    {
        Assert.Contains("wor den vergoed", N("De kosten zullen wor den vergoed door de werkgever.", join: false));
        Assert.Contains("sol liciteren", N("De werknemer mag sol liciteren op een vacature.", join: false));
    }

    [Fact]
    public void AWordOnlyTheSplitFormHasStaysSplit()
    {
        // "ontwikkelbudget" stands nowhere whole in the document: no evidence, no join.
        Assert.Contains("ontwikkel budget", N("Hij krijgt een ontwikkel budget van de werkgever."));
    }
}
