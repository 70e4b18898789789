using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors independent judges found in real samples (sessions 26 and 27), each in a fixture of our own words with the real
/// text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests27
{
    [Fact]
    public void AnArticleNumberWithASpaceBeforeItsDecimalDotIsTheDecimalArticle()
    {
        // "Artikel 10 .1 Begrip student" / "Artikel 10 .2 Duur": the extractor put a space before the dot. Before: "Art. 10", "Art. 10 (2)".
        var cs = Seg("Hoofdstuk 10 Bijzondere groepen\n\nArtikel 10 .1 Begrip student\n1. Dit artikel gaat alleen over de student die bij de werkgever werkt.\n"
            + "2. Een student is iemand die aan een hogeschool staat ingeschreven.\n\nArtikel 10 .2 Duur van het dienstverband\n"
            + "1. Met de student wordt een dienstverband voor bepaalde tijd gesloten.\n2. Het dienstverband eindigt als de inschrijving eindigt.");
        Assert.Equal("H10 > Art. 10.1 > lid 2", Leaf(cs, "aan een hogeschool").Path);
        Assert.Equal("H10 > Art. 10.2 > lid 1", Leaf(cs, "voor bepaalde tijd gesloten").Path);
    }

    [Fact]
    public void TheTypoHoofstukOpensAChapter()
    {
        // "HOOFSTUK 3 ARBEIDSTIJD" (a letter lost in print) above "Artikel 12". Before: article 12 stayed in chapter 2.
        var cs = Seg("HOOFDSTUK 2 DIENSTVERBAND\n\nArtikel 11 Proeftijd\nDe proeftijd is twee maanden voor een dienstverband van een jaar of langer.\n\n"
            + "HOOFSTUK 3 ARBEIDSTIJD\n\nArtikel 12 Werktijden\nDe normale arbeidsduur is veertig uur per week, te werken op maandag tot en met vrijdag.\n\n"
            + "HOOFDSTUK 4 LOON\n\nArtikel 13 Loonschalen\nHet loon volgt uit de loonschaal van de functie.");
        Assert.Equal("H3 > Art. 12", Leaf(cs, "veertig uur per week").Path);
        Assert.Equal("H2 > Art. 11", Leaf(cs, "twee maanden").Path);
        Assert.Equal("H4 > Art. 13", Leaf(cs, "loonschaal van de functie").Path);
    }

    [Fact]
    public void ADotlessLidAfterAListItsLidBeforeOpenedIsTheNextLid()
    {
        // "2 De werknemer met ... heeft recht volgens deze staffel:" / "– vanaf 0,1 fte: 10 uur" ... / "3 De werkgever zorgt ...": leden without
        // a dot, the lid before ending in a list whose items end in no full stop. Before: leden 3 and 4 ran on in lid 2.
        var cs = Seg("Artikel P-3 Scholingsrecht\n1 Iedere werknemer met een dienstverband van ten minste 0,4 fte heeft elk jaar recht op veertig uur scholing.\n"
            + "2 De werknemer met een kleiner dienstverband\n– docent en ondersteuner – heeft elk jaar recht op uren volgens deze staffel:\n"
            + " – vanaf 0,1 fte: 10 uur\n – vanaf 0,2 fte: 20 uur\n – vanaf 0,3 fte: 30 uur\n"
            + "3 De werkgever zorgt dat deze uren in het jaarrooster vrij blijven.\n"
            + "4 De werknemer kiest zelf hoe hij deze uren besteedt en bespreekt dat in het jaargesprek.\n\n"
            + "Artikel P-4 Kosten\n1 De werkgever betaalt de kosten van de scholing.");
        Assert.Equal("Art. P-3 > lid 3", Leaf(cs, "in het jaarrooster vrij").Path);
        Assert.Equal("Art. P-3 > lid 4", Leaf(cs, "kiest zelf hoe").Path);
        Assert.Equal("Art. P-3 > lid 2", Leaf(cs, "vanaf 0,3 fte").Path);
    }

    [Fact]
    public void InDotlessLedenTheNextNumberOpensALidWhoseSecondWordIsANumber()
    {
        // "3 Als het loon lager is dan het minimumloon, ..." / "4 Vanaf 1 januari 2025 geldt ..." / "5 Zie artikel 7 van deze cao.": an article whose
        // leden all go without a dot; the next number opens its lid also before a number or a short sentence. Before: lid 3 ran on to the end.
        var cs = Seg("Artikel 4.1 Salaris\n1 De werknemer ontvangt een salaris volgens de schaal van zijn functie.\n"
            + "2 Het salaris wordt elke maand betaald, uiterlijk op de laatste werkdag van de maand.\n"
            + "3 Als het salaris lager is dan het minimumloon, vult de werkgever het aan tot het minimumloon.\n"
            + "4 Vanaf 1 januari 2025 geldt voor alle schalen een bodem van veertien euro per uur.\n"
            + "5 Zie artikel 7 van deze cao.\n\n"
            + "Artikel 4.2 Toelagen\n1 De werkgever betaalt een toelage voor werk in de nacht.");
        Assert.Equal("Art. 4.1 > lid 4", Leaf(cs, "Vanaf 1 januari 2025").Path);
        Assert.Equal("Art. 4.1 > lid 5", Leaf(cs, "Zie artikel 7").Path);
        Assert.Equal("Art. 4.1 > lid 3", Leaf(cs, "vult de werkgever").Path);
    }

    [Fact]
    public void InDottedLedenADotlessNumberBeforeANumberStaysInItsLid()
    {
        // Leden with a dot ("1." "2."): a line "3 Vanaf 1 januari ..." is a table's or list's row, no lid (the dotless reading is only for
        // an article that writes all its leden without a dot).
        var cs = Seg("Artikel 4.1 Salaris\n1. De werknemer ontvangt een salaris volgens de schaal van zijn functie.\n"
            + "2. Het salaris stijgt in de volgende stappen:\n1 Vanaf 1 januari 2025 met twee procent op alle schalen.\n"
            + "2 Vanaf 1 juli 2025 met nog eens een procent.\n3 Vanaf 1 januari 2026 met anderhalf procent.\n\n"
            + "Artikel 4.2 Toelagen\n1. De werkgever betaalt een toelage voor werk in de nacht.");
        Assert.Equal("Art. 4.1 > lid 2", Leaf(cs, "Vanaf 1 januari 2026").Path);
    }

    [Fact]
    public void AHeadingGluedBehindARunningFootersYearAndPageNumberOpensItsSection()
    {
        // "Cao Hogescholen maart 202214Artikel 1.3 Looptijd": the footer's year and the page number ran into the next article's heading,
        // and "12 9Bijlage 6. Sociaal Statuut" a page number into an appendix's. Before: article 1.3's leden were leden of 1.2, the
        // appendix's text the last appendix's.
        var cs = Seg("Hoofdstuk 1 Algemeen\n\nArtikel 1.2 Bevoegdheid\n1. Het bestuur oefent de bevoegdheden van de werkgever uit.\n"
            + "2. Het bestuur kan die bevoegdheid schriftelijk aan een ander overdragen.\n"
            + "Cao Hogescholen maart 202214Artikel 1.3 Looptijd en wijziging\n1. De cao geldt van 1 januari tot en met 31 december.\n"
            + "2. Een partij kan de cao tussentijds opzeggen als de omstandigheden ingrijpend veranderen.\n\n"
            + "Bijlage 5. Feestdagen\nDe erkende feestdagen zijn de christelijke feestdagen en Koningsdag.\n"
            + "12 9Bijlage 6. Sociaal Statuut\n1. De werkgever voert een beleid dat ontslag zo veel mogelijk voorkomt.\n"
            + "2. Bij een reorganisatie overlegt de werkgever met de medezeggenschapsraad.");
        Assert.Equal("H1 > Art. 1.3 > lid 2", Leaf(cs, "tussentijds opzeggen").Path);
        Assert.Equal("H1 > Art. 1.2 > lid 2", Leaf(cs, "aan een ander overdragen").Path);
        Assert.Equal("Bijlage 6 > lid 1", Leaf(cs, "ontslag zo veel mogelijk").Path);
    }

    [Fact]
    public void AReferenceWrappedBeforeItsArticleNumberOpensNothing()
    {
        // "... ingesteld conform HOOFDSTUK" / "3Artikel 22": a reference wrapped over two lines, no heading behind a page number.
        var cs = Seg("Artikel 21 Toeslagen\n1. Voor werk op zondag geldt een toeslag, tenzij het werk op zondag structureel is ingesteld conform HOOFDSTUK\n"
            + "3Artikel 22 van deze cao.\n2. Voor werk in de nacht geldt een toeslag van vijftig procent.\n\nArtikel 22 Zondagswerk\nDe werkgever kan zondagswerk structureel invoeren.");
        Assert.Equal("Art. 21 > lid 1", Leaf(cs, "structureel is ingesteld").Path);
        Assert.Equal("Art. 21 > lid 2", Leaf(cs, "in de nacht").Path);
    }

    [Fact]
    public void AnAppendixWithALowerCaseTitleOpensTheAppendix()
    {
        // "Bijlage 1 functiebeschrijvingen" over the function book; "Bijlage 2.a. Arbeidsovereenkomst" a lettered sub-appendix. Before: the
        // function descriptions read as sub-headings of the last article ("H11 > Art. 56 > Functiedoel (2)").
        var cs = Seg("HOOFDSTUK 11 AMBULANTE HANDEL\n\nArtikel 56 Reisuren\nVoor reisuren wordt het gewone salaris per uur betaald.\n\n"
            + "Bijlage 1 functiebeschrijvingen\n\nFunctiegebouw\n\nDit functiegebouw kent zeven functies, van aankomend medewerker tot bedrijfsleider.\n\n"
            + "Bijlage 2.a. Arbeidsovereenkomst\nDe werkgever en de werknemer sluiten een arbeidsovereenkomst voor onbepaalde tijd.\n\n"
            + "Bijlage 2.b. Arbeidsovereenkomst leerling\nDe werkgever en de leerling sluiten een leerarbeidsovereenkomst.");
        Assert.Equal("Bijlage 1 > Functiegebouw", Leaf(cs, "zeven functies").Path);
        Assert.Equal("H11 > Art. 56", Leaf(cs, "gewone salaris per uur").Path);
        Assert.StartsWith("Bijlage 2.A", Leaf(cs, "voor onbepaalde tijd").Path);
        Assert.StartsWith("Bijlage 2.B", Leaf(cs, "leerarbeidsovereenkomst").Path);
    }

    [Fact]
    public void ASideTabBeforeALetteredItemIsNoAppendix()
    {
        // "BIJLAGE b. her-, om- en bijscholing": a side tab glued before the next lettered item of a list, no appendix B.
        var cs = Seg("Bijlage 9 Werkgelegenheid\n1. In het overleg kunnen de volgende punten aan de orde komen:\na. de gevolgen van investeringen voor de werkgelegenheid;\n"
            + "BIJLAGE b. her-, om- en bijscholing;\nc. het mobiliteitsvraagstuk.\n2. Partijen overleggen twee keer per jaar.");
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage B", StringComparison.Ordinal));
        Assert.StartsWith("Bijlage 9", Leaf(cs, "twee keer per jaar").Path);
    }

    [Fact]
    public void AFunctionNameWrappedInAPayGroupsListIsNoSubHeading()
    {
        // "Loongroep III" / "Kantinebeheerder Beheren van de kantine ..." / "Medewerker wasafdeling" / "(drogen)* Verrichten van ...": a table
        // cell wrapped a function's name onto a line of its own. It is a row of pay group III, no sub-heading. Before:
        // "Bijlage 1 > Medewerker wasafdeling".
        var cs = Seg("BIJLAGE 1\n\nFunctie-indeling\n\nDe met een * gemarkeerde functies zijn productiefuncties.\n\n"
            + "Loongroep II\n\nSorteerder* Sorteren van gereinigde kleding.\nInpakker* Inpakken van gevouwen wasgoed.\n\n"
            + "Loongroep III\n\nKantinebeheerder Beheren van de kantine en verstrekken van dranken.\n\nMedewerker wasafdeling\n"
            + "(drogen)* Verrichten van het drogen en vouwen van wasgoed volgens de instructies van de ploegleider.\n\n"
            + "Loongroep IV\n\nWasser* Bedienen van de wasstraat en toezicht houden op het wasproces.");
        Assert.Equal("Bijlage 1 > Loongroep III", Leaf(cs, "drogen en vouwen").Path);
        Assert.Equal("Bijlage 1 > Loongroep IV", Leaf(cs, "Bedienen van de wasstraat").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Medewerker wasafdeling", StringComparison.Ordinal));
    }

    [Fact]
    public void AContentsEntryClosedWithAFullStopStaysInTheContents()
    {
        // An appendix's own contents under "INHOUDSOPGAVE": "1.6 De methode voor functiewaardering." ends in a full stop. Before: it opened
        // "H1 (2) > Art. 1.6" (path26 judge-5 n48).
        var cs = Seg("Artikel 1 Werkingssfeer\nDeze cao geldt voor de werkgevers in de visdetailhandel.\n\nArtikel 2 Loon\nHet loon volgt uit de loonschaal.\n\n"
            + "BIJLAGE 5 FUNCTIEHANDBOEK\n\nINHOUDSOPGAVE\nHoofdstuk 1 Algemeen\n1.1 Begrippen\n1.2 Inleiding\n1.3 Opzet van het handboek\n"
            + "1.4 De methode voor functiewaardering.\n1.5 Toepassing van de methode\n\nHoofdstuk 2 Het referentiemateriaal\n2.1 Totstandkoming\n2.2 Functiegroepen\n\n"
            + "HOOFDSTUK 1 ALGEMEEN\n\n1.1 Begrippen\nEen referentiefunctie is een voorbeeld van een functie zoals die in de branche voorkomt.");
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 1.4", StringComparison.Ordinal));
        Assert.Contains(cs, c => c.Path.EndsWith("Art. 1.1", StringComparison.Ordinal) && c.Text.Contains("referentiefunctie", StringComparison.Ordinal));
    }
}
