using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors the independent judges found in the real 2024 corpus at sessions 17 and 18 (and their kin elsewhere in it), each in
/// a fixture of our own words with the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests18
{
    [Fact]
    public void AnAppendixWithItsOwnContentsKeepsTheSectionsThatFollowThem()
    {
        // "Bijlage 4 Functiebeschrijvingen" over its own "Inhoudsopgave functiebeschrijvingen" (its sections and profiles listed with
        // page numbers), then "1. Functies in de winkel" / "1.1 Verkoper": the sections are the appendix's, not the chapters of a new
        // part of the cao ("Deel 2 > H1 > Art. 1.1").
        var cs = Seg(
            """
            Cao Fictieve Drogisterijen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 1 Algemeen
            Artikel 1 Werkingssfeer
            Deze cao geldt voor iedere drogisterij met personeel in dienst.
            Artikel 2 Looptijd
            Deze cao loopt twee jaar en eindigt zonder opzegging.
            """,
            """
            Bijlage 4 Functiebeschrijvingen drogisterijfuncties

            Inhoudsopgave functiebeschrijvingen drogisterijfuncties

            1. Functies in de winkel
            1.1 Verkoper
            1.2 Eerste verkoper
            2 Functies op kantoor
            2.1 Boekhouder

            31
            31
            32
            33
            33
            """,
            """
            1. Functies in de winkel
            1.1 Verkoper

            Doel van de functie

            Het helpen van klanten bij de keuze van verzorgingsproducten en het afrekenen aan de kassa.

            1.2 Eerste verkoper

            Doel van de functie

            Het leiden van de dagelijkse gang van zaken in de winkel als de filiaalchef afwezig is.

            2 Functies op kantoor
            2.1 Boekhouder

            Doel van de functie

            Het bijhouden van de boekhouding van de filialen en het maken van de maandcijfers.

            2.2 Salarisadministrateur

            Doel van de functie

            Het verwerken van de uren en het betalen van de salarissen van alle filialen.
            3 _-Functies in het magazijn
            3.1 Magazijnmedewerker

            Doel van de functie

            Het ontvangen en opslaan van de goederen en het klaarzetten van de bestellingen.
            """);
        var seller = Leaf(cs, "keuze van verzorgingsproducten").Path;
        Assert.StartsWith("Bijlage 4 > ", seller, StringComparison.Ordinal);
        Assert.Contains("Art. 1.1", seller, StringComparison.Ordinal);
        Assert.StartsWith("Bijlage 4 > ", Leaf(cs, "maandcijfers").Path, StringComparison.Ordinal);
        // Section 3, whose heading OCR garbled, opens at its first article's number.
        Assert.StartsWith("Bijlage 4 > H3 > Art. 3.1", Leaf(cs, "klaarzetten van de bestellingen").Path, StringComparison.Ordinal);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Deel 2", StringComparison.Ordinal));
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Contains("Inhoudsopgave", StringComparison.Ordinal));
    }

    [Fact]
    public void AnIndexUnderTheLastAppendixHeadingBelongsToNoClause()
    {
        // "Bijlage 9 Trefwoorden" over a titled index with page numbers at the end of the cao: the index belongs to no clause (the
        // appendix is not taken up again after its "contents").
        var cs = Seg(
            """
            Cao Fictieve Bakkers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Werkingssfeer
            Deze cao geldt voor iedere bakkerij met personeel in dienst.
            Artikel 2 Loon
            Het loon wordt elke vier weken betaald.
            Bijlage 9 Trefwoorden
            Trefwoordenregister
            Arbeidsduur .................... 12
            Feestdagen ..................... 14
            Loon ........................... 17
            Vakantie ....................... 21
            """);
        Assert.Equal("Art. 2", Leaf(cs, "elke vier weken").Path);
        Assert.DoesNotContain(cs, c => c.Text.Contains("Feestdagen ....", StringComparison.Ordinal));
    }

    [Fact]
    public void ALidNumberWhoseDotStandsApartIsStillALid()
    {
        // "2 . Perspectief" (the extractor set the dot apart from the number) is lid 2, not text of lid 1; "2 . 1 .2 Titel" (a split
        // decimal number) is no lid.
        var cs = Seg("""
            Cao Fictieve Reisbureaus
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 5 Overgangsregeling salarisgebouw
            1 . Inschaling
            Werknemers met een salaris onder het minimum van hun nieuwe schaal gaan naar dat minimum.

            2 . Perspectief
            Werknemers die in een lagere groep komen, houden hun oude salaris als persoonlijke toeslag.

            3. Afbouw
            De persoonlijke toeslag wordt in drie jaar afgebouwd.
            """);
        Assert.Equal("Art. 5 > lid 1", Leaf(cs, "onder het minimum").Path);
        Assert.Equal("Art. 5 > lid 2", Leaf(cs, "persoonlijke toeslag.").Path);
        Assert.Equal("Art. 5 > lid 3", Leaf(cs, "drie jaar afgebouwd").Path);
    }

    [Fact]
    public void ACaosArticleCitedInATableIsNoArticleOfTheAppendix()
    {
        // A table in an appendix compares the rules of the cao for temporary workers with this cao: "Artikel 11 Cao Bloementeelt" and
        // "Artikel 14 Cao voor" / "Uitzendkrachten" are cells that cite the two cao's, not articles 11 and 14 of the appendix.
        // "Artikel 8 Cao" right after article 7 of a model contract is its article 8.
        var cs = Seg("""
            Cao Fictieve Bloementeelt
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 36 Werktijden
            De werktijden liggen tussen zeven en achttien uur.
            Bijlage 13 Inleenbeloning
            Zie de relevante artikelen in de cao.
            a. Het loon in de schaal van de functiegroep van de uitzendkracht.
            Artikel 11 Cao Bloementeelt
            Seizoenwerkers vallen onder een vrijstelling van de fondspremie.
            b. De arbeidsduur.
            Artikel 14 Cao voor
            Uitzendkrachten
            De werktijden van de uitzendkracht zijn gelijk aan die bij de inlener.
            Bijlage 14 Modelarbeidsovereenkomst
            Artikel 7 Pensioen
            De werknemer neemt deel aan de pensioenregeling van de sector.
            Artikel 8 Cao
            Op deze arbeidsovereenkomst is de cao van de sector van toepassing.
            """);
        Assert.StartsWith("Bijlage 13", Leaf(cs, "gelijk aan die bij de inlener").Path, StringComparison.Ordinal);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 11", StringComparison.Ordinal) || c.Path.Contains("Art. 14", StringComparison.Ordinal));
        Assert.Equal("Bijlage 14 > Art. 8", Leaf(cs, "van de sector van toepassing").Path);
    }

    [Fact]
    public void ChaptersOfAnotherWordCountOnFromTheirOwnNumbers()
    {
        // The first chapter is written in sections "AFDELING 1" to "AFDELING 3"; then come "HOOFDSTUK II" and "HOOFDSTUK III". These
        // are chapters II and III, not references inside section 3 (and not "H3 > Art. 9").
        var cs = Seg("""
            Cao Fictieve Groothandel
            Looptijd 1 januari 2025 tot en met 31 december 2026
            AFDELING 1 - DEFINITIES
            Artikel 1 - Werkgever
            De werkgever is iedere onderneming in de groothandel van de sector.
            AFDELING 2 - LOON
            Artikel 2 - Loon
            Het loon wordt elke maand betaald.
            AFDELING 3 - VERLOF
            Artikel 3 - Vakantie
            De werknemer heeft recht op vijfentwintig vakantiedagen per jaar.
            HOOFDSTUK II - ALGEMENE BEPALINGEN
            Artikel 4 - Naleving
            Partijen zien samen toe op de naleving van deze cao.
            HOOFDSTUK III - VAKBONDSWERK
            Artikel 5 - Vakbondswerk in de onderneming
            1. De vakbond mag in de onderneming vergaderen.
            2. De werkgever stelt daarvoor een ruimte beschikbaar.
            """);
        Assert.Equal("H3 > Art. 3", Leaf(cs, "vijfentwintig vakantiedagen").Path);
        Assert.Equal("HII > Art. 4", Leaf(cs, "toe op de naleving").Path);
        Assert.Equal("HIII > Art. 5 > lid 2", Leaf(cs, "een ruimte beschikbaar").Path);
    }
    [Fact]
    public void TheNextArticleOfAnAppendixRegulationStaysInTheAppendix()
    {
        // The main body ends with article 3; the appendix's regulation has articles 1 to 4. Its "Artikel 4" goes on with the
        // regulation's own numbering (and with the main body's too): it is the appendix's article 4, not the main body's.
        var cs = Seg("""
            Cao Fictieve Koeriers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Werkingssfeer
            Deze cao geldt voor iedere koeriersdienst met personeel in dienst.
            Artikel 2 Loon
            Het loon wordt elke vier weken betaald.
            Artikel 3 Duur
            Deze cao loopt twee jaar.
            BIJLAGE 1: REGLEMENT VOOR DE VASTE COMMISSIE
            Artikel 1 - Samenstelling
            De commissie bestaat uit vier leden.
            Artikel 2 - Voorzitter
            De commissie kiest elk jaar een voorzitter uit haar midden.
            Artikel 3 - Secretariaat
            Het secretariaat is bij het fonds van de sector.
            Artikel 4 - Einde van het lidmaatschap
            Het lidmaatschap eindigt door bedanken of door het einde van de benoeming.
            """);
        Assert.Equal("Bijlage 1 > Art. 4", Leaf(cs, "door bedanken").Path);
        Assert.Equal("Art. 3", Leaf(cs, "loopt twee jaar").Path);
    }
    [Fact]
    public void ALawArticleQuotedInAnAppendixStaysInTheAppendix()
    {
        // The main body ends with article 6; an appendix quotes "Artikel 7:655 BW". The law's article is no next article of the main
        // body (7 after 6): it stays in the appendix.
        var cs = Seg("""
            Cao Fictieve Lassers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 5 Loon
            Het loon wordt elke maand betaald.
            Artikel 6 Duur
            Deze cao loopt twee jaar.
            Bijlage 11 Wetsartikelen
            Zie artikel 5 van de cao.
            Artikel 7:655 BW
            1 De werkgever verstrekt de werknemer een opgave van de gegevens van zijn arbeidsovereenkomst.
            Bijlage 12 Schade
            Zie artikel 6 van de cao.
            Artikel 7: 661 BW
            1 De werknemer die schade toebrengt, is daarvoor niet aansprakelijk tenzij de schade een gevolg is van opzet.
            Bijlage 13 Minimumloon
            Zie artikel 5 van de cao.
            Artikel 7 Wet minimumloon en minimumvakantiebijslag
            1 De werknemer heeft ten minste recht op het minimumloon per uur dat voor zijn leeftijd geldt.
            """);
        Assert.StartsWith("Bijlage 11 > Art. 7:655", Leaf(cs, "een opgave van de gegevens").Path, StringComparison.Ordinal);
        // "Artikel 7: 661 BW" (the extractor set the law's number apart after its colon) is article 7:661 of the law, in its appendix;
        // "Artikel 7 Wet minimumloon" the law's article 7 in its appendix.
        Assert.StartsWith("Bijlage 12 > Art. 7:661", Leaf(cs, "een gevolg is van opzet").Path, StringComparison.Ordinal);
        Assert.StartsWith("Bijlage 13 > Art. 7", Leaf(cs, "het minimumloon per uur").Path, StringComparison.Ordinal);
    }
    [Fact]
    public void ASectionOfTheContentsInTheFrontPagesLeavesItsNameToTheRealOne()
    {
        // The front pages list "Afdeling 3 - Verlof" with its articles (no page numbers), then a short text. The real section 3 in the
        // body is only a little longer than that remnant, as chapter II follows it: the real one is "H3", the remnant "H3 (inhoud)".
        var body = string.Join("\n", Enumerable.Range(6, 30).Select(k => $"Artikel {k} - Regel {k}\nDe werkgever en de werknemer houden zich aan regel {k} van deze cao in elk bedrijf van de sector."));
        var cs = Seg($"""
            Cao Fictieve Groothandel
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Afdeling 3 - Verlof
            3. Vakantie
            4. Feestdagen
            Deze overeenkomst geldt voor alle werkgevers in de groothandel van de sector en voor hun werknemers.
            AFDELING 1 - DEFINITIES
            Artikel 1 - Werkgever
            De werkgever is iedere onderneming in de groothandel van de sector.
            AFDELING 2 - LOON
            Artikel 2 - Loon
            Het loon wordt elke maand betaald op de rekening van de werknemer.
            AFDELING 3 - VERLOF
            Artikel 3 - Vakantie
            De werknemer heeft recht op vijfentwintig vakantiedagen per jaar, naar rato van zijn arbeidsduur.
            Artikel 4 - Feestdagen
            Op een erkende feestdag werkt de werknemer niet, tenzij het bedrijf die dag open moet zijn voor de klanten.
            HOOFDSTUK II - ALGEMENE BEPALINGEN
            Artikel 5 - Naleving
            Partijen zien samen toe op de naleving van deze cao.
            {body}
            """);
        Assert.Equal("H3 > Art. 3", Leaf(cs, "vijfentwintig vakantiedagen").Path);
        Assert.Contains(cs, c => c.Path == "H3 (inhoud)");
    }
    [Fact]
    public void TheGeneralPartAfterTheContentsIsInNoPartOfTheContents()
    {
        // The contents end with "Deel B" over its themes and articles (no page numbers); after them come a foreword and the general
        // part ("Algemeen deel", articles 1 to 3), then "Deel A" and "Deel B" themselves. The general part's articles are the cao's
        // own ("Art. 2 > lid 1"), not articles of the contents' remnant "Deel B (inhoud)".
        var themes = string.Join("\n", Enumerable.Range(1, 6).Select(t => $"Thema {t} Onderwerp {t}\n" + string.Join("\n", Enumerable.Range(1, 3).Select(a => $"Art. {t}.{a} Regel {a} van thema {t}"))));
        var partB = string.Join("\n", Enumerable.Range(1, 6).Select(t => $"Thema {t} Onderwerp {t}\n" + string.Join("\n", Enumerable.Range(1, 3).Select(a =>
            $"Artikel {t}.{a} Regel {a} van thema {t}\n1. De werkgever in deel B past regel {a} van thema {t} toe op iedere werknemer in zijn bedrijf.\n2. De werknemer kan de werkgever vragen om uitleg over regel {a} van thema {t}."))));
        var cs = Seg($"""
            Cao Fictieve Cateraars
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Deel B
            {themes}

            Voorwoord
            Deze cao kent een algemeen deel en twee delen voor de sectoren van de branche.
            Algemeen deel
            Artikel 1 Definities
            In deze cao wordt onder werkgever verstaan iedere onderneming in de catering.
            Artikel 2 Werkingssfeer
            1. Deze cao geldt voor de arbeidsovereenkomsten in de catering.
            2. Een werkgever met minder dan de helft van zijn omzet in de catering valt er niet onder.
            Artikel 3 Toepassing van de delen
            De werkgever past deel A of deel B toe, naar de sector van zijn bedrijf.
            Deel A
            Artikel 1 Loon
            Het loon in deel A wordt elke maand betaald.
            Artikel 2 Vakantie
            De werknemer in deel A heeft recht op vijfentwintig vakantiedagen.
            Deel B
            {partB}
            """);
        Assert.Equal("Art. 2 > lid 2", Leaf(cs, "minder dan de helft van zijn omzet").Path);
        Assert.Equal("Deel A > Art. 2", Leaf(cs, "vijfentwintig vakantiedagen").Path);
        Assert.StartsWith("Deel B > ", Leaf(cs, "regel 2 van thema 3 toe").Path, StringComparison.Ordinal);
    }
    [Fact]
    public void AClustersNextNumberedTitleWithoutDecimalsIsItsNextArticle()
    {
        // In "Cluster 3", article 1 "Werktijden" has decimals 1.1 and 1.2; then "2. Reistijd" over its text, without decimals of its own:
        // the cluster's article 2, not more text of 1.2. A numbered list under a sub-heading inside 1.1 stays there.
        var cs = Seg("""
            Cao Fictieve Drukwerkbranche
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Cluster 3. Arbeidstijden
            1. Werktijden
            1.1 Normale werktijden
            In het bedrijfsoverleg worden de werktijden voor elke afdeling vastgesteld.
            Voorbeelden van roosters
            1. Een dagrooster van acht tot vijf uur.
            2. Een vroege dienst van zes tot drie uur.
            1.2 Pauzes
            De werknemer heeft na vijf en een half uur werk recht op een pauze van een half uur.
            2. Reistijd
            In het bedrijfsoverleg kunnen afspraken worden gemaakt over de reistijd aan het begin en eind van de werkdag.
            """);
        Assert.Equal("Cluster 3 > Art. 2", Leaf(cs, "over de reistijd aan het begin").Path);
        Assert.StartsWith("Cluster 3 > Art. 1 > lid 1.2", Leaf(cs, "een pauze van een half uur").Path, StringComparison.Ordinal);
        Assert.StartsWith("Cluster 3 > Art. 1 > lid 1.1", Leaf(cs, "Een vroege dienst").Path, StringComparison.Ordinal);
    }
}
