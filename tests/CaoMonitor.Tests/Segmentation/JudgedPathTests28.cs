using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors independent judges found in real samples (session 28), each in a fixture of our own words with the real text's
/// layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests28
{
    [Fact]
    public void AReferenceNumberCarriedOverBeforeTheNextLidEndsTheLidBefore()
    {
        // "... Zie ook artikel" / "33. 3. Als je ...": the number of a reference wrapped to the next line, the next lid behind it on that line.
        // Before: lid 3 and every lid after it ran on in lid 2.
        var cs = Seg("Artikel 32 Jaarurensystematiek\n1. Je werkt volgens een rooster dat de werkgever vooraf met je bespreekt.\n"
            + "2. Meer uren dan je gemiddelde arbeidsduur per week komen op je jaarsaldo. Zie ook artikel\n"
            + "33. 3. Als je per week minder uren werkt, gaan die uren van je jaarsaldo af.\n"
            + "4. Aan het einde van het jaar worden de plusuren uitbetaald.\n\n"
            + "Artikel 33 Overwerk\n1. Overwerk is werk boven het rooster op verzoek van de werkgever.");
        Assert.Equal("Art. 32 > lid 2", Leaf(cs, "jaarsaldo. Zie ook").Path);
        Assert.EndsWith("artikel\n33.", Leaf(cs, "jaarsaldo. Zie ook").Text);
        Assert.Equal("Art. 32 > lid 3", Leaf(cs, "minder uren werkt").Path);
        Assert.StartsWith("3. Als je", Leaf(cs, "minder uren werkt").Text);
        Assert.Equal("Art. 32 > lid 4", Leaf(cs, "plusuren uitbetaald").Path);
    }

    [Fact]
    public void AWordsLastLetterCarriedOverBeforeTheNextLidEndsTheLidBefore()
    {
        // "... veroorzaakt door een bedrijfsongeva" / "l. 2. Wanneer ...": the extractor broke the last word, its last letter and full stop
        // went to the next line before lid 2. Before: leden 2 and 3 ran on in lid 1.
        var cs = Seg("Artikel 7.15 Bedrijfsongeval\n1. Je houdt in het tweede ziektejaar je volle salaris als je ziekte komt door een bedrijfsongeva\n"
            + "l. 2. Wanneer je door een bedrijfsongeval blijvend niet meer kunt werken, krijgt je een aanvulling op je uitkering.\n"
            + "3. Ben je voor een deel arbeidsongeschikt, dan krijg je een kleinere aanvulling.");
        Assert.Equal("Art. 7.15 > lid 1", Leaf(cs, "volle salaris").Path);
        Assert.Equal("Art. 7.15 > lid 2", Leaf(cs, "blijvend niet meer").Path);
        Assert.Equal("Art. 7.15 > lid 3", Leaf(cs, "kleinere aanvulling").Path);
    }

    [Fact]
    public void ANumberedListItemAfterACompleteSentenceStaysALid()
    {
        // "... per jaar." / "2. 3. ..." never comes after a sentence that ended: the carried-over reading needs a line that ends in a word.
        var cs = Seg("Artikel 5 Verlof\n1. De werknemer heeft recht op verlof.\n2. Het verlof wordt in overleg vastgesteld.\n"
            + "3. Verlof dat niet is opgenomen vervalt na vijf jaar.");
        Assert.Equal("Art. 5 > lid 2", Leaf(cs, "in overleg").Path);
        Assert.Equal("Art. 5 > lid 3", Leaf(cs, "vervalt na vijf").Path);
    }
    [Fact]
    public void ARunningHeaderGluedBeforeALidDoesNotHideTheLid()
    {
        // "BIJLAGE" at the top of every page of the appendices; on one page the extractor glued it to the first lid there:
        // "BIJLAGE 6. Indien de uitspraak ...". Before: lid 6 ran on in lid 5 (and "BIJLAGE 2. De werkgever ..." opened an appendix).
        // Each page: the header, then the line numbers the extractor took from the margin.
        var cs = Seg("Bijlage 3 Beroepsprocedure functie-indeling\n\nBIJLAGE\n2\n3\n4\n"
            + "1. De werknemer die het niet eens is met zijn indeling, meldt dat schriftelijk bij de werkgever.\n"
            + "2. De werkgever beslist binnen vier weken over het bezwaar.\n\nBIJLAGE\n2\n3\n4\n"
            + "3. Blijft de werknemer het oneens, dan kan hij zich wenden tot de commissie van de sector.\n"
            + "4. De commissie hoort beide partijen.\n"
            + "5. De commissie doet binnen acht weken een bindende uitspraak over de indeling.\n\n"
            + "BIJLAGE 6. Leidt de uitspraak tot een hogere groep, dan werkt die terug tot de dag van het bezwaar.\n\nBIJLAGE\n2\n3\n4\n"
            + "7. De kosten van de commissie komen voor rekening van het fonds.");
        Assert.Equal("Bijlage 3 > lid 5", Leaf(cs, "bindende uitspraak").Path);
        Assert.Equal("Bijlage 3 > lid 6", Leaf(cs, "werkt die terug").Path);
        Assert.Equal("Bijlage 3 > lid 7", Leaf(cs, "voor rekening van het fonds").Path);
    }
    [Fact]
    public void ALowerCaseArticleTitleMayNameAnAgeOrANumberOfHours()
    {
        // "Artikel 21 vervallen" / "Artikel 22 overgangsregelingen 45 jaar en ouder": a lower-case title with an age in it. Before: the
        // heading of article 22 was no heading, so its leden read as leden of the lapsed article 21.
        var cs = Seg("Artikel 20 tijdsparen\n1. Het sparen van uren in tijd is waardevast.\n2. De uren worden opgenomen naar keuze.\n\n"
            + "Artikel 21 vervallen\n\nArtikel 22 overgangsregelingen 45 jaar en ouder\n"
            + "1. De overgangsregeling geldt alleen voor de werknemer die in 2009 al in dienst was.\n2. Categorie A krijgt een hogere bijdrage.\n\n"
            + "Artikel 23 vergoeding voor werknemers met een arbeidsduur van 36 uur, of meer\n1. Overwerk wordt in tijd gecompenseerd.\n\n"
            + "Artikel 24 slotbepaling\n1. Deze regeling eindigt in 2030.");
        Assert.Equal("Art. 22 > lid 1", Leaf(cs, "al in dienst was").Path);
        Assert.Equal("Art. 22 > lid 2", Leaf(cs, "hogere bijdrage").Path);
        Assert.Equal("Art. 23 > lid 1", Leaf(cs, "in tijd gecompenseerd").Path);
    }

    [Fact]
    public void ALowerCaseTitleWithAReferenceNumberIsNoHeading()
    {
        // "Artikel 32 lid 1 bij uitbetaling" (a table's row naming where a rule stands): digits without a unit keep it from being a title.
        var cs = Seg("Artikel 31 Vakantie\n1. De werknemer heeft recht op vakantie.\n2. Bij uitbetaling geldt het volgende:\n"
            + "Artikel 32 lid 1 bij uitbetaling\nhet loon over de laatste maand.");
        Assert.Equal("Art. 31 > lid 2", Leaf(cs, "laatste maand").Path);
    }
    [Fact]
    public void ALetteredArticleNumberSplitByTheExtractorIsReadWhole()
    {
        // "Artikel C. 9" (a space after the dot) and "Artikel C.1 1" (a space inside the number): C.9 and C.11. Before: C.9 and C.10 ran on
        // in C.8, and "C.1 1", "C.1 3" read as "C.1 (2)", "C.1 (3)".
        var cs = Seg("Bijlage C Overlegprotocol\n\nArtikel C.8\nPartijen overleggen over de rechtspositie van de werknemers.\n\n"
            + "Artikel C. 9\nDe werkgever informeert het lokaal overleg tijdig over een reorganisatie.\n\n"
            + "Artikel C. 10\nPartijen houden in het beleid rekening met de verschillen tussen instellingen.\n\n"
            + "Artikel C.1 1\nEen geschil op het niveau van de instelling kan aan de commissie worden voorgelegd.\n\n"
            + "Artikel C.1 3\n1. Een instelling kan met instemming van de raad een proef aanvragen.\n2. Partijen besluiten binnen drie maanden.");
        Assert.Equal("Bijlage C > Art. C.8", Leaf(cs, "rechtspositie van de").Path);
        Assert.Equal("Bijlage C > Art. C.9", Leaf(cs, "over een reorganisatie").Path);
        Assert.Equal("Bijlage C > Art. C.10", Leaf(cs, "verschillen tussen").Path);
        Assert.Equal("Bijlage C > Art. C.11", Leaf(cs, "aan de commissie").Path);
        Assert.Equal("Bijlage C > Art. C.13 > lid 2", Leaf(cs, "binnen drie maanden").Path);
    }
    [Fact]
    public void ALidBehindAMarginKeywordInCapitalsOpensItsLid()
    {
        // "FWG VVT 1. Je werkgever ..." (a side keyword in capitals, lid 1 behind it) over " 2. Lid 1 geldt niet als je:" and its items a-c.
        // Before: lid 1 was an "inleiding", lid 2 no lid, and its items a-c leden of the article ("Art. 3.1 > lid c").
        var cs = Seg("Artikel 3.1 Functiewaardering\nFWG VVT 1. Je werkgever gebruikt voor het indelen van je functie het systeem van de sector.\n"
            + " Jij en je werkgever mogen dat systeem gratis inzien.\n 2. Lid 1 geldt niet als je:\na. leerling bent;\nb. stagiair bent;\n"
            + "c. vakantiewerker bent.\n\nArtikel 3.2 Salaris\n1. Je salaris volgt uit de tabel.");
        Assert.Equal("Art. 3.1 > lid 1", Leaf(cs, "gratis inzien").Path);
        Assert.Equal("Art. 3.1 > lid 2", Leaf(cs, "vakantiewerker").Path);
    }
    [Fact]
    public void ASubAppendixNumberedLetterDotRomanOpensItsOwnAppendix()
    {
        // "Bijlage B.I, Arbeidstijden ..." / "Bijlage B.IIl Voorschriften bij ziekte" (an l for the last I) / "Bijlage B.IV.— Regels ...": the
        // sub-appendices of appendix B. Before: the first read as "Bijlage B" and every later one's text stayed in it, under its sub-headings.
        var cs = Seg("Artikel 40 Slot\n1. Deze cao eindigt op 31 december 2025.\n\n"
            + "Bijlage B.I, Arbeidstijden en diensten\nEen dienst duurt ten hoogste negen uur.\n\n"
            + "Bijlage B.IIl Voorschriften bij ziekte\n1. Meld je ziek voor het begin van je dienst.\n2. Blijf bereikbaar voor de verzuimbegeleider.\n\n"
            + "Bijlage B.IV.— Regels voor de spaaruren\n1. Gespaarde uren worden elk jaar vastgelegd.\n2. Je neemt ze op in overleg.");
        Assert.Equal("Bijlage B.I", Leaf(cs, "negen uur").Path);
        Assert.Equal("Bijlage B.III > lid 2", Leaf(cs, "bereikbaar").Path);
        Assert.Equal("Bijlage B.IV > lid 2", Leaf(cs, "in overleg").Path);
    }
}
