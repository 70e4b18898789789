using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Numbers of leden and articles as real PDFs give them (session 33, issue 16 item 4). Fixtures in our own words with the real
/// texts' layout.
/// </summary>
public class NumberPathTests33
{
    [Fact]
    public void StackedLidLabelsMapToTheParagraphsOnTheirOwnPage()
    {
        // "Lid 1" .. "Lid 4" stacked under the heading, the leden's texts after them; lid 2 and lid 3 hold lettered items, lid 4 a
        // paragraph of its own; the page ends in a running title and the next page carries "Lid 5 ..." inline. Before: more paragraphs
        // than labels up to the next heading, so the labels were left as an intro and items a-d read as the leden.
        var cs = Seg("Artikel 31 Slecht weer\n\nLid 1\n\nLid 2\n\nLid 3\n\nLid 4\n\n"
            + "Van slecht weer is sprake als het werk door storm of vorst niet door kan gaan.\n\n"
            + "Als de werknemer door slecht weer niet kan werken, is de werkgever verplicht:\n\n"
            + "a. het loon door te betalen;\n\nb. ander werk aan te bieden.\n\n"
            + "In afwijking van lid 2 betaalt de werkgever het loon niet door bij:\n"
            + "a. vorst in de wintermaanden;\nb. hoog water.\n\n"
            + "Voor de meting geldt het weerstation dat het dichtst bij het werk ligt. Daarbij telt:\n"
            + "• de temperatuur om zeven uur 's ochtends\n\n"
            + "Cao Tuin en Park 2024",
            "Lid 5 Wanneer de werkgever het loon niet doorbetaalt, vraagt hij een uitkering aan.\n\n"
            + "Lid 6 Als de aanvraag wordt afgewezen, betaalt de werkgever het loon toch.");
        Assert.Equal("Art. 31 > lid 1", Leaf(cs, "storm of vorst").Path);
        Assert.Equal("Art. 31 > lid 2", Leaf(cs, "ander werk aan te bieden").Path);
        Assert.Equal("Art. 31 > lid 3", Leaf(cs, "hoog water").Path);
        Assert.Equal("Art. 31 > lid 4", Leaf(cs, "dichtst bij het werk").Path);
        Assert.Equal("Art. 31 > lid 5", Leaf(cs, "vraagt hij een uitkering aan").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("lid a", StringComparison.Ordinal));
    }

    [Fact]
    public void AStackedColumnWhoseFirstLidOpensWithAnItemKeepsItInLidOne()
    {
        // Lid 1 opens with its item "a."; a paragraph after a sub-title without a full stop goes on in that item's lid.
        var cs = Seg("Artikel 48 Overwerk\n\nLid 1\n\nLid 2\n\nLid 3\n\n"
            + "a. De werkgever mag de helft van de overuren vergoeden in vrije tijd binnen vier maanden.\n\n"
            + "b. Overgangsregeling per 1 januari 2023\n\nVoor de werknemers die al eerder in dienst waren, geldt de oude regeling nog een jaar.\n\n"
            + "Het percentage voor de beloning van overuren bedraagt op zondag tweehonderd procent.\n\n"
            + "Voor de werknemer in de hoogste functiegroep geldt wat in de vorige leden staat niet.");
        Assert.Equal("Art. 48 > lid 1", Leaf(cs, "helft van de overuren").Path);
        Assert.StartsWith("Art. 48 > lid 1", Leaf(cs, "oude regeling").Path, StringComparison.Ordinal);
        Assert.Equal("Art. 48 > lid 2", Leaf(cs, "tweehonderd procent").Path);
        Assert.Equal("Art. 48 > lid 3", Leaf(cs, "hoogste functiegroep").Path);
    }

