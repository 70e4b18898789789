using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors the independent judges found in the real corpora at session 21 (the path census of 2024 and 2022 text, and their kin
/// elsewhere), each in a fixture of our own words with the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests21
{
    /// <summary>Pages of a cao whose running header stands alone at the top and whose footer ("... 7", the page number of the page
    /// before) the extractor glued to the first line of the text under that header.</summary>
    private static string[] FooterGluedUnderHeader(Func<int, string> footer)
    {
        var pages = new List<string>
        {
            """
            Werkversie cao Fictief Vervoer
            Cao Fictief Vervoer 2025-2026
            Hoofdstuk 2 Werktijden
            2.1 Dagelijkse werktijd
            De werktijd ligt tussen zeven uur 's ochtends en zeven uur 's avonds.
            """,
        };
        string[] titles = ["", "", "Vorstverlet", "Reistijd naar de klant", "Wachttijd bij laden en lossen", "Nachtritten", "Rusttijd onderweg", "Pauzes op lange ritten", "Overnachten in de cabine"];
        string[] subjects = ["", "", "vorst", "reistijd", "wachttijd", "nachtwerk", "rust", "pauzes", "overnachten"];
        for (int p = 2; p <= 8; p++)
            pages.Add($"""
                Werkversie cao Fictief Vervoer
                {footer(p)}{(p == 8 ? "\n" : " ")}2.{p} {titles[p]}
                a. De werkgever legt de afspraken over {subjects[p]} vast na overleg met de ondernemingsraad.
                b. De chauffeur krijgt de afspraken over {subjects[p]} op papier.
                """);
        return [.. pages];
    }

    [Fact]
    public void FooterGluedToTheLineUnderTheHeaderIsCutOff()
    {
        // 7750 n24: "A - bepalingen vet gedrukt ; B - bepalingen niet vet gedrukt  28 3.9.2 Regeling onwerkbaar weer" under the page's
        // header line: the footer and page number hid the heading, so 3.9.2's text read as lid b of 3.9.1 (111 pages of one cao). On a
        // page where nothing was glued to it (page 8 here), the footer stands alone: it goes too.
        var cs = Seg(FooterGluedUnderHeader(p => $"A-regels staan vet, B-regels niet vet {p - 1}"));
        for (int p = 2; p <= 8; p++)
        {
            Assert.StartsWith($"2.{p} ", ByPath(cs, $"H2 > Art. 2.{p}").Text);
            Assert.StartsWith("b. De chauffeur krijgt", ByPath(cs, $"H2 > Art. 2.{p} > lid b").Text);
        }
        Assert.DoesNotContain(cs, c => c.Text.Contains("B-regels niet vet", StringComparison.Ordinal));
    }

    [Fact]
    public void DateUnderTheHeaderIsNoFooter()
    {
        // The same prefix shape ending in a number that does not run with the pages (the day of a version date) is text: cutting it
        // left "augustus 2025)" in front of the heading.
        var cs = Seg(FooterGluedUnderHeader(_ => "Geldend vanaf (versie 1"));
        Assert.Contains(cs, c => c.Text.Contains("Geldend vanaf (versie 1 2.3", StringComparison.Ordinal));
    }

    [Fact]
    public void LongLowerCaseArticleTitleOverTwoLinesIsAHeading()
    {
        // 7751 n47: a cao that writes its article titles in lower case; a title printed over two lines, joined, was over 70
        // characters or 8 words, so "Artikel 7 opleiding tot ..." and its leden ran on in lid 6 of the article before (12 such
        // articles in one cao). Not the first line of a sentence that starts with "Artikel" and a lower-case word.
        var cs = Seg(
            """
            Cao Fictieve Dierenklinieken
            Hoofdstuk 8 opleidingen
            Artikel 6 stagevergoeding
            1. De stagiair krijgt een vergoeding per maand.
            2. De werkgever betaalt de kosten van verplichte vaccinaties.
            Artikel 7 opleiding tot dierenarts voor gezelschapsdieren, paarden
            en landbouwhuisdieren in de praktijk
            1. De werknemer die deze opleiding volgt, houdt zijn schaal.
            2. De werkgever betaalt het collegegeld.
            Artikel 8 werknemers in dienst op grond van de regeling voor
            banenafspraak en arbeidsbeperkten
            1. Voor deze werknemers geldt een eigen loonschaal.
            """);
        Assert.StartsWith("2. De werkgever betaalt de kosten van verplichte", ByPath(cs, "H8 > Art. 6 > lid 2").Text);
        Assert.DoesNotContain("Artikel 7", ByPath(cs, "H8 > Art. 6 > lid 2").Text);
        Assert.StartsWith("2. De werkgever betaalt het collegegeld", ByPath(cs, "H8 > Art. 7 > lid 2").Text);
        Assert.StartsWith("1. Voor deze werknemers", ByPath(cs, "H8 > Art. 8 > lid 1").Text);
    }

    [Fact]
    public void StackedArticleNumbersGiveTheirTitlesInTurn()
    {
        // 7751 n30: "Artikel 54." ... "Artikel 57." stacked at the top of a page (a side column printed apart), then the chapter's
        // title and the four articles' titles, each over its text: all four read as sub-headings of Art. 57. Each title opens its
        // article in turn; the chapter's title (over another title, not over text) is none of them.
        var cs = Seg(
            """
            Cao Fictieve Drogisten
            Hoofdstuk 8

            Artikel 30.

            Artikel 31.

            Artikel 32.

            Werkomstandigheden en overleg

            Verzekering tegen schade

            De werkgever sluit een verzekering af die de schade dekt die een werknemer bij zijn werk aan derden toebrengt.

            Overleg met de vakbonden

            1. De werknemer mag zich door zijn vakbond laten bijstaan in een gesprek met de werkgever.
            2. De werkgever geeft de vakbond daarvoor de ruimte.

            Gewetensbezwaren

            De werknemer mag werk weigeren waartegen hij ernstige gewetensbezwaren heeft.
            Hoofdstuk 9 Slotbepalingen
            Artikel 33 Looptijd
            Deze cao loopt van 1 januari 2025 tot en met 31 december 2026.
            """);
        Assert.StartsWith("Verzekering tegen schade", ByPath(cs, "H8 > Art. 30").Text);
        Assert.StartsWith("2. De werkgever geeft de vakbond", ByPath(cs, "H8 > Art. 31 > lid 2").Text);
        Assert.StartsWith("Gewetensbezwaren", ByPath(cs, "H8 > Art. 32").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 32 > Verzekering", StringComparison.Ordinal));
    }

    [Fact]
    public void StackedArticleNumbersWithAnotherCountOfTitlesOpenNothingNew()
    {
        // Three numbers over two titles: which title is whose cannot be told, so the reading stays as before (the last number's).
        var cs = Seg(
            """
            Cao Fictieve Drogisten
            Hoofdstuk 8

            Artikel 30.

            Artikel 31.

            Artikel 32.

            Verzekering tegen schade

            De werkgever sluit een verzekering af die de schade dekt die een werknemer bij zijn werk aan derden toebrengt.

            Gewetensbezwaren

            De werknemer mag werk weigeren waartegen hij ernstige gewetensbezwaren heeft.
            """);
        Assert.DoesNotContain(cs, c => c.Path == "H8 > Art. 30");
        Assert.Contains(cs, c => c.Path == "H8 > Art. 32 > Gewetensbezwaren");
    }

    [Fact]
    public void NumberSplitBeforeAndAfterItsFirstDotIsReadWhole()
    {
        // 7810 n31: "2 . 3 .2  Uitgangspunten" (the extractor split the number on both sides of its first dot) opened nothing, so its
        // text read as lid a of 2.2.3 (12 such headings in one cao, in both years' versions); nor did "2 . 3   P LOEGEN DIENST".
        var cs = Seg(
            """
            Cao Fictieve Metaalbewerking
            Hoofdstuk 2 Werktijden
            2.2 Rooster
            De werkgever stelt het rooster vast.
            2 . 3   P LOEGEN DIENST
            2.3.1 Instellen ploegendienst
            De werkgever overlegt met de ondernemingsraad voordat hij ploegendienst instelt.
            2 . 3 .2  Uitgangspunten
            a. Een ploegendienst duurt ten minste vier weken.
            b. De werknemer hoort het rooster twee weken vooraf.
            2 . 3 . 3  Vergoeding
            De werknemer krijgt een ploegentoeslag.
            """);
        Assert.StartsWith("b. De werknemer hoort het rooster", ByPath(cs, "H2 > Art. 2.3.2 > lid b").Text);
        Assert.StartsWith("2 . 3 . 3", ByPath(cs, "H2 > Art. 2.3.3").Text);
        Assert.DoesNotContain("Uitgangspunten", ByPath(cs, "H2 > Art. 2.3.1").Text);
        Assert.DoesNotContain("P LOEGEN", ByPath(cs, "H2 > Art. 2.2").Text);
    }
}
