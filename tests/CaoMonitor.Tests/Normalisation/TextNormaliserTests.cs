using CaoMonitor.Extraction;
using CaoMonitor.Normalisation;

namespace CaoMonitor.Tests.Normalisation;

public class TextNormaliserTests
{
    private static NormalisedText N(params string[] pages) =>
        TextNormaliser.Normalise(pages.Select((t, i) => new ExtractedPage(i + 1, t, false)).ToList());

    [Fact]
    public void JoinsWordsHyphenatedAtLineEnds()
    {
        var t = N("De werk-\nnemer heeft recht op een ontwikkel-\nbudget.\n").Text;
        Assert.Equal("De werknemer heeft recht op een ontwikkelbudget.\n", t); // and the sentence's lines are one again
    }

    [Theory]
    [InlineData("een van-werk-\nnaar-werktraject", "van-werk-naar-werktraject")]
    [InlineData("bijdrage aan het O&O-\nfonds", "O&O-fonds")]
    [InlineData("de loon-\nen salarisadministratie", "loon-en")]
    [InlineData("het ICT-\nSysteem", "ICT-Systeem")]
    public void KeepsRealHyphens(string input, string expected)
    {
        var text = N(input).Text;
        Assert.Contains(expected, text.Replace("\n", ""));
    }

    [Fact]
    public void KeepsHyphenWhereTheDocumentWritesTheWordHyphenated()
    {
        var t = N("het zorg-\nakkoord geldt\nhet zorg-akkoord is getekend\n").Text;
        Assert.Contains("het zorg-akkoord geldt", t);
    }

    [Fact]
    public void SoftHyphenMarksAHyphenationPointAndIsOtherwiseInvisible()
    {
        var t = N("scho\u00ADlings\u00AD\nbudget van\n").Text;
        Assert.Contains("scholingsbudget", t);
        Assert.DoesNotContain('\u00AD', t); // the char overload: culture-aware string search ignores soft hyphens
    }

    [Fact]
    public void RemovesRunningHeadersFootersAndPageNumbers()
    {
        string Page(int n, string body) => $"Cao Fictief 2025-2026\n\n{body}\n\nPagina {n} van 5\n";
        var t = N(Page(1, "Eerste tekst."), Page(2, "Tweede tekst."), Page(3, "Derde tekst."), Page(4, "Vierde tekst."), Page(5, "Vijfde - 5 -")).Text;
        Assert.DoesNotContain("Cao Fictief", t);
        Assert.DoesNotContain("Pagina", t);
        Assert.Contains("Eerste tekst.", t);
        Assert.Contains("Vijfde - 5 -", t);
    }

    [Fact]
    public void PageNumbersGluedToTheFirstOrLastLineOfAPageGo()
    {
        // Printed numbers run two ahead of the PDF's pages (a cover and a contents page come first).
        var t = N("Cao voor de fictieve branche\n3 januari 2025 tot en met 31 december 2026\n",
                  "Inhoud volgt hierna.\n",
                  "5 Hoofdstuk 1 Algemeen\nArtikel 1 Begrippen\nWerknemer: ieder die in dienst is.\n",
                  "Artikel 2 Looptijd\nDe cao loopt twee jaar.\n6 3. De werkgever meldt dit aan.\n",
                  "- 7 - REGLEMENT OPLEIDINGSFONDS\nArtikel 1\nHet fonds betaalt opleidingen.\n",
                  "8Bijlage 2 Loontabel\nDe lonen staan hieronder.\n",
                  "12 werknemers krijgen een gesprek.\n").Text;
        Assert.Contains("\nHoofdstuk 1 Algemeen\n", "\n" + t);
        Assert.Contains("\n3. De werkgever meldt dit aan.\n", t);
        Assert.Contains("\nREGLEMENT OPLEIDINGSFONDS\n", t);
        Assert.Contains("\nBijlage 2 Loontabel\n", t);
        Assert.Contains("12 werknemers krijgen", t); // 12 is not page 7's printed number (9)
        Assert.StartsWith("Cao voor de fictieve branche\n3 januari 2025 tot en met", t); // a date is no page number, though 3 is page 1's printed number
    }

    [Fact]
    public void BarePageNumbersGoEvenOnShortDocuments()
    {
        var t = N("Tekst een.\n- 1 -\n", "Tekst twee.\n2\n").Text;
        Assert.Equal("Tekst een.\nTekst twee.\n", t);
    }

