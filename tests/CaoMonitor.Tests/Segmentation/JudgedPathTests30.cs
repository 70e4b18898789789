using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors independent judges found in real samples (session 30), each in a fixture of our own words with the real text's
/// layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests30
{
    [Fact]
    public void TitledDecimalsUnderAnArtikelHeadingAreItsLeden()
    {
        // "Artikel 1.3 Begrippen" / "1.3.1 Werkgever" / its definition / "1.3.2 Werknemer" ...: where the cao heads its articles
        // "Artikel 1.3", the decimals under one are its leden, titled or not. Before: "1.3.1 Werkgever" was an article of its own
        // ("H1 > Art. 1.3.1"), and so was the first sentence-decimal right under its article's heading ("1.1.1 De werkgever ...").
        var cs = Seg("Hoofdstuk 1 Algemeen\n\nArtikel 1.1 Werking van de cao\n"
            + "1.1.1 De werkgever past de regels van deze cao toe op iedereen die bij hem in dienst is.\n"
            + "1.1.2 De regels in deze cao zijn minimumregels, tenzij een artikel iets anders zegt.\n\n"
            + "Artikel 1.3 Begrippen\n1.3.1 Werkgever\nDe organisatie die onder de werkingssfeer van deze cao valt.\n"
            + "1.3.2 Werknemer\nIedereen die met de werkgever een arbeidsovereenkomst heeft gesloten.\n\n"
            + "Artikel 1.4 Looptijd\n1.4.1 Deze cao loopt van 1 januari tot en met 31 december.");
        Assert.Equal("H1 > Art. 1.1 > lid 1.1.1", Leaf(cs, "iedereen die bij hem in dienst").Path);
        Assert.Equal("H1 > Art. 1.1 > lid 1.1.2", Leaf(cs, "minimumregels").Path);
        Assert.Equal("H1 > Art. 1.3 > lid 1.3.1", Leaf(cs, "onder de werkingssfeer").Path);
        Assert.Equal("H1 > Art. 1.3 > lid 1.3.2", Leaf(cs, "arbeidsovereenkomst heeft gesloten").Path);
        Assert.Equal("H1 > Art. 1.4 > lid 1.4.1", Leaf(cs, "loopt van 1 januari").Path);
    }

    [Fact]
    public void DecimalsUnderANumberedTitleWithoutTheWordArtikelStayArticles()
    {
        // "4.4 Loon" / "4.4.1 Loon over gewerkte uren": a cao that numbers its sections without the word "Artikel" keeps its decimal
        // headings as articles of their own.
        var cs = Seg("Hoofdstuk 4 Beloning\n\n4.4 Loon\n4.4.1 Loon over gewerkte uren\nDe werknemer krijgt loon over alle uren die hij werkt.\n"
            + "4.4.2 Loon bij verlof\nBij verlof loopt het loon gewoon door.");
        Assert.Equal("H4 > Art. 4.4.1", Leaf(cs, "alle uren die hij werkt").Path);
        Assert.Equal("H4 > Art. 4.4.2", Leaf(cs, "loopt het loon gewoon door").Path);
    }

    [Fact]
    public void DecimalsTheCaoHeadsAsArticlesStayArticles()
    {
        // "Artikel 6.1 Kosten" / "Artikel 6.1.1 Kilometers" / "Artikel 6.1.2 Telefoon": the cao calls the decimals articles itself.
        var cs = Seg("Hoofdstuk 6 Vergoedingen\n\nArtikel 6.1 Kosten\nDe werkgever vergoedt de kosten die de werknemer voor zijn werk maakt.\n\n"
            + "Artikel 6.1.1 Kilometers\nVoor elke zakelijke kilometer krijgt de werknemer een vast bedrag.\n\n"
            + "Artikel 6.1.2 Telefoon\nWie thuis bereikbaar moet zijn, krijgt een telefoon van de zaak.");
        Assert.Equal("H6 > Art. 6.1.1", Leaf(cs, "zakelijke kilometer").Path);
        Assert.Equal("H6 > Art. 6.1.2", Leaf(cs, "telefoon van de zaak").Path);
    }

    [Fact]
    public void AModelContractsDecimalsAreLedenOfItsArticles()
    {
        // "Artikel 1: Indiensttreding" / "1.1 ..." / "1.2 ..." / "1.3 De werknemer wordt ingezet als:" in a model contract: leden of
        // article 1. Before: "1.3" (a form's choice list under it) was read as an article 1.3.
        var cs = Seg("Bijlage 4 Model arbeidsovereenkomst\n\nArtikel 1: Indiensttreding en duur\n\n"
            + "1.1 De werknemer treedt op .......... in dienst bij de werkgever.\n\n1.2 De werknemer is aangenomen voor onbepaalde tijd.\n\n"
            + "1.3 De werknemer wordt ingezet als:\n☐ vakkracht\n☐ leerling\n\n"
            + "Artikel 2: Arbeidsduur\n\n2.1 De arbeidsduur is .......... uur per week.\n\n2.2 De werknemer werkt volgens rooster.");
        Assert.Equal("Bijlage 4 > Art. 1 > lid 1.3", Leaf(cs, "wordt ingezet als").Path);
        Assert.Equal("Bijlage 4 > Art. 2 > lid 2.1", Leaf(cs, "uur per week").Path);
    }
    [Fact]
    public void AStruckOutTitleAmongSideNumbersTakesItsNumber()
    {
        // "3.7" / "3.8" printed apart from their titles, then the rest of 3.6's text, "Vervallen" (3.7 was struck out) and the title of
        // 3.8. Before: "Vervallen" counted as no title, so 3.8's title took number 3.7 (and a later "Vervallen" took 3.8).
        var cs = Seg("Hoofdstuk 3 Dienstverband\n\n3.6 Opzegging\n\n1. De werkgever zegt de arbeidsovereenkomst schriftelijk op.\n\n"
            + "3.7\n\n3.8\n\nVoor opzegging bij langdurige ziekte gelden ook de regels van de wet.\n\nVervallen\n\n"
            + "Einde bij de AOW-leeftijd\n\nDe arbeidsovereenkomst eindigt op de dag waarop de werknemer de AOW-leeftijd bereikt.\n\n"
            + "3.9\n\nOpzegtermijn\n\nDe werkgever houdt een opzegtermijn van twee maanden aan.\n\nVervallen\n\n"
            + "De werknemer houdt een opzegtermijn van een maand aan.");
        Assert.Equal("H3 > Art. 3.8", Leaf(cs, "AOW-leeftijd bereikt").Path);
        Assert.Equal("H3 > Art. 3.6 > lid 1", Leaf(cs, "langdurige ziekte").Path);
        Assert.StartsWith("H3 > Art. 3.9", Leaf(cs, "opzegtermijn van een maand").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Vervallen", StringComparison.Ordinal));
    }
}
