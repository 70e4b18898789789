using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors the independent judges of session 16 found in the real 2024 corpus (and their kin elsewhere in it), each in a
/// fixture of our own words with the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests16
{
    [Fact]
    public void ADecimalArticleWithALetterIsAnArticleOfItsOwn()
    {
        // "3.5a" is an article inserted after 3.5, not text of 3.5; the next, "3.6", follows it (also with its lid 1 on its line).
        var cs = Seg("""
            Cao Fictieve Campings
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 3 Werktijden
            3.5 Registratie
            De werkgever houdt een overzicht bij van de gewerkte uren van elke werknemer.
            3.5a Oproepkrachten en hun oproep
            Een oproepkracht wordt ten minste vier dagen van tevoren opgeroepen voor zijn diensten.
            3.5b Aanbod na een jaar
            Na twaalf maanden doet de werkgever een aanbod voor een vaste omvang van het werk.
            3.6 Werken op feestdagen 1. Het werk in de sector brengt mee dat een werknemer ook op feestdagen kan werken.
            2. Wie op een feestdag werkt, krijgt een toeslag van de helft van zijn uurloon.
            """);
        Assert.Equal("H3 > Art. 3.5", Leaf(cs, "overzicht bij van de gewerkte uren").Path);
        Assert.Equal("H3 > Art. 3.5a", Leaf(cs, "vier dagen van tevoren").Path);
        Assert.Equal("H3 > Art. 3.5b", Leaf(cs, "vaste omvang").Path);
        Assert.Equal("H3 > Art. 3.6 > lid 1", Leaf(cs, "ook op feestdagen kan werken").Path);
        Assert.Equal("H3 > Art. 3.6 > lid 2", Leaf(cs, "toeslag van de helft").Path);
    }

    [Fact]
    public void AnArticleLetterInCapitalsWithADotIsPartOfItsNumber()
    {
        // "Artikel 1 4 A. Werktijden" (its number split by the extractor, its letter in capitals with a dot) is article 14a, and
        // "Artikel 1 4 B." article 14b: not article 14 twice, "Art. 14 (2)".
        var cs = Seg("""
            Cao Fictieve Zaadhandel
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 3 Keuze van een rooster
            In de onderneming wordt gekozen tussen een vaste werkweek en een wisselend rooster.
            Artikel 1 4 A. Werktijden algemeen
            1. De werkweek loopt van maandag tot en met zaterdag.
            2. Een werkdag duurt ten hoogste negen uur.
            Artikel 1 4 B. Vaste werkweek
            1. De vaste werkweek telt 38 uur.
            """);
        Assert.Equal("Art. 13", Leaf(cs, "wisselend rooster").Path);
        Assert.Equal("Art. 14a > lid 2", Leaf(cs, "ten hoogste negen uur").Path);
        Assert.Equal("Art. 14b > lid 1", Leaf(cs, "telt 38 uur").Path);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 14 (2)", StringComparison.Ordinal));
    }

    [Fact]
    public void AChapterWordTheExtractorSplitOrGluedToItsNumberOpensTheChapter()
    {
        // "HOOF DSTUK 3" (a space inside the word) and "HOOFDSTUK4" (no space before the number) are chapter headings: the
        // articles under them are not the chapter before's.
        var cs = Seg("""
            Cao Fictieve Kwekers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            HOOFDSTUK 2 HET DIENSTVERBAND
            Artikel 8 Arbeidsovereenkomst
            De werkgever en de werknemer leggen de arbeidsovereenkomst schriftelijk vast.
            HOOF DSTUK 3 ARBEIDSDUUR
            Artikel 12 Arbeidsduur
            De arbeidsduur van een voltijder is 38 uur per week.
            HOOFDSTUK4 VAKANTIE EN VERLOF
            Artikel 20 Vakantie
            De werknemer heeft recht op 24 vakantiedagen per jaar.
            """);
        Assert.Equal("H2 > Art. 8", Leaf(cs, "schriftelijk vast").Path);
        Assert.Equal("H3 > Art. 12", Leaf(cs, "38 uur per week").Path);
        Assert.Equal("H4 > Art. 20", Leaf(cs, "24 vakantiedagen").Path);
    }

    [Fact]
    public void APageLabelBeforeAnAppendixHeadingAndAListNumberBeforeAnArticleHeadingOpenThem()
    {
        // Each page of an appendix starts with a label ("Bijlage 2, blad 1"), which the extractor glued to the appendix's own
        // heading ("Bijlage 2 – Reglement geschillen", its title behind a dash). The appendix's articles carry a list number
        // before the word ("3. Artikel 3 - Kosten"). The appendix and its articles open: they are not leden of the last
        // article of the main body. A reference that names an appendix by number and title behind "artikel 2" opens nothing.
        var cs = Seg("""
            Cao Fictieve Spoorbouw
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 20 Looptijd
            Deze cao loopt van 1 januari 2025 tot en met 31 december 2026.
            Artikel 21 Afwijken van de cao
            Partijen kunnen op verzoek ontheffing geven van de cao.
            Dispensatie
            1. Een verzoek om ontheffing gaat schriftelijk naar het secretariaat van partijen.
            2. Partijen beslissen binnen acht weken over het verzoek.
            Bijlage 2, blad 1 Bijlage 2 – Reglement geschillen
            1. Artikel 1 - Begrippen
            1. Onder geschil wordt verstaan: een verschil van mening over de uitleg van deze cao.
            2. Onder commissie wordt verstaan: de vaste commissie van partijen.
            2. Artikel 2 - Indienen
            1. Een geschil wordt schriftelijk bij de commissie ingediend, zoals ook staat in artikel 2 Bijlage 3 – Kosten
            2. De commissie bevestigt de ontvangst binnen twee weken.
            Bijlage 2, blad 2 3. Artikel 3 - Kosten
            1. Elke partij draagt de eigen kosten van het geschil.
            """);
        Assert.Equal("Art. 21 > Dispensatie > lid 2", Leaf(cs, "binnen acht weken").Path);
        Assert.Equal("Bijlage 2 > Art. 1 > lid 1", Leaf(cs, "verschil van mening").Path);
        Assert.Equal("Bijlage 2 > Art. 2 > lid 2", Leaf(cs, "ontvangst binnen twee weken").Path);
        Assert.Equal("Bijlage 2 > Art. 3 > lid 1", Leaf(cs, "eigen kosten").Path);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage 3", StringComparison.Ordinal));
    }

    [Fact]
    public void ARegulationInCapitalsAfterAnArticlesLastLidIsNoPartOfThatArticle()
    {
        // After the last lid of an appendix's article 6 comes "GESCHILLENREGLEMENT" over its own numbering from 1, and after the
        // main body's last article a protocol with a title in capitals wrapped over two lines. Each is a section of what holds the
        // article (the appendix, the chapter), not a sub-heading of the article: its "lid 1" is not article 6's.
        var cs = Seg("""
            Cao Fictieve Poeliers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 8 Slotbepalingen
            Artikel 73 Nawerking
            1. Rechten uit oudere afspraken vervallen met de inwerkingtreding van deze cao.
            2. Gunstiger afspraken met een werknemer zelf blijven gelden.

            PROTOCOL OVER HET WERKEN BIJ GROTE HITTE IN DE
            WERKPLAATSEN
            Partijen spreken af dat werkgevers maatregelen nemen om de werknemers tegen hitte te beschermen.
            Bijlage 1 Commissies
            Artikel 6 Commissie van advies
            1. Er is een commissie van advies van drie leden.
            2. De commissie heeft een eigen secretariaat.
            3. Elke organisatie wijst een plaatsvervanger aan.

            GESCHILLENREGLEMENT

            1. Een geschil tussen een werkgever en een werknemer kan aan de commissie worden voorgelegd.
            2. Het geschil wordt schriftelijk ingediend bij het secretariaat.
            Bijlage 2 Adressen
            Het secretariaat is gevestigd in Zeist.
            """);
        Assert.Equal("H8 > Art. 73 > lid 2", Leaf(cs, "Gunstiger afspraken").Path);
        Assert.Equal("H8 > Protocol over het werken bij grote hitte in de wer…", Leaf(cs, "tegen hitte te beschermen").Path);
        Assert.Equal("Bijlage 1 > Art. 6 > lid 3", Leaf(cs, "plaatsvervanger").Path);
        Assert.Equal("Bijlage 1 > Geschillenreglement > lid 1", Leaf(cs, "kan aan de commissie worden voorgelegd").Path);
        Assert.Equal("Bijlage 1 > Geschillenreglement > lid 2", Leaf(cs, "schriftelijk ingediend bij het secretariaat").Path);
    }

    [Fact]
    public void ALidNumberWithoutADotBeforeItsFirstItemOpensTheLid()
    {
        // "1 a. Is de werknemer ziek?" is lid 1 opening with its item a (no dot behind the 1); "2." then follows as lid 2, and
        // its items "a." and "b." stay in it. "4 b." after "4 a." is still lid 4. Not an "inleiding" with leden a, b, c.
        var cs = Seg("""
            Cao Fictieve Metaalbewerkers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 67 Hoeveel loon krijgt een zieke werknemer?
            1 a. Is de werknemer ziek? Dan betaalt de werkgever het eerste jaar het volle loon door.
            b. In het tweede jaar betaalt de werkgever negentig procent van het loon.
            2. Krijgt de werknemer loon doorbetaald? Dan gaan daar deze bedragen af:
            a. een uitkering uit een wettelijke verzekering;
            b. een uitkering uit een aanvullende verzekering van de sector.
            3 Met loon bedoelen we het loon uit de loonschaal van de werknemer.
            4 a. Werkt de werknemer weer voor een deel? Dan krijgt hij voor die uren zijn eigen loon.
            4 b. Voor de andere uren geldt lid 1.
            Artikel 68 Re-integratie
            De werknemer werkt mee aan zijn herstel en aan zijn terugkeer in het werk.
            """);
        Assert.Equal("Art. 67 > lid 1", Leaf(cs, "het eerste jaar het volle loon").Path);
        Assert.Equal("Art. 67 > lid 2", Leaf(cs, "een aanvullende verzekering van de sector").Path);
        Assert.Equal("Art. 67 > lid 3", Leaf(cs, "uit de loonschaal").Path);
        Assert.Equal("Art. 67 > lid 4", Leaf(cs, "Voor de andere uren").Path);
        Assert.DoesNotContain(cs, c => c.Path == "Art. 67 > lid a" || c.Path == "Art. 67 > inleiding");
    }

    [Fact]
    public void AnAppendixHeadingWithALongTitleOpensTheAppendix()
    {
        // "Bijlage 7.3" with a title of well over a hundred characters is the heading of that sub-appendix: its articles are
        // not Bijlage 7.2's.
        var cs = Seg("""
            Cao Fictieve Grondwerkers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Begrippen
            In deze cao wordt verstaan onder werknemer: ieder die bij de werkgever in dienst is.
            Bijlage 7.2 Welke regels gelden er voor uitzendkrachten?
            7.2.1 Uitgangspunt
            Voor een uitzendkracht gelden de regels van deze cao, tenzij deze bijlage anders bepaalt.
            Bijlage 7.3 Afwijkende lonen voor een uitzendkracht in een functie op de bouwplaats met een arbeidsovereenkomst naar het recht van een ander land
            7.3.1 Loon van een uitzendkracht tot 21 jaar
            Een uitzendkracht tot 21 jaar krijgt ten minste het loon uit de tabel hieronder.
            """);
        Assert.Equal("Bijlage 7.2 > Art. 7.2.1", Leaf(cs, "tenzij deze bijlage anders bepaalt").Path);
        Assert.Equal("Bijlage 7.3 > Art. 7.3.1", Leaf(cs, "uit de tabel hieronder").Path);
    }

    [Fact]
    public void AnAppendixsNumberingRunsOnAcrossItsSubHeadings()
    {
        // An appendix numbers its points 1 to 6 straight through, across sub-headings. Right under a sub-heading ("Uitvoering"),
        // point 3 is a lid of that sub-heading. After a sub-heading with text of its own (a table of scores), the numbered title
        // "5. Plicht tot een ontwikkelplan" over its own sentence ends that sub-heading: it is the appendix's lid 5, not text of
        // the table, and 6 follows it. A numbered list of short names stays text.
        var cs = Seg("""
            Cao Fictieve Tuincentra
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Begrippen
            In deze cao wordt verstaan onder werknemer: ieder die bij de werkgever in dienst is.
            Bijlage 9 Belonen naar beoordeling
            Inleiding
            1. Keuze voor het systeem
            Een werkgever kiest na overleg met zijn werknemers of hij belonen naar beoordeling toepast.
            2. Vastleggen van de keuze
            De werkgever legt de keuze schriftelijk vast en deelt die aan alle werknemers mee.
            Uitvoering
            3. De werkgever beoordeelt elke werknemer eens per jaar op vijf vaste punten.
            4. De werknemer krijgt een verslag van de beoordeling en kan daarop reageren.
            Scores voor leidinggevenden
            Voor leidinggevende functies geldt een schaal van vier punten per onderdeel.
            Score Oordeel Groei
            0 tot 10 Onvoldoende geen periodiek
            11 tot 20 Goed een periodiek

            5. Plicht tot een ontwikkelplan
            Bij een onvoldoende score stelt de werkgever samen met de werknemer een ontwikkelplan op.
            6. Inhoud van het plan
            In het plan staan de stappen die werkgever en werknemer het komende jaar zetten.
            Onderdelen
            Een werknemer kiest uit deze lijst twee onderdelen waarop hij elk jaar wordt beoordeeld:
            1. Vakkennis
            2. Samenwerken
            3. Zelfstandigheid
            """);
        Assert.Equal("Bijlage 9 > Inleiding > lid 2", Leaf(cs, "legt de keuze schriftelijk vast").Path);
        Assert.Equal("Bijlage 9 > Uitvoering > lid 3", Leaf(cs, "eens per jaar op vijf vaste punten").Path);
        Assert.Equal("Bijlage 9 > Uitvoering > lid 4", Leaf(cs, "verslag van de beoordeling").Path);
        Assert.Equal("Bijlage 9 > Scores voor leidinggevenden", Leaf(cs, "schaal van vier punten").Path);
        Assert.Equal("Bijlage 9 > lid 5", Leaf(cs, "samen met de werknemer een ontwikkelplan").Path);
        Assert.Equal("Bijlage 9 > lid 6", Leaf(cs, "het komende jaar zetten").Path);
        Assert.Equal("Bijlage 9 > Onderdelen", Leaf(cs, "Zelfstandigheid").Path);
    }
}