    [Fact]
    public void StackedLabelsOverWorkedExamplesOrSubTitlesAreLeftAlone()
    {
        // Worked examples split a lid into short paragraphs, and a title over another title ("Begrippen" / "Werkgever en werknemer")
        // opens no lid: which paragraph is whose lid is a guess, so the labels open nothing (as before).
        var cs = Seg("Artikel 27 Vakantie\n\nLid 1\nLid 2\n\nLid 3\n\n"
            + "Het vakantiejaar loopt gelijk met het kalenderjaar en telt vijfentwintig vakantiedagen.\n\n"
            + "Voorbeeld 1:\n\nEen werknemer van 55 jaar werkt 38 uur per week in vaste dienst.\n\n"
            + "Hij krijgt dan vijftien uur extra verlof per jaar erbij.\n\n"
            + "De tijdstippen van de vakantie worden in overleg tussen werkgever en werknemer vastgesteld.",
            "Artikel 3\n\nLid 1\n\nLid 2\n\nBegrippen\n\nWerkgever en werknemer\n\na. Werkgever: wie een onderneming in de sector uitoefent.\n\n"
            + "Arbeidsduur\n\nHet aantal uren dat de werknemer volgens zijn contract per week werkt.");
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 27 > lid", StringComparison.Ordinal));
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 3 > lid 1", StringComparison.Ordinal));
    }

