using CaoMonitor.Extraction;
using CaoMonitor.Normalisation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Article headings the PDF printed with a stray space (issue 16, items 3-4): "A RTIKEL 7" behind a running footer and page
/// number glued before it ("A - bepalingen vet gedrukt  76 A RTIKEL 7"). The normaliser joined a split heading word only where
/// it started its line in the extracted text; the footer cut off later left "A RTIKEL 7" at the line start unjoined, so the
/// heading was missed and article 6's last lid ran on over article 7. Fixtures in our own words.
/// </summary>
public class HeadingSpacesTests24
{
    private static string Page(int n, string body) => $"A - bepalingen van de fictieve cao vet gedrukt  {n} {body}\n";

    private static string[] Pages() =>
    [
        Page(40, "ARTIKEL 5\n1. De commissie van geschillen bestaat uit drie leden.\n2. Partijen benoemen elk een lid en samen de voorzitter.\n"),
        Page(41, "ARTIKEL 6\n1. Een geschil wordt schriftelijk bij de secretaris aangemeld.\n2. De voorzitter kan partijen oproepen om een minnelijke regeling te beproeven.\n"),
        Page(42, "A RTIKEL 7\n1. Slaagt de minnelijke regeling niet, dan hoort de commissie beide partijen.\n2. De commissie doet binnen zes weken uitspraak.\n"),
        Page(43, "A RTIKEL 8\n1. De uitspraak van de commissie is bindend voor beide partijen.\n2. De kosten van de commissie draagt het fonds.\n"),
    ];

    [Fact]
    public void ASplitHeadingWordBehindAGluedFooterIsJoined()
    {
        var t = TextNormaliser.Normalise(Pages().Select((p, i) => new ExtractedPage(i + 1, p, false)).ToList()).Text;
        Assert.DoesNotContain("vet gedrukt", t);
        Assert.Contains("\nARTIKEL 7\n", t);
        Assert.Contains("\nARTIKEL 8\n", t);
        Assert.DoesNotContain("A RTIKEL", t);
    }

    [Fact]
    public void TheArticleBehindTheFooterOpensItsOwnClause()
    {
        var cs = Seg(Pages());
        Assert.Equal("Art. 7 > lid 1", Leaf(cs, "hoort de commissie beide partijen").Path);
        Assert.Equal("Art. 8 > lid 1", Leaf(cs, "is bindend voor beide partijen").Path);
        Assert.DoesNotContain("commissie", Leaf(cs, "minnelijke regeling te beproeven").Text.Replace("De voorzitter kan partijen oproepen om een minnelijke regeling te beproeven.", ""));
    }

    [Fact]
    public void ASplitWordThatIsNoHeadingStaysApart()
    {
        // "A rtikel" only before a number: a list letter before another word is no heading.
        var t = TextNormaliser.Normalise(Pages().Append(Page(44, "ARTIKEL 9\nA regeling volgt nog.\n")).Select((p, i) => new ExtractedPage(i + 1, p, false)).ToList()).Text;
        Assert.Contains("A regeling volgt nog.", t);
    }

    [Fact]
    public void ALetterSuffixPrintedApartOnABareHeadingLineBelongsToTheNumber()
    {
        // "Artikel 18 a" alone on its line, its title on the next: article 18a, not a sub-heading of article 18.
        var cs = Seg("""
            Artikel 18 Toeslagen
            1. De werknemer met een vakdiploma ontvangt een toeslag van 2% op zijn loon.
            2. De toeslag vervalt bij het einde van het dienstverband.

            Artikel 18 a

            Eenmalige uitkering

            1. De werknemer die op 1 maart in dienst is, ontvangt in juni een eenmalige uitkering van 300 euro bruto.
            2. Een deeltijdwerker ontvangt de uitkering naar rato van zijn arbeidsduur.

            Artikel 19 Slotbepaling
            1. Deze cao treedt in werking op 1 januari.
            """);
        Assert.Equal("Art. 18a > lid 1", Leaf(cs, "eenmalige uitkering van 300 euro").Path);
    }
}