    [Fact]
    public void UnicodeCleanUp()
    {
        var t = N("coo\u0308peratie \uFB01nanciering\u00A0€\u00A01.500,- cao\u2019s\u200B\n").Text;
        Assert.Equal("coöperatie financiering € 1.500,- cao's\n", t);
        Assert.True(t.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void AmountsAtLineEndsStayIntact()
    {
        var t = N("een budget van € 1.500,-\nper jaar en € 750,-\n").Text;
        Assert.Contains("€ 1.500,- per jaar", t);
        Assert.Contains("€ 750,-", t);
    }

    [Fact]
    public void PagesMapOffsetsAndAParagraphFlowsAcrossAPageBreak()
    {
        var n = N("Kop\n\nArtikel 1 Scholing\nDe werknemer heeft\n\nPagina 1\n", "Kop\n\nrecht op scholing.\n\nPagina 2\n", "Kop\nEinde.\n");
        Assert.Equal(3, n.Pages.Count);
        var at = n.Text.IndexOf("recht op", StringComparison.Ordinal);
        Assert.Equal(2, n.PageAt(at));
        Assert.Equal(1, n.PageAt(n.Text.IndexOf("Artikel", StringComparison.Ordinal)));
        Assert.Contains("De werknemer heeft recht op scholing.", n.Text);
        Assert.Equal(n.Text.Length, n.Pages[^1].End);
    }

    [Fact]
    public void DetachedListNumbersAreJoinedWithTheirText()
    {
        var t = N("Artikel 8 Mobiliteit\n1.\n\nPartijen onderzoeken een centrum.\n\n2.\n\nEen werkgroep adviseert.\n").Text;
        Assert.Equal("Artikel 8 Mobiliteit\n1. Partijen onderzoeken een centrum.\n\n2. Een werkgroep adviseert.\n", t);
    }

    [Fact]
    public void JoinsLineAndPageBreaksInsideASentence()
    {
        var t = N("1. De werkgever stelt jaarlijks een persoonlijk budget beschikbaar voor\n\nscholing en loopbaanadvies van de\n",
                  "werknemer.\n2. Het budget vervalt niet.\n").Text;
        Assert.Contains("1. De werkgever stelt jaarlijks een persoonlijk budget beschikbaar voor scholing en loopbaanadvies van de werknemer.\n2. Het budget", t);
    }

    [Theory]
    [InlineData("Artikel 5 Scholing\nDe werkgever betaalt de kosten.\n")]
    [InlineData("De werkgever vergoedt:\na. het lesgeld;\nb. de boeken.\n")]
    [InlineData("De werkgever vergoedt de kosten van\n- het lesgeld;\n- de boeken.\n")]
    [InlineData("Schaal A 2.345,67 2.401,12\nSchaal B 2.455,00 2.510,30\n")]
    [InlineData("Van-werk-naar-werktraject\n1. De werknemer heeft recht op een traject.\n")]
    [InlineData("Collectieve arbeidsovereenkomst voor de Fictieve Proefsector\n1 januari 2025 tot en met 31 december 2026\n")]
    public void KeepsHeadingsListItemsAndTableRowsOnTheirOwnLines(string input)
    {
        Assert.Equal(input, N(input).Text);
    }

    [Fact]
    public void JoinsAWrappedQuestionTitle()
    {
        var t = N("Artikel 43 Hoeveel krijgt de werknemer\nbetaald voor verschoven uren?\nDe werknemer krijgt een toeslag.\n").Text;
        Assert.StartsWith("Artikel 43 Hoeveel krijgt de werknemer betaald voor verschoven uren?\nDe werknemer", t);
    }

    [Fact]
    public void RemovesARunningHeaderGluedToThePagesFirstLine()
    {
        string Page(int n, string body) => $"Cao Fictieve Bouw 202 4, versie 3 december (def)   {n} {body}\nNog een zin op pagina {n}.\n";
        var t = N(Page(1, "1.1 Intredekeuring"), Page(2, "1.2 Proeftijd"), Page(3, "1.3 Opzegging"), Page(4, "1.4 Getuigschrift")).Text;
        Assert.DoesNotContain("Fictieve Bouw", t);
        Assert.Contains("1.3 Opzegging\n", t);
    }

    [Fact]
    public void ReadsLetterSpacedHeadings()
    {
        Assert.StartsWith("HOOFDSTUK 4", N("H O O F D S T U K 4\nArbeidsduur\n").Text);
    }

    [Fact]
    public void ANumberedParagraphThatRunsOnIsOneSentence()
    {
        // Looks like a decimal heading ("9.1 De ..."), but the line is long and stops on "door".
        var t = N("9.1 De werknemer wordt, voor zover de pensioenregeling voor hem geldt, door\nde werkgever aangemeld bij het fictieve pensioenfonds.\n").Text;
        Assert.Equal("9.1 De werknemer wordt, voor zover de pensioenregeling voor hem geldt, door de werkgever aangemeld bij het fictieve pensioenfonds.\n", t);
    }

    [Fact]
    public void AReferenceInLowerCaseAtALineStartContinuesTheSentence()
    {
        var t = N("De toeslag geldt ook voor uren die buiten het rooster vallen zoals bedoeld in\nartikel 5.4 van deze cao.\n\nArtikel 6 Scholing\nDe werkgever maakt een opleidingsplan.\n").Text;
        Assert.Contains("zoals bedoeld in artikel 5.4 van deze cao.", t);
        Assert.Contains("\nArtikel 6 Scholing\n", t); // a capitalised heading keeps its own line
    }

    [Fact]
    public void AShortHeadingIsNotJoinedWithALowerCaseDefinitionBelowIt()
    {
        var t = N("Artikel 1 Begrippen\nwerkgever: de fictieve onderneming die deze cao sluit;\n").Text;
        Assert.StartsWith("Artikel 1 Begrippen\n", t);
    }
}