    [Fact]
    public void ATwoDigitNumberSplitIntoItsDigitsIsTheNextLid()
    {
        // "1 0 . Reiskosten" / "1 1 . Thuiswerken" in an OCR'd text after lid 9: before, read as no number, so both ran on in lid 9.
        var first = string.Concat(Enumerable.Range(1, 8).Select(k => $"{k}. Regeling {k}\nDe werkgever vergoedt kosten van soort {k} als het werk dat vraagt.\n\n"));
        var cs = Seg("Artikel 17 Vergoedingen\n\n" + first
            + "9 . Gereedschap\nDe werkgever stelt het gereedschap ter beschikking.\n\n"
            + "1 0 . Reiskosten\nVoor een dienstreis krijgt de werknemer een vergoeding per kilometer.\n\n"
            + "1 1 . Thuiswerken\nWie thuis werkt, krijgt een vergoeding per dag.\n\n"
            + "Tabel\n1 1 . 684,80 1 . 702,60\n");
        Assert.Equal("Art. 17 > lid 9", Leaf(cs, "gereedschap ter beschikking").Path);
        Assert.Equal("Art. 17 > lid 10", Leaf(cs, "per kilometer").Path);
        Assert.StartsWith("Art. 17 > lid 11", Leaf(cs, "thuis werkt").Path, StringComparison.Ordinal);
        Assert.Contains("1 1 . 684,80", string.Concat(cs.Where(c => c.IsLeaf).Select(c => c.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void ADotlessLidThatOpensWithItsItemAIsTheNextLid()
    {
        // Leden written without a dot, lid 2 opening with its item "a" (also without a dot): before, "2 a ..." was no lid, so lid 1 was
        // never opened and the article stayed one clause (or lid 2.. ran on in lid 1).
        var cs = Seg("ARTIKEL 13\nFEESTDAGEN\n\n1 Op de erkende feestdagen wordt niet gewerkt, tenzij de aard van het bedrijf dat vraagt.\n\n"
            + "2 a In het rooster telt een feestdag voor het aantal uren van een gewone werkdag.\n\n b Voor deeltijders geldt het onder a bepaalde naar rato.\n\n"
            + "3 Nadere regels over de beloning op een feestdag staan in een bijlage bij deze cao.");
        Assert.Equal("Art. 13 > lid 1", Leaf(cs, "erkende feestdagen").Path);
        Assert.Equal("Art. 13 > lid 2", Leaf(cs, "naar rato").Path);
        Assert.Equal("Art. 13 > lid 3", Leaf(cs, "Nadere regels").Path);
    }

    [Fact]
    public void DotlessLedenWhoseFirstWordsFitNoStricterPatternStillOpen()
    {
        // "1 In dit artikel wordt verstaan onder:" (short, a colon), "1 Tot 1 mei 2024 ..." (a number second) and "2 Min-max ..." (a
        // hyphenated word) right under the article's heading: before, lid 1 never opened, so each article stayed one clause.
        var cs = Seg("ARTIKEL 1.9 Begrippen bij ontslag\n1 In dit artikel wordt verstaan onder:\na vergoeding: het bedrag bij ontslag.\n"
            + "b kosten: de kosten van hulp naar ander werk.\n2 In het overleg worden afspraken gemaakt over het verrekenen van die kosten.\n"
            + "ARTIKEL 1.10 Thuiswerken\n1 Tot 1 mei 2024 betaalt de werkgever een vergoeding van twee euro per thuiswerkdag.\n"
            + "2 Min-max afspraken over thuiswerken worden per kwartaal vastgelegd door de leidinggevende.\n"
            + "ARTIKEL 1.11 Tabel\n1 januari 2024 12,50 13,00\n2 juli 2024 12,80 13,40\n");
        Assert.Equal("Art. 1.9 > lid 1", Leaf(cs, "ander werk").Path);
        Assert.Equal("Art. 1.9 > lid 2", Leaf(cs, "verrekenen").Path);
        Assert.Equal("Art. 1.10 > lid 1", Leaf(cs, "twee euro").Path);
        Assert.Equal("Art. 1.10 > lid 2", Leaf(cs, "per kwartaal").Path);
        Assert.Equal("Art. 1.11", Leaf(cs, "12,80").Path);
    }

    [Fact]
    public void APageNumberGluedToADotlessLidWithItsItemIsCutOff()
    {
        // "3 5 a Als een werknemer ...": the page's printed number run into lid 5 and its item a at the top of page 3 (the same on pages 4
        // and 5). Before, the number stayed, so lid 5 and lid 6 ran on in lid 4.
        var cs = Seg("Cao voor de zoetwaren\n\nMet een voorwoord van de partijen bij deze cao.", "ARTIKEL 46\nSCHOLING\n\n1 Iedere onderneming stelt een scholingsplan op en biedt het de werknemers aan.\nHet plan noemt de opleidingen.\n"
                + "Het plan noemt ook de kosten.\nHet plan wordt elk jaar herzien.\n\n"
                + "2 De werkgever vergoedt de kosten van scholing die hij de werknemer opdraagt.\n\n"
                + "3 De werkgever honoreert een verzoek om scholing die voor het werk nodig is.\nDat geldt voor elke werknemer.\n"
                + "Dat geldt ook voor een uitzendkracht.\nDat geldt niet voor een stagiair.\n\n"
                + "4 Scholing vindt zoveel mogelijk plaats binnen het rooster van de werknemer.",
            "3 5 a Als een werknemer om scholing vraagt die niet verplicht is, neemt de werkgever dat verzoek in overweging.\n\n"
                + " b De werkgever kan met de werknemer een regeling voor terugbetaling afspreken.\n\n"
                + "6 Aan de werknemer die een examen aflegt, geeft de werkgever een dag vrij met behoud van loon.",
            "4 ARTIKEL 47\nSOCIAAL BELEID\n\n1 De werkgever voert een sociaal beleid in overleg met de ondernemingsraad.",
            "5 ARTIKEL 48\nSLOTBEPALING\n\n1 Deze cao geldt tot en met het einde van het jaar waarin zij is gesloten.");
        Assert.Equal("Art. 46 > lid 4", Leaf(cs, "binnen het rooster").Path);
        Assert.Equal("Art. 46 > lid 5", Leaf(cs, "terugbetaling").Path);
        Assert.Equal("Art. 46 > lid 6", Leaf(cs, "examen aflegt").Path);
        Assert.StartsWith("5 a Als", Leaf(cs, "niet verplicht is").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALidNumberWithItsDotDoubledIsTheNextLid()
    {
        // "2.. De werkgever is bevoegd ...": lid 2's dot doubled by the print. Before, no lid marker, so lid 2 ran on in lid 1.
        var cs = Seg("Artikel 44 Garantieloon\n\n1. In de bijlage staat het garantieloon voor jonge werknemers tot en met twintig jaar.\n"
            + "2.. De werkgever mag de verhoging van het uurloon in twee termijnen laten ingaan.\n3. Deze regeling geldt niet voor stagiairs.");
        Assert.Equal("Art. 44 > lid 1", Leaf(cs, "garantieloon voor jonge").Path);
        Assert.Equal("Art. 44 > lid 2", Leaf(cs, "twee termijnen").Path);
        Assert.Equal("Art. 44 > lid 3", Leaf(cs, "stagiairs").Path);
    }
}
