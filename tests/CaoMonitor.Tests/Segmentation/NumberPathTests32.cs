using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Article numbers as real PDFs give them (session 32, issue 16 item 4): split after their dot, or with the dot lost to the OCR.
/// Fixtures in our own words with the real texts' layout.
/// </summary>
public class NumberPathTests32
{
    [Fact]
    public void ADecimalNumberSplitAfterItsDotOverAMixedCaseTitleIsTheNextArticle()
    {
        // "2. 5 Naar een hogere schaal" after article 2.4, "2 . 6 Vakantiegeld" and "3. 1 Toeslagen" after the next chapter's heading.
        // Before: read as lid 2 (and lid 3) of the article before, so its text ran on there.
        var cs = Seg("Hoofdstuk 2 Loon\n\n2.4 Loonsverhoging\nDe schalen stijgen op 1 juli met twee procent.\n\n"
            + "2. 5 Naar een hogere schaal\nBij promotie gaat de werknemer naar de schaal van zijn nieuwe functie.\n\n"
            + "2 . 6 Vakantiegeld\nDe werknemer krijgt in mei acht procent van zijn jaarloon als vakantiegeld.\n\n"
            + "Hoofdstuk 3 Werktijden\n\n3. 1 Toeslagen.\nVoor werk op zondag krijgt de werknemer het dubbele uurloon.");
        Assert.Equal("H2 > Art. 2.4", Leaf(cs, "stijgen op 1 juli").Path);
        Assert.Equal("H2 > Art. 2.5", Leaf(cs, "nieuwe functie").Path);
        Assert.Equal("H2 > Art. 2.6", Leaf(cs, "als vakantiegeld").Path);
        Assert.Equal("H3 > Art. 3.1", Leaf(cs, "dubbele uurloon").Path);
        Assert.DoesNotContain("promotie", Leaf(cs, "stijgen op 1 juli").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ANumberSplitAroundBothDotsIsOneArticle()
    {
        // "8. 2 . Het Persoonlijk Budget": the number split before and after its dot, its leden and a sub-heading under it.
        var cs = Seg("Hoofdstuk 8 Budget\n\n8.1. Inleiding\nMet het budget stel je je eigen pakket samen.\n\n"
            + "8. 2 . Het Persoonlijk Budget\nAlgemeen\n1. Je ontvangt iedere maand een bedrag in je budget.\n"
            + "2. Je kunt het budget laten uitbetalen of verlof kopen.");
        Assert.Equal("H8 > Art. 8.1", Leaf(cs, "eigen pakket").Path);
        Assert.StartsWith("H8 > Art. 8.2", Leaf(cs, "laten uitbetalen").Path, StringComparison.Ordinal);
        Assert.DoesNotContain("iedere maand", Leaf(cs, "eigen pakket").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ADecimalNumberWhoseDotTheOcrLostIsTheNextArticle()
    {
        // "29 Pensioen" after lid 3 of article 2.8 in an OCR'd text. Before: no heading, so 2.9 ran on in 2.8 lid 3.
        var cs = Seg("Hoofdstuk 2 Dienstverband\n\n2.8 Keuring\n\n1 Een keuring bij indiensttreding is alleen nodig als de functie daarom vraagt.\n\n"
            + "2 De werkgever betaalt de kosten van de keuring.\n\n3 De uitslag gaat alleen met jouw instemming naar de werkgever.\n\n"
            + "29 Pensioen\n\nDe pensioenregeling van het bedrijfstakfonds is op jou van toepassing.");
        Assert.Equal("H2 > Art. 2.8 > lid 3", Leaf(cs, "met jouw instemming").Path);
        Assert.Equal("H2 > Art. 2.9", Leaf(cs, "bedrijfstakfonds").Path);
    }

    [Fact]
    public void NumberedItemsAndListsAreNoSplitArticles()
    {
        // "2. 5 dagen ..." (an item that opens with a quantity) and a list of numbered names ("33 Bedrijfsleiding" / "34 Techniek") after
        // article 3.2: no articles.
        var cs = Seg("Hoofdstuk 2 Verlof\n\n2.4 Kort verzuim\nDe werknemer krijgt vrij:\n1. 4 dagen bij het overlijden van een partner;\n"
            + "2. 5 dagen bij de geboorte van een kind.\n\nHoofdstuk 3 Functies\n\n3.2 Overzicht families\nDe families zijn:\n"
            + "33 Bedrijfsleiding\n34 Techniek\n36 Verkoop\n");
        Assert.Equal("H2 > Art. 2.4 > lid 2", Leaf(cs, "geboorte van een kind").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 2.5", StringComparison.Ordinal) || c.Path.Contains("Art. 3.3", StringComparison.Ordinal));
    }

    [Fact]
    public void TheWordLidRunIntoItsNumberOpensThatLid()
    {
        // "Lid2 De werkgever ..." (no space) between "Lid 1" and "Lid 3". Before: no lid marker, so lid 2 ran on in lid 1, and every
        // later lid of the article with it.
        var cs = Seg("Artikel 53 Uitzendkrachten\n\nLid 1 De werkgever die uitzendkrachten inleent, doet dat alleen via een erkend bureau.\n\n"
            + "Lid2 De werkgever spreekt met het bureau af dat de uitzendkracht het loon van deze cao krijgt.\n\n"
            + "Lid 3 De werkgever controleert of het bureau zich aan die afspraak houdt.");
        Assert.Equal("Art. 53 > lid 1", Leaf(cs, "erkend bureau").Path);
        Assert.Equal("Art. 53 > lid 2", Leaf(cs, "loon van deze cao").Path);
        Assert.Equal("Art. 53 > lid 3", Leaf(cs, "aan die afspraak").Path);
    }

    [Fact]
    public void AnOcrdFirstArticleOfTheNextChapterAndAQuestionTitleAreArticles()
    {
        // "71 Wettelijk verlof" after article 6.6 (the dot lost: 7.1), and "2. 6 Niet eens met je schaal?" after 2.5 (a question).
        var cs = Seg("Hoofdstuk 2 Loon\n\n2.5 Promotie\nBij promotie gaat de werknemer naar de schaal van zijn nieuwe functie.\n\n"
            + "2. 6 Niet eens met je schaal?\nDe werknemer kan bezwaar maken bij de commissie van de sector.\n\n"
            + "Hoofdstuk 6 Werktijden\n\n6.6 Wachtdienst\nDe werkgever kan de werknemer opdragen wachtdienst te doen.\n\n"
            + "Hoofdstuk 7 Verlof\n\n71 Wettelijk verlof\n\nDe werknemer heeft recht op vier weken verlof per jaar.");
        Assert.Equal("H2 > Art. 2.6", Leaf(cs, "commissie van de sector").Path);
        Assert.Equal("H7 > Art. 7.1", Leaf(cs, "vier weken verlof").Path);
    }

    [Fact]
    public void ASplitNumberAmongContentsEntriesIsNoArticle()
    {
        // "16. 10. Titel" between contents entries that end in their page numbers: no article of its own.
        var cs = Seg("Inhoud\n\n16.9. Scholing van leraren\n(geldend tot 1 augustus) 88\n16. 10. Scholing van leraren\n(geldend vanaf 1 augustus) 89\n\n"
            + "Hoofdstuk 1 Algemeen\n\n1.1 Begrippen\nIn deze cao wordt verstaan onder werkgever: de school.");
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 16.10", StringComparison.Ordinal));
    }

    [Fact]
    public void ALidThatOpensWithItsItemAWrittenAsNumberDotLetterIsThatLid()
    {
        // "2.a. ..." / "2.b. ..." / "3. ...": lid 2 opens with its item a, its item b follows, then lid 3. Before: no lid marker, so
        // lid 2 and every lid after it ran on in lid 1.
        var cs = Seg("Artikel 6 Plichten van de werkgever\n\n1. De werkgever neemt geen personeel aan dat elders al een volle baan heeft.\n\n"
            + "2.a. De werkgever laat een nieuwe werknemer alleen keuren als de functie dat vraagt.\n\n"
            + "2.b. De kosten van de keuring zijn voor de werkgever.\n\n3. De werkgever geeft de werknemer een exemplaar van de cao.");
        Assert.Equal("Art. 6 > lid 1", Leaf(cs, "volle baan").Path);
        Assert.Equal("Art. 6 > lid 2", Leaf(cs, "alleen keuren").Path);
        Assert.Equal("Art. 6 > lid 2", Leaf(cs, "kosten van de keuring").Path);
        Assert.Equal("Art. 6 > lid 3", Leaf(cs, "exemplaar van de cao").Path);
    }

    [Fact]
    public void ADecimalNumberOverALowerCaseTitleIsTheNextArticle()
    {
        // "6.11 seniorenregeling tot 2018" and "6.13 seniorenregeling vanaf 2018" after 6.10 (6.12 left out): articles with titles in
        // lower case. Before: no headings, so their text ran on in 6.10. "6.12 en 6.13" (a reference that goes on) stays text.
        var cs = Seg("Hoofdstuk 6 Verlof\n\n6.10 Spaarverlof\nDe werknemer kan verlof sparen voor een langere periode.\n"
            + "Dit geldt ook voor de uren uit de artikelen\n6.12 en 6.13\n\n"
            + "6.11 seniorenregeling tot 2018\nDe regeling voor werknemers van 58 jaar kon tot 2018 worden aangevraagd.\n\n"
            + "6.13 seniorenregeling vanaf 2018\nDe werknemer van 60 jaar werkt een vijfde minder tegen 92,5 procent van zijn loon.");
        Assert.Equal("H6 > Art. 6.10", Leaf(cs, "langere periode").Path);
        Assert.Equal("H6 > Art. 6.11", Leaf(cs, "58 jaar").Path);
        Assert.Equal("H6 > Art. 6.13", Leaf(cs, "een vijfde minder").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 6.12", StringComparison.Ordinal));
    }

    [Fact]
    public void AnArticleCitedAfterALineThatEndsInAReferenceIsNoHeading()
    {
        // "... wordt verwezen naar" / "Artikel 27." and "... conform Artikel 62 en" / "Artikel 63, geldt ...": references wrapped onto
        // their own line inside lid 5 and 6 of article 18. Before: "Artikel 27." opened an article 27 that took lid 6 and after.
        var cs = Seg("Artikel 18 Jaaruren\n\nLid 1 De norm is 1.930 uur per jaar bij een volle baan.\n"
            + "Lid 2 Bij een deeltijdbaan geldt de norm naar rato.\nLid 3 De opbouw loopt van april tot april.\n"
            + "Lid 4 Wie de norm haalt, blijft werken tot april.\nLid 5 Voor leerlingen met een leerwerkovereenkomst wordt verwezen naar\nArtikel 27.\n"
            + "Lid 6 Voor werknemers in de seniorenregeling van Artikel 62 en\nArtikel 63, geldt een lagere norm.\n"
            + "Lid 7 Het loon wordt elke periode betaald, los van de gewerkte uren.");
        Assert.Equal("Art. 18 > lid 5", Leaf(cs, "leerwerkovereenkomst").Path);
        Assert.Equal("Art. 18 > lid 6", Leaf(cs, "lagere norm").Path);
        Assert.Equal("Art. 18 > lid 7", Leaf(cs, "elke periode").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 27", StringComparison.Ordinal));
    }
}
