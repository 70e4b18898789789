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
        Assert.Equal("De werknemer\nheeft recht op een ontwikkelbudget.\n", t);
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
        Assert.Contains("het zorg-akkoord\ngeldt", t);
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
        Assert.Contains("€ 1.500,-\nper jaar", t);
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
        Assert.Contains("De werknemer heeft\nrecht op scholing.", n.Text);
        Assert.Equal(n.Text.Length, n.Pages[^1].End);
    }

    [Fact]
    public void DetachedListNumbersAreJoinedWithTheirText()
    {
        var t = N("Artikel 8 Mobiliteit\n1.\n\nPartijen onderzoeken een centrum.\n\n2.\n\nEen werkgroep adviseert.\n").Text;
        Assert.Equal("Artikel 8 Mobiliteit\n1. Partijen onderzoeken een centrum.\n\n2. Een werkgroep adviseert.\n", t);
    }
}
