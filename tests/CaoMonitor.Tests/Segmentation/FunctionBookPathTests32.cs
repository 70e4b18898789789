using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors in function books, rasters and forms in appendices that independent judges found in real samples (session 32), each in
/// a fixture of our own words with the real text's layout.
/// </summary>
public class FunctionBookPathTests32
{
    [Fact]
    public void AnAppendixWordTheOcrReadWithAUIsAnAppendix()
    {
        // "BULAGE 2: Vitaliteitsregeling": a scan that reads IJ as U. Before: no heading, so the second appendix's articles were
        // articles of the first ("Bijlage 1 > Art. 2").
        var cs = Seg("BIJLAGE 1: Aangesloten werkgevers\n\nDe volgende werkgevers vallen onder deze cao:\nNetwerk Oost B.V., Zwolle\n",
            "BULAGE 2: Vitaliteitsregeling\n\nDe regeling helpt oudere werknemers gezond hun pensioen te halen.\n\nArtikel 1 - Deelname\n"
            + "De werknemer van 62 jaar of ouder kan meedoen aan de regeling.\n\nArtikel 2 - Duur\nDe deelname loopt tot de AOW-leeftijd.");
        Assert.Equal("Bijlage 2 > Art. 1", Leaf(cs, "62 jaar of ouder").Path);
        Assert.Equal("Bijlage 2 > Art. 2", Leaf(cs, "tot de AOW-leeftijd").Path);
        Assert.StartsWith("Bijlage 1", Leaf(cs, "Netwerk Oost").Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ScannedContentsLinesWithTheOcrdWordStayNoHeadings()
    {
        // "BULAGE IX REGELING ..." in the scanned contents: no colon or dash after the number, so no appendix is opened by it.
        var cs = Seg("Artikel 1 Begrippen\nIn deze cao wordt verstaan onder werknemer: ieder die in dienst is.\n"
            + "BULAGE IX REGELING SPAARVERLOF BIJ DEZE CAO\n\nArtikel 2 Looptijd\nDeze cao loopt een jaar.");
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage", StringComparison.Ordinal));
    }

    [Fact]
    public void AGroupOfARasterNumberedWithALeadingZeroIsNoChapter()
    {
        // "02. Logistiek" / "02.09 - Teamleider Logistiek B": the groups and rows of a raster of reference functions. Before: "H01",
        // "H02" (chapters) after the cao's last article.
        var cs = Seg("Hoofdstuk 8 Slotbepalingen\n\nArtikel 48. Wijzigingen\nBij grote veranderingen overleggen partijen opnieuw.\n",
            "BIJLAGE I - Raster referentiefuncties\n\nHet complete handboek staat op de website van de sector.\n\n01. Productie\n\n"
            + "01.04 - Teamleider Productie B\n01.03 - Rijper\n\n02. Logistiek\n\n02.09 - Teamleider Logistiek B\n02.06 - Productieplanner\n");
        Assert.DoesNotContain(cs, c => c.Path.Contains("H01", StringComparison.Ordinal) || c.Path.Contains("H02", StringComparison.Ordinal));
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 02", StringComparison.Ordinal));
        Assert.StartsWith("Bijlage I", Leaf(cs, "Productieplanner").Path, StringComparison.Ordinal);
        Assert.Equal("H8 > Art. 48", Leaf(cs, "overleggen partijen").Path);
    }

    [Fact]
    public void ARankingListAfterAJobProfileIsNoPartOfTheProfile()
    {
        // "Functierangschikkingslijst winkels" after the last job profile of a function book, then its rows "05.06 Vakkenvuller 30".
        // Before: its rows were sub-headings of the profile before it ("Vakkenvuller winkel > 05.01 Filiaalchef").
        var cs = Seg("BIJLAGE 3 FUNCTIEHANDBOEK\n\nDe functies van de winkels staan hieronder beschreven.\n",
            "functie Vakkenvuller winkel Functiegroep A\n\nDoel van de functie\n\nAanvullen van de schappen in de winkel, zodat die vol "
            + "en netjes zijn.\n\nBezwarende omstandigheden\n\nTillen van dozen met een wisselend gewicht.\n",
            "Functierangschikkingslijst winkels\n\nFunctienr. Functienaam ORBA-score\n\n05.06 Vakkenvuller Winkel\n 30\n05.04 Verkoper Winkel\n 52\n"
            + "05.01 Filiaalchef Winkel\n 171\n");
        Assert.Equal("Bijlage 3 > Vakkenvuller winkel > Bezwarende omstandigheden", Leaf(cs, "Tillen van dozen").Path);
        Assert.DoesNotContain("Filiaalchef", Leaf(cs, "Tillen van dozen").Text, StringComparison.Ordinal);
        Assert.Equal("Bijlage 3 > Functierangschikkingslijst winkels", Leaf(cs, "Filiaalchef").Path);
        Assert.Contains("05.06 Vakkenvuller", Leaf(cs, "Filiaalchef").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFormAfterARegulationsLastArticleIsAPartOfTheAppendix()
    {
        // "BIJLAGE AANVULLING ARBEIDSOVEREENKOMST, ..." (no number) after the regulation's "Artikel 4" in Bijlage 10: the form that goes
        // with the regulation. Before: its items a., b., c. were leden of article 4 ("Bijlage 10 > Art. 4 > lid b").
        var cs = Seg("BIJLAGE 10 REGLEMENT VERGOEDING VAKBONDSCONTRIBUTIE\n\nArtikel 1\nDe werknemer kan zijn brutoloon laten verlagen in ruil "
            + "voor een vergoeding van de contributie.\n\nArtikel 4\nDit reglement geldt vanaf 1 januari.\n",
            "BIJLAGE AANVULLING ARBEIDSOVEREENKOMST, VERGOEDING VAN DE CONTRIBUTIE\n\nIn te leveren bij de werkgever voor 15 november.\n\n"
            + "Ondergetekende, ………………………… (naam werknemer)\na. geeft met dit formulier aan dat hij van de regeling gebruik maakt;\n"
            + "b. heeft een arbeidsovereenkomst met ………………… (naam werkgever);\nc. is lid van ………………… (naam vakbond).\n");
        Assert.Equal("Bijlage 10 > Art. 4", Leaf(cs, "geldt vanaf 1 januari").Path);
        var b = Leaf(cs, "heeft een arbeidsovereenkomst met");
        Assert.StartsWith("Bijlage 10 > Aanvulling arbeidsovereenkomst", b.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("Art. 4", b.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void AReferenceFunctionsSheetHeaderOpensTheFunction()
    {
        // "IJKFUNCTIE ONTWERP 4" over a sheet of a function house, then "FUNCTIEFAMILIE ADVIES" over the next family's overview. Before:
        // no function was opened, so the sheets' sections ran on under the part ("Deel II > Werkomstandigheden (2)").
        var cs = Seg("DEEL II: FUNCTIEHUIS\n\nFUNCTIEFAMILIE ONTWERP\n\nDe familie Ontwerp werkt ontwerpen uit voor bouwprojecten.\n",
            "IJKFUNCTIE ONTWERP 4\nPositie in de organisatie Rapporteert aan de directie. Geeft geen leiding.\nDoel functie Maakt ontwerpen voor "
            + "kleine projecten.\nWerkomstandigheden\n Kantoorwerk met veel beeldschermwerk aan het bureau.\n",
            "IJKFUNCTIE ONTWERP 5\nPositie in de organisatie Rapporteert aan de directie. Geeft leiding aan een team.\nDoel functie Leidt "
            + "ontwerpprojecten van middelgrote omvang.\nWerkomstandigheden\n Kantoorwerk en bezoeken aan de bouwplaats.\n",
            "FUNCTIEFAMILIE ADVIES\n\nDe familie Advies geeft raad aan klanten over hun plannen.\n");
        Assert.StartsWith("Deel II > ONTWERP 4", Leaf(cs, "veel beeldschermwerk").Path, StringComparison.Ordinal);
        Assert.StartsWith("Deel II > ONTWERP 5", Leaf(cs, "bezoeken aan de bouwplaats").Path, StringComparison.Ordinal);
        Assert.DoesNotContain("bouwplaats", Leaf(cs, "veel beeldschermwerk").Text, StringComparison.Ordinal);
        Assert.StartsWith("Deel II > Functiefamilie advies", Leaf(cs, "geeft raad aan klanten").Path, StringComparison.Ordinal);
        Assert.DoesNotContain("raad aan klanten", Leaf(cs, "bezoeken aan de bouwplaats").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAppendixNamedBehindAColonEndsTheLastArticle()
    {
        // " Bijlage: Reglement Commissie cao-zaken" (no number) after the cao's last article. Before: no heading, so the regulation's
        // sections were sub-headings of that article ("H13 > Art. 13.8 > Samenstelling").
        var cs = Seg("Hoofdstuk 13 Slotbepalingen\n\n13.8 Woonplaats\nPartijen kiezen woonplaats in de stad waar de werkgeversvereniging zit.\n",
            " Bijlage: Reglement Commissie cao-zaken\n\nSamenstelling\nDe commissie telt vier leden, twee van elke kant.\n\n"
            + "Secretariaat\nHet adres van de commissie staat op de website van de sector.\n");
        Assert.Equal("H13 > Art. 13.8", Leaf(cs, "kiezen woonplaats").Path);
        Assert.StartsWith("Reglement Commissie cao-zaken", Leaf(cs, "vier leden").Path, StringComparison.Ordinal);
        Assert.Equal("Reglement Commissie cao-zaken > Secretariaat", Leaf(cs, "adres van de commissie").Path);
    }

    [Fact]
    public void ASheetHeaderWithAnOrdinalOrItsGroupOnTheNextLineOpensTheFunction()
    {
        // "functie 1e Verkoper Functiegroep C" (a name that opens with an ordinal) and "functie Meewerkend voorman Functiegroep" / "C" (the
        // group letter on the next line). Before: neither opened a function, so their sections ran on in the sheet before
        // ("Winkelhulp > Functiecontext (2)").
        var cs = Seg("BIJLAGE 2 FUNCTIEBOEK\n\nDe functies van de winkel.\n\nfunctie Winkelhulp Functiegroep A\n\nDoel van de functie\n\n"
            + "Helpen in de winkel waar dat nodig is, onder leiding van de chef.\n",
            "functie 1e Verkoper Functiegroep C\n\nDoel van de functie\n\nZelfstandig verkopen aan klanten en een afdeling bijhouden.\n",
            "functie Meewerkend voorman Functiegroep\nC\n\nDoel van de functie\n\nLeiding geven aan een ploeg en zelf meewerken in het magazijn.\n");
        Assert.StartsWith("Bijlage 2 > Winkelhulp", Leaf(cs, "onder leiding van de chef").Path, StringComparison.Ordinal);
        Assert.StartsWith("Bijlage 2 > 1e Verkoper", Leaf(cs, "een afdeling bijhouden").Path, StringComparison.Ordinal);
        Assert.StartsWith("Bijlage 2 > Meewerkend voorman", Leaf(cs, "zelf meewerken").Path, StringComparison.Ordinal);
        Assert.DoesNotContain("afdeling bijhouden", Leaf(cs, "onder leiding van de chef").Text, StringComparison.Ordinal);
        Assert.DoesNotContain("zelf meewerken", Leaf(cs, "een afdeling bijhouden").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFunctionBooksQuestionnaireHoldsItsNumberedQuestions()
    {
        // "DATUM ONTVANGST DATUM BEHANDELING VRAGENLIJST FUNCTIE-ONDERZOEK" after the book's ranking list, then "2.1 Wat is ...?" questions.
        // Before: the questions were the cao's chapters and articles ("H2 > Art. 2.1").
        var cs = Seg("BIJLAGE 2 FUNCTIEBOEK\n\nfunctie Winkelhulp Functiegroep A\n\nDoel van de functie\n\nHelpen in de winkel waar dat nodig is.\n",
            "Functierangschikkingslijst winkels\n\n05.06 Winkelhulp\n 30\n",
            "DATUM ONTVANGST DATUM BEHANDELING VRAGENLIJST FUNCTIE-ONDERZOEK\n1. WAT IS HET DOEL VAN UW FUNCTIE\nBeschrijf in een paar zinnen "
            + "waar uw functie voor is.\n\n2.1 Wat is de functie van uw direct leidinggevende?\nNoem de naam van die functie.\n\n"
            + "2.2 Geeft u zelf leiding aan anderen?\nNoem de functies en hoeveel mensen het zijn.\n");
        Assert.StartsWith("Bijlage 2 > Vragenlijst functie-onderzoek", Leaf(cs, "Noem de naam van die functie").Path, StringComparison.Ordinal);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 2.1", StringComparison.Ordinal) || c.Path.StartsWith("H2", StringComparison.Ordinal));
    }

    [Fact]
    public void AFunctionCategoryLineOpensTheFunctionAsAGroupLineDoes()
    {
        // " Functiecategorie: Financieel administratief Manager financien II Functienummer: F.01" after a sheet opened by "Functiegroep:
        // commercie Bezorger Functienummer: C.08". Before: the manager's sheet was named after the one before it ("Bezorger (2)").
        var cs = Seg("BIJLAGE A FUNCTIEBOEK\n\nFunctiegroep: commercie Bezorger Functienummer: C.08\n\nFUNCTIEPROFIEL\nDe bezorger brengt de "
            + "bestellingen met de bus naar de klanten.\n",
            " Functiecategorie: Financieel administratief Manager financien II Functienummer: F.01\n\nFUNCTIEPROFIEL\nDe manager leidt de "
            + "administratie van het bedrijf en stelt het jaarverslag op.\n",
            "Functiegroep: productie Operator inpak IIFunctienummer: P.05\n\nFUNCTIEPROFIEL\nDe operator stelt de inpakmachine in en "
            + "houdt de lijn draaiende.\n");
        Assert.StartsWith("Bijlage A > Bezorger", Leaf(cs, "met de bus").Path, StringComparison.Ordinal);
        Assert.StartsWith("Bijlage A > Manager financien II", Leaf(cs, "het jaarverslag op").Path, StringComparison.Ordinal);
        Assert.StartsWith("Bijlage A > Operator inpak II", Leaf(cs, "houdt de lijn draaiende").Path, StringComparison.Ordinal); // numeral glued to the word
    }

    [Fact]
    public void AVariantOrDifferentiationSheetIsNamedByItsFunction()
    {
        // "Variant" / "Algemene kenmerken" / "Begeleider BSO" and "Differentiatie" / "Begeleider — differentiatie 1": sheets of a variant and
        // a differentiation of a function. Before: both read as "Variant", the second as "Variant (2)" or inside the first.
        var cs = Seg("BIJLAGE 12 FUNCTIEBESCHRIJVINGEN\n\nDe functies van de opvang staan hieronder.\n",
            "Variant\n\nAlgemene kenmerken\n\nBegeleider BSO\n\nDe begeleider BSO vangt kinderen op na schooltijd en doet dat in een groep.\n\n"
            + "Doel van de functie\n\nHet opvangen van kinderen na schooltijd in de functie van begeleider.\n",
            "Differentiatie\n\nBegeleider — differentiatie 1\n\nAlgemene kenmerken\n\nDe begeleider met extra taken coacht ook de collega's "
            + "in de functie.\n\nDoel van de functie\n\nHet coachen van collega's naast het eigen werk in de groep.\n");
        Assert.StartsWith("Bijlage 12 > Variant Begeleider BSO", Leaf(cs, "na schooltijd in de functie").Path, StringComparison.Ordinal);
        Assert.StartsWith("Bijlage 12 > Begeleider — differentiatie 1", Leaf(cs, "naast het eigen werk").Path, StringComparison.Ordinal);
    }
}
