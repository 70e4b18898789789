using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Rows of a table inside an article that end in a number, like a contents line ends in its page number (issue 16, text in no
/// clause): a function matrix ("10 Senior Onderzoeker Teamleider 2 Beleids- Hoofd 1" / "11 Analist Hoofd 2" / "12 Hoofd 3")
/// was read as a contents, which closed chapter, article and lid, and the article's text after it belonged to no clause. A
/// contents lists headings that come back later as headings; such rows do not. Fixtures in our own words.
/// </summary>
public class TableRowTests24
{
    private static string[] MatrixInArticle() =>
    [
        """
        Hoofdstuk 6 Salaris

        Artikel 6.1 Salarisschalen
        1. De werkgever betaalt de werknemer een salaris volgens de schalen in artikel 6.5.
        2. Het salaris wordt elke maand op de rekening van de werknemer gestort.

        Artikel 6.2 Inschaling
        1. De werkgever deelt de functie van de werknemer in een salarisschaal in.
        2. De schalen van de functies die vaak voorkomen staan in de volgende matrix.

        Matrix van functies
        Schaal
        8 Beleids- Teamleider 1 medewerker 1
        9 Adviseur Teamleider 2 Beleidsmedewerker
        2
        10 Senior Onderzoeker Teamleider 3 Beleids- Hoofd 1
        Functionaris medewerker 3
        11 Analist Hoofd 2
        12 Hoofd 3
        13
        """,
        """
        Staat een functie niet in de matrix, dan deelt de werkgever haar in met de methode van bijlage 1 en hoort hij de werknemer daarover.
        De werknemer die al bij een andere werkgever in deze branche werkte, behoudt ten minste zijn oude periodiek in de nieuwe schaal.
        3. Wordt de werknemer overgeplaatst naar een functie in een hogere schaal, dan gaat hij daar naar het naasthogere bedrag.

        Artikel 6.3 Toeslagen
        1. De werknemer die op zondag werkt, krijgt een toeslag van 50 procent van zijn uurloon.
        """,
    ];

    [Fact]
    public void Matrix_rows_inside_an_article_are_no_contents_and_the_text_after_them_stays_in_the_article()
    {
        var cs = Seg(MatrixInArticle());
        // The rows and the text after them stay in lid 2 of article 6.2, in chapter 6; lid 3 follows.
        Assert.Equal("H6 > Art. 6.2 > lid 2", Leaf(cs, "11 Analist Hoofd 2").Path);
        Assert.Equal("H6 > Art. 6.2 > lid 2", Leaf(cs, "met de methode van bijlage 1").Path);
        Assert.Equal("H6 > Art. 6.2 > lid 3", Leaf(cs, "naar het naasthogere bedrag").Path);
        Assert.Equal("H6 > Art. 6.3 > lid 1", Leaf(cs, "op zondag werkt").Path);
    }

    [Fact]
    public void A_contents_whose_entries_come_back_as_headings_still_belongs_to_no_clause()
    {
        var cs = Seg(
            """
            Cao Fictieve Werkplaatsen 2024
            1 Algemeen 3
            2 Arbeidsduur en werktijden 5
            3 Beloning en toeslagen 8
            4 Opleiding en ontwikkeling 11
            """,
            """
            1 Algemeen
            1.1 Begrippen
            In deze cao wordt verstaan onder werkgever: de onderneming die onder deze cao valt.
            2 Arbeidsduur en werktijden
            2.1 Arbeidsduur
            De arbeidsduur bedraagt gemiddeld 38 uur per week.
            3 Beloning en toeslagen
            3.1 Salaris
            De werkgever betaalt ten minste het salaris van de schaal van de functie.
            4 Opleiding en ontwikkeling
            4.1 Scholing
            De werknemer heeft recht op twee dagen scholing per jaar met behoud van loon.
            """);
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Contains("Arbeidsduur en werktijden 5", StringComparison.Ordinal));
        Assert.Equal("H2 > Art. 2.1", Leaf(cs, "gemiddeld 38 uur").Path);
    }

    [Fact]
    public void A_table_of_old_and_new_numbers_stays_in_no_clause()
    {
        var cs = Seg(
            """
            Hoofdstuk 9 Slotbepalingen

            Artikel 9.1 Looptijd
            1. Deze cao loopt van 1 januari 2024 tot en met 31 december 2025.

            Artikel 9.2 Nummering
            1. De nummering van de artikelen is gewijzigd. De oude nummers staan hieronder.

            Oud en nieuw
            8.1 Vakbondsleden in de onderneming 88 lid 1
            8.2 Overleg met de bonden 88 lid 2
            Bijlagen
            4. Spaarregeling vrije tijd bijlage 8
            5. Stagiairs nieuw
            6. Werken in het buitenland bijlage 3
            7. Uitzendkrachten bijlage 2
            9. Regeling vrijstelling bijlage 14
            """);
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Contains("Uitzendkrachten bijlage 2", StringComparison.Ordinal));
    }
    /// <summary>An appendix heading right above its own contents, which has no title of its own ("Functieprofiel ... ..... 18"),
    /// then the profiles: their text belongs to the appendix, not to no clause.</summary>
    [Fact]
    public void An_appendix_whose_own_contents_stands_right_under_its_heading_holds_the_text_after_the_contents()
    {
        var cs = Seg(
            """
            Cao Fictieve Viswinkels 2024

            Artikel 1 Begrippen
            1. Werkgever: de onderneming die vis verkoopt in een winkel of op de markt.
            2. Werknemer: wie bij de werkgever in dienst is.

            Artikel 2 Scholing
            1. De werknemer heeft recht op twee dagen scholing per jaar met behoud van loon.
            2. De werkgever betaalt de kosten van de opleiding.
            """,
            """
            BIJLAGE 1 – FUNCTIEPROFIELEN EN KENMERKEN
            Functieprofiel Schoonmaker I ........................................................ 18
            Functieprofiel Schoonmaker II ....................................................... 19
            Kenmerken Schoonmaker .................................................................... 20
            Functieprofiel Visbakker I ............................................................ 21
            Functieprofiel Visbakker II ........................................................... 22
            """,
            """
            Functieprofiel Schoonmaker I januari 2024

            Context
            De schoonmaker werkt in de winkel en op de markt en houdt de werkplek, de koeling en de wagen schoon volgens de voorschriften.

            Resultaten
            De werkplek is schoon en opgeruimd, het afval is gescheiden en afgevoerd, de koeling is op tijd gereinigd.
            """);
        Assert.StartsWith("Bijlage 1", Leaf(cs, "houdt de werkplek, de koeling").Path);
        Assert.StartsWith("Bijlage 1", Leaf(cs, "het afval is gescheiden").Path);
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Contains("Visbakker II ....", StringComparison.Ordinal));
    }
    /// <summary>An appendix lists its functions by number; the last three names end in a number ("Teamleider 1") and read as contents
    /// lines. The appendix's text after them (a matrix, then the descriptions) stays in the appendix.</summary>
    [Fact]
    public void The_text_after_a_short_block_of_numbered_names_in_an_appendix_stays_in_the_appendix()
    {
        var cs = Seg(
            """
            Cao Fictieve Buurtwerkers 2022

            Artikel 1 Begrippen
            1. Werkgever: de stichting die buurtwerk verricht.
            2. Werknemer: wie bij de werkgever in dienst is.

            Artikel 2 Functies
            1. De functies staan in het functieboek van bijlage 2.
            """,
            """
            Bijlage 2 Functieboek

            In dit functieboek staan de functies die in de sector het meest voorkomen.

            Uitvoerende functies

            1. Buurtwerker
            2. Jongerenwerker

            Leidende functies
            3. Teamleider 1
            4. Teamleider 2
            5. Teamleider 3
            """,
            """
            Functiematrix
            In het onderstaande overzicht staan de functies van dit boek met hun salarisschalen, van de laagste naar de hoogste schaal.

            Buurtwerker
            De buurtwerker legt contact met bewoners van de wijk en helpt hen bij vragen over wonen en werk.
            Leidinggevende: de teamleider
            """);
        // (The matrix's few lines right after the block stay in the appendix between its children, in no leaf: text between a
        // container's children gets no clause of its own yet.)
        Assert.Equal("Bijlage 2 > Buurtwerker", Leaf(cs, "legt contact met bewoners").Path);
    }
}
