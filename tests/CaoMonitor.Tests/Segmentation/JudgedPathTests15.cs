using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors the independent judges of session 14 found in the real 2024 corpus (and their kin elsewhere in it), each in a
/// fixture of our own words with the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests15
{
    [Fact]
    public void ARomanChapterNumeralTheExtractorSplitIsReadWhole()
    {
        // "Hoofdstuk I II" is chapter III, its numeral split by the extractor; "Hoofdstuk I I" is chapter II. Not chapter I twice.
        var cs = Seg("""
            Cao Fictieve Stukadoors
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Begrippen
            In deze cao wordt verstaan onder werknemer: ieder die bij de werkgever in dienst is.
            Artikel 2 Werkingssfeer
            Deze cao geldt voor alle werkgevers in het stukadoorsbedrijf.
            Artikel 30 Slotbepaling
            Deze cao kan worden aangehaald als cao voor het stukadoorsbedrijf.
            BIJLAGE 4 REGELINGEN VAN HET FONDS
            Hoofdstuk I ALGEMEEN
            Artikel 1 Begrippen
            In deze regelingen wordt verstaan onder fonds: het opleidingsfonds van de sector.
            Hoofdstuk I I LOOPBAANADVIES
            Artikel 2 Recht op advies
            1. Een werknemer kan eens in de drie jaar een loopbaanadvies krijgen op kosten van het fonds.
            2. Het fonds betaalt het advies rechtstreeks aan de adviseur.
            Hoofdstuk I II MINDER WERKEN
            Artikel 3 Deelname
            1. Een werknemer van 60 jaar of ouder kan minder gaan werken met behoud van een deel van zijn loon.
            2. De werkgever vraagt de bijdrage van het fonds elk kwartaal aan.
            """);
        Assert.Equal("Bijlage 4 > HI > Art. 1", Leaf(cs, "het opleidingsfonds van de sector").Path);
        Assert.Equal("Bijlage 4 > HII > Art. 2 > lid 1", Leaf(cs, "eens in de drie jaar").Path);
        Assert.Equal("Bijlage 4 > HIII > Art. 3 > lid 2", Leaf(cs, "elk kwartaal").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("HI (2)"));
    }

    [Fact]
    public void ANumberedListUnderALetteredItemRunsOnPastTheLidNumber()
    {
        // Lid 3 lists areas a to d; under c, a numbered list of its own (1 to 5) runs past 3. Its "4." and "5." are points of
        // that list, not leden 4 and 5 of the article: they end in a semicolon or comma, or start in lower case, and go on
        // from the list's own 3. The real lid 4 comes after item d, with a sentence of its own.
        var cs = Seg("""
            Cao Fictieve Steigerbouw
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 1 Algemeen
            Artikel 4 Werknemers uit het buitenland
            1. Voor een werknemer die tijdelijk vanuit een ander land in Nederland werkt gelden de afspraken van dit artikel.
            2. De werkgever meldt zo'n werknemer vooraf bij het fonds van de sector.
            3. Het gaat om deze onderwerpen:
            a. de langste werktijden en de kortste rusttijden;
            b. het kleinste aantal vakantiedagen;
            c. het laagste loon, waartoe in elk geval horen:
            1. het loon uit de loonschaal;
            2. de toeslagen voor overwerk en ploegendienst,
            3. de verhogingen tijdens het jaar;
            4. de vergoeding van reiskosten en van kosten voor huisvesting;
            5. extra geld voor de vakantie;
            d. de gezondheid en de veiligheid op het werk.
            4. De werkgever geeft de werknemer deze afspraken op schrift in een taal die hij begrijpt.
            Artikel 5 Kort verlof
            1. De werknemer heeft recht op verlof met behoud van loon:
            1. bij zijn huwelijk, twee dagen.
            2. De werkgever kan om een bewijs van de gebeurtenis vragen.
            Artikel 6 Looptijd
            Deze cao loopt tot en met 31 december 2026.
            """);
        Assert.Equal("H1 > Art. 4 > lid 3", Leaf(cs, "de verhogingen tijdens het jaar").Path);
        Assert.Equal("H1 > Art. 4 > lid 3", Leaf(cs, "vergoeding van reiskosten").Path);
        Assert.Equal("H1 > Art. 4 > lid 3", Leaf(cs, "extra geld voor de vakantie").Path);
        Assert.Equal("H1 > Art. 4 > lid 4", Leaf(cs, "op schrift in een taal").Path);
        Assert.DoesNotContain(cs, c => c.Path == "H1 > Art. 4 > lid 5");
        // A list that ended with a full stop, then a sentence: lid 2, as before.
        Assert.Equal("H1 > Art. 5 > lid 2", Leaf(cs, "om een bewijs").Path);
    }

    [Fact]
    public void ATableOfTheMainBodysArticlesInAnAppendixOpensNoArticles()
    {
        // An appendix lists, per subject, the main body's articles that apply to workers posted from abroad, by their number
        // and title. The rows name articles of the main body: they open no articles of the appendix, and the table stays in
        // the appendix's text, row by row under its subjects.
        var cs = Seg("""
            Cao Fictieve Dierenopvang
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Begrippen
            In deze cao wordt verstaan onder werknemer: ieder die bij de werkgever in dienst is.
            Artikel 3 De arbeidsovereenkomst
            De werkgever en de werknemer leggen de arbeidsovereenkomst schriftelijk vast.
            Artikel 6 Werktijden
            De werknemer werkt gemiddeld 36 uur per week, verdeeld over ten hoogste vijf dagen.
            Artikel 8 Vergoedingen
            De werkgever vergoedt de reiskosten voor het werk volgens een eigen regeling.
            Artikel 9 Vakantie
            De werknemer heeft elk jaar recht op 25 vakantiedagen bij een volledige werkweek.
            Bijlage 3 Werknemers uit het buitenland
            Voor een werknemer die tijdelijk vanuit een ander land hier werkt, gelden de artikelen uit de tabel hieronder.
            Tabel 1. Overzicht
            Onderwerpen Artikelen
            a) Algemeen Artikel 1: Begrippen
            Artikel 3: De arbeidsovereenkomst

            b) Werktijden en rusttijden
            Artikel 6: Werktijden

            c) Vakantiedagen
            Artikel 9: Vakantie

            d) Loon en vergoedingen
            Artikel 8: Vergoedingen
            Artikel 3: De arbeidsovereenkomst
            Bijlage 4 Adressen
            Het fonds van de sector is gevestigd in Utrecht.
            """);
        Assert.Equal("Art. 6", Leaf(cs, "gemiddeld 36 uur").Path);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage 3 > Art.", StringComparison.Ordinal));
        Assert.Equal("Bijlage 3 > lid c", Leaf(cs, "c) Vakantiedagen").Path);
        Assert.Contains("Artikel 9: Vakantie", Leaf(cs, "c) Vakantiedagen").Text);
        Assert.Equal("Bijlage 4", Leaf(cs, "gevestigd in Utrecht").Path);
    }

    [Fact]
    public void AnAppendixsTextAboveTheListOfItsArticlesStaysInAClause()
    {
        // An appendix opens with a paragraph of its own, then lists its articles, then the articles follow. The list belongs to
        // no article, but the paragraph above it is the appendix's text: it is its "inleiding", not text that no clause holds.
        var cs = Seg("""
            Cao Fictieve Kringloopwinkels
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Begrippen
            In deze cao wordt verstaan onder werknemer: ieder die bij de werkgever in dienst is.
            Artikel 2 Werkingssfeer
            Deze cao geldt voor alle kringloopwinkels die lid zijn van de branchevereniging.
            Artikel 30 Slotbepaling
            Deze cao kan worden aangehaald als cao voor kringloopwinkels.
            Bijlage 5 | Wat doet u als u ziek bent?

            Hier leest u hoe u zich ziek meldt en welke afspraken gelden zolang u thuis bent. Een werkgever kan een eigen regeling hebben, die niet slechter mag zijn dan deze.

            Artikel 1 Hoe meldt u zich ziek?
            Artikel 2 Wat doet u thuis?
            Artikel 3 Wanneer komt u terug?
            Artikel 4 Wat als u het oneens bent?

            Artikel 1 Hoe meldt u zich ziek?
            1. Bel uw leidinggevende voor het begin van uw werkdag.
            2. Vertel waar u te bereiken bent.
            Artikel 2 Wat doet u thuis?
            U blijft bereikbaar voor de bedrijfsarts en volgt zijn adviezen op.
            Artikel 3 Wanneer komt u terug?
            U meldt zich beter zodra u weer kunt werken.
            Artikel 4 Wat als u het oneens bent?
            U kunt de bedrijfsarts om een second opinion vragen.
            """);
        Assert.Equal("Bijlage 5 > inleiding", Leaf(cs, "welke afspraken gelden zolang u thuis bent").Path);
        Assert.Equal("Bijlage 5 > Art. 1 > lid 2", Leaf(cs, "waar u te bereiken bent").Path);
    }

    [Fact]
    public void PointsNumberedInTheNextChaptersStyleInsideAnArticleOpenNoChapter()
    {
        // Lid 2 of article 1.4 in chapter 1 lists two ways to train, numbered "2.1." and "2.2."; the next article is 1.5. The
        // points are text of that lid: they open no chapter 2, and articles 1.5 and 1.6 stay in chapter 1.
        var cs = Seg("""
            Cao Fictieve Strandpaviljoens
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Thema 1 Mijn werk
            1.1 Werkgever De onderneming die een strandpaviljoen
            exploiteert.
            1.2 Werknemer Ieder die bij de werkgever in dienst
            is.
            1.3 Vakkracht De werknemer die een vakdiploma
            heeft.
            1.4 Leerling 1. De werknemer die een opleiding volgt in een erkend leerbedrijf.
            2. Dat kan op twee manieren.
            2.1. Een opleiding op een school voor middelbaar
            beroepsonderwijs.
            2.2. Een opleiding die het paviljoen zelf geeft in de beroepsbegeleidende leerweg.

            1.5 Loonschaal De tabel met het loon dat bij een
            functie hoort.
            1.6 Referteperiode Een tijdvak van dertien
            weken.
            Thema 2 Mijn arbeidsovereenkomst
            2.1 Goed werkgeverschap De werkgever gaat zorgvuldig
            met de werknemer om.
            2.2 Proeftijd Voor de proeftijd gelden de regels van
            de wet.
            """);
        Assert.Equal("H1 > Art. 1.4 > lid 2", Leaf(cs, "op twee manieren").Path);
        Assert.Equal("H1 > Art. 1.4 > lid 2", Leaf(cs, "die het paviljoen zelf geeft").Path);
        Assert.Equal("H1 > Art. 1.5", Leaf(cs, "De tabel met het loon").Path);
        Assert.Equal("H1 > Art. 1.6", Leaf(cs, "Een tijdvak van dertien").Path);
        Assert.Equal("H2 > Art. 2.1", Leaf(cs, "gaat zorgvuldig").Path);
    }

    [Fact]
    public void TitledArticlesThatClimbTheChaptersOpenTheirChaptersWhereTheChapterHeadingsWereLost()
    {
        // A scanned cao lost its chapter headings after chapter 2 and most article headings. What is left, "5.2" / "Beloning",
        // "6.10" / "Verhuiskosten", "7.3 Vakantie", "9.1 Opleiding", climbs the chapters: each opens its chapter, so its text is
        // no part of chapter 2.
        var cs = Seg("""
            Cao Fictieve Speeltuinen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            2. Werkgever en werknemer
            2.1 Plichten van de werkgever
            De werkgever geeft iedere werknemer een exemplaar van de cao.
            4.7

            Reiskosten
            Zie voor de reiskosten het hoofdstuk over vergoedingen.
            2.2 Plichten van de werknemer
            De werknemer volgt de redelijke aanwijzingen van de werkgever op.
            5.2

            Beloning
            De werkgever stelt het salaris vast volgens de loonschaal van de functie.

            6.10

            Verhuiskosten
            De werkgever vergoedt de kosten van een verhuizing die hij van de werknemer vraagt.

            7.3 Vakantie
            De werknemer heeft elk jaar recht op vier weken vakantie.

            9.1 Opleiding
            De werkgever maakt elk jaar een opleidingsplan met de ondernemingsraad.

            9.4

            Loopbaan
            De werknemer kan eens per drie jaar een loopbaangesprek voeren.
            """);
        Assert.Equal("H2 > Art. 2.2", Leaf(cs, "redelijke aanwijzingen").Path);
        // A stray "4.7" in chapter 2, followed by 2.2: the numbers do not climb, so no chapter 4 opens.
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("H4", StringComparison.Ordinal));
        Assert.Equal("H5 > Art. 5.2", Leaf(cs, "volgens de loonschaal").Path);
        Assert.Equal("H6 > Art. 6.10", Leaf(cs, "kosten van een verhuizing").Path);
        Assert.Equal("H7 > Art. 7.3", Leaf(cs, "vier weken vakantie").Path);
    }
}
