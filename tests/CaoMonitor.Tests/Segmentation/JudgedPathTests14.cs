using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors the independent judges of session 13 found in the real 2024 corpus, each in a fixture of our own words with
/// the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests14
{
    [Fact]
    public void VacantArticleHeadingsRunTogetherOnOneLineGiveTheLastOneItsText()
    {
        // The extractor ran the headings of two vacant articles and the next real one into one line. The text under it is
        // article 7:14's, not the first vacant one's.
        var cs = Seg("""
            Cao Fictieve Zorgboerderijen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 7:10 Werktijden
            De werkgever stelt de werktijden vast in overleg met de werknemer.
            Artikel 7:11 (vacant)
            Artikel 7:12 (vacant)Artikel 7:13 (vacant)Artikel 7:14 Kosten van thuiswerk
            1. De werkgever vergoedt de kosten van een werkplek thuis volgens een regeling van de instelling.
            2. De regeling wordt vastgesteld met instemming van de ondernemingsraad.
            Artikel 7:15 (vacantArtikel 7:16 Slotbepaling
            Deze regeling geldt tot het einde van de looptijd van de cao.
            """);
        Assert.Equal("H7 > Art. 7:14 > lid 1", Leaf(cs, "werkplek thuis").Path);
        Assert.Equal("H7 > Art. 7:14 > lid 2", Leaf(cs, "instemming van de ondernemingsraad").Path);
        Assert.Equal("H7 > Art. 7:16", Leaf(cs, "einde van de looptijd").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("7:11") || c.Path.Contains("7:12") || c.Path.Contains("7:15"));
    }

    [Fact]
    public void DecimalNumbersAfterLidOneOfAPlainArticleAreItsSubLeden()
    {
        // Articles numbered 1, 2, 3 through the cao. Under "Artikel 31", lid 1 is followed by "2.1" and "2.2": parts of lid 2
        // of article 31, not articles 2.1 and 2.2.
        var cs = Seg("""
            Cao Fictieve Glazenwassers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 6 Vakantie
            Artikel 30 Vakantie-uren
            De werknemer krijgt elk jaar 200 vakantie-uren bij een volledige werkweek.
            Artikel 31 Extra uren voor oudere werknemers
            1. Een werknemer van 58 jaar of ouder krijgt ieder jaar 16 extra vakantie-uren boven op zijn gewone uren.

            2.1 Voor wie al eerder extra uren had, geldt een overgang:
            Hij houdt dat aantal uren tot de regeling van lid 1 hem meer geeft.

            2.2 Op de eerste dag van het jaar geldt het volgende .
            De uren worden bijgeschreven als de werknemer dan een half jaar in dienst is.
            3. Een zieke werknemer bouwt de extra uren gewoon op.
            Artikel 32 Vakantie opnemen
            De werknemer neemt zijn vakantie op in overleg met de werkgever.
            """);
        Assert.Equal("H6 > Art. 31 > lid 2.1", Leaf(cs, "eerder extra uren").Path);
        Assert.Equal("H6 > Art. 31 > lid 2.2", Leaf(cs, "half jaar in dienst").Path);
        Assert.Equal("H6 > Art. 31 > lid 3", Leaf(cs, "zieke werknemer").Path);
        Assert.Equal("H6 > Art. 32", Leaf(cs, "in overleg met de werkgever").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 2.", StringComparison.Ordinal));
    }

    [Fact]
    public void NumberedTitlesInCapitalsUnderAPartAreItsArticlesNotLeden()
    {
        // A part opens with recommendations, each a number and a title in capitals over its own text: articles 1, 2, 3 of
        // the part, not "Deel A > lid 1".
        var cs = Seg("""
            Cao Fictieve Dakdekkers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Deel A
            1. TOEPASSING
            Deze afspraken gelden naast de bepalingen van de cao voor alle dakdekkersbedrijven.
            2. OPLEIDEN IN HET BEDRIJF
            Partijen bevelen aan dat ieder bedrijf een leerling in dienst neemt.
            3. VEILIG WERKEN OP HOOGTE
            Partijen vragen de bedrijven om jaarlijks een oefening op het dak te houden.
            Hoofdstuk 1 Algemeen
            Artikel 1 Werkgever
            Werkgever is ieder bedrijf dat daken legt of herstelt.
            """);
        Assert.Equal("Deel A > Art. 1", Leaf(cs, "naast de bepalingen").Path);
        Assert.Equal("Deel A > Art. 2", Leaf(cs, "leerling in dienst").Path);
        Assert.Equal("Deel A > Art. 3", Leaf(cs, "oefening op het dak").Path);
        Assert.Equal("Deel A > H1 > Art. 1", Leaf(cs, "daken legt").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("lid", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAppendixRegulationsNumberedTitleOverDecimalSentencesIsAnArticleWithLeden()
    {
        // An appendix holds the rules of a committee: "4. Vergaderen" over "4.1 De commissie ...", sentences. Article 4 of
        // the rules with leden 4.1 and 4.2, not a chapter H4 with articles 4.1 and 4.2.
        var cs = Seg("""
            Cao Fictieve Orgelbouwers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Werkingssfeer
            Deze cao geldt voor alle orgelbouwers en hun werknemers.
            Artikel 2 Geschillen
            Een geschil over deze cao gaat naar de commissie van bijlage 3.

            Bijlage 3. Regels van de vaste commissie

            3. Samenstelling
            3.1 De commissie bestaat uit twee leden namens de werkgevers en twee namens de werknemers.
            3.2 Ieder lid heeft een plaatsvervanger die door dezelfde partij wordt benoemd.

            4. Vergaderen
            4.1 De commissie vergadert alleen als van beide kanten ten minste een lid aanwezig is.
            4.2 De commissie besluit met algemene stemmen en legt haar besluit schriftelijk vast.
            """);
        Assert.Equal("Bijlage 3 > Art. 4 > lid 4.1", Leaf(cs, "van beide kanten").Path);
        Assert.Equal("Bijlage 3 > Art. 4 > lid 4.2", Leaf(cs, "algemene stemmen").Path);
        Assert.Equal("Bijlage 3 > Art. 3 > lid 3.2", Leaf(cs, "plaatsvervanger").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("> H", StringComparison.Ordinal));
    }

    [Fact]
    public void ABareFirstLidNumberWhoseTextWasLostLetsTheLedenStartAtTwo()
    {
        // "1." stands alone (its text lost), then "2." over its text with items a and b (the numbers hang on lines of their own): the items belong to lid 2, not "lid a".
        var cs = Seg("""
            Cao Fictieve Kaasmakers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 40 Werkgelegenheid

            1.

            2.

            Bij plannen die gevolgen hebben voor het werk gelden in het bedrijf de volgende afspraken.

            a. De werkgever meldt zijn plannen tijdig aan de vakbonden die partij zijn bij deze cao.
            b. Zonder ondernemingsraad licht de werkgever zelf de vakbonden in over de plannen.
            Artikel 41 Slot
            Deze cao eindigt zonder opzegging op de laatste dag van de looptijd.
            """);
        Assert.Equal("Art. 40 > lid 2", Leaf(cs, "tijdig aan de vakbonden").Path);
        Assert.DoesNotContain(cs, c => c.Path.EndsWith("lid a", StringComparison.Ordinal));
    }

    [Fact]
    public void ALidThatRunsOnBehindAMarginKeywordOrAWrappedTitleIsALidOfItsOwn()
    {
        // A side column's keyword ("Toeslag", "Afspraken vooraf") and the second line of a wrapped title ("van 18 jaar en
        // ouder") stand on the line of the lid they head. Lid 1 and lid 4 are leden of their own, and the items a-c under
        // lid 2 stay in lid 2 (not "lid a").
        var cs = Seg("""
            Cao Fictieve Fietskoeriers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 3 Beloning
            3.1 Loon voor de koerier
            van 18 jaar en ouder 1. De koerier ontvangt ten minste het loon van de schaal die bij zijn functie hoort.

            2. Per 1 juli 2025 gelden de volgende afspraken:
            a) Het loon van schaal A stijgt met drie procent.
            b) Het loon van schaal B stijgt met twee procent.
            c) De eindlonen stijgen met hetzelfde percentage.
            3. Een koerier die langer dan een jaar in dienst is, krijgt ieder jaar een periodiek.
            Afspraken vooraf 4. De werkgever bespreekt de verhoging vooraf met de ondernemingsraad.
            3.2 Toeslag voor avondwerk
            Toeslag 1. Voor ritten na acht uur 's avonds krijgt de koerier een toeslag van twintig procent.
            2. De toeslag geldt niet voor ritten die de koerier zelf ruilt met een collega.
            """);
        Assert.Equal("H3 > Art. 3.1 > lid 1", Leaf(cs, "van de schaal die bij zijn functie").Path);
        Assert.Equal("H3 > Art. 3.1 > lid 2", Leaf(cs, "schaal B stijgt").Path);
        Assert.Equal("H3 > Art. 3.1 > lid 3", Leaf(cs, "periodiek").Path);
        Assert.Equal("H3 > Art. 3.1 > lid 4", Leaf(cs, "vooraf met de ondernemingsraad").Path);
        Assert.Equal("H3 > Art. 3.2 > lid 1", Leaf(cs, "na acht uur").Path);
        Assert.Equal("H3 > Art. 3.2 > lid 2", Leaf(cs, "zelf ruilt").Path);
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Path.EndsWith("lid a", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceEndingInANumberAboveItsOwnFirstLidOpensNoLid()
    {
        // "... staat in Regeling 1. Daarin ..." is a sentence; the article's own lid 1 follows on a line of its own.
        var cs = Seg("""
            Cao Fictieve Fietskoeriers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 4 Verlof
            4.1 Bijzonder verlof
            Het verlof voor bijzondere gebeurtenissen staat in Regeling 1. Daarin staan ook de huwelijken en de verhuizingen.
            Daarvoor gelden de volgende voorwaarden:
            1. de koerier vraagt het verlof een dag van tevoren aan;
            2. de koerier kan de gebeurtenis niet buiten zijn werktijd bijwonen.
            """);
        Assert.Equal("H4 > Art. 4.1 > inleiding", Leaf(cs, "Regeling 1. Daarin").Path);
        Assert.Equal("H4 > Art. 4.1 > lid 1", Leaf(cs, "een dag van tevoren").Path);
    }

    [Fact]
    public void AnArticleHeadingWithALongTitleOpensItsArticle()
    {
        // "Artikel 12 ..." with a title of some 130 characters (a scope in brackets at its end): the heading of article 12,
        // so its leden are not lid 4-6 of article 11. A contents line of the same length with page numbers opens nothing.
        var cs = Seg("""
            Cao Fictieve Dierenpensions
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Inhoud
            Artikel 11 Bereikbaarheid buiten werktijd voor verzorgers van paarden en andere grote dieren in pensions 14 en stallen 15
            Artikel 11 Bereikbaarheid
            1. De werkgever kan de verzorger opdragen buiten werktijd bereikbaar te zijn voor spoedgevallen.
            2. Per dienst van bereikbaarheid krijgt de verzorger een vaste vergoeding.
            3. De verzorger is niet vaker dan een weekend per maand bereikbaar.
            Artikel 12 Aanvullende afspraken over de vergoeding van nachtelijke bereikbaarheid bij pensions voor honden en katten (van toepassing tot 1 januari 2026)
            1. Wie 's nachts bereikbaar is, krijgt daarna een ochtend vrij.
            2. Een nacht waarin de verzorger werd opgeroepen, telt als gewerkte nacht.
            """);
        Assert.Equal("Art. 12 > lid 1", Leaf(cs, "ochtend vrij").Path);
        Assert.Equal("Art. 12 > lid 2", Leaf(cs, "gewerkte nacht").Path);
        Assert.Equal("Art. 11 > lid 3", Leaf(cs, "weekend per maand").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("lid 4", StringComparison.Ordinal));
    }

    [Fact]
    public void ANumberCarriedToTheNextLineAfterTabelOpensNoArticle()
    {
        // "... volgens tabel" / "4.2.1. Op het bedrag ...": the table's number, carried to the next line, is no second article 4.2.1.
        var cs = Seg("""
            Cao Fictieve Zeilmakers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 4 Ziekte
            4.2 Loon bij ziekte

            4.2.1 Het eerste ziektejaar
            a. Bij ziekte krijgt de werknemer zeventig procent van zijn loon.
            b. De werkgever vult dit loon aan volgens tabel
            4.2.1. Op het aangevulde loon zijn de loonsverhogingen van deze cao van toepassing.
            c. Wie gedeeltelijk kan werken, krijgt voor die uren het volle loon.
            4.2.2 Het tweede ziektejaar
            In het tweede jaar krijgt de werknemer zeventig procent van zijn loon.
            """);
        Assert.Equal("H4 > Art. 4.2.1 > lid c", Leaf(cs, "gedeeltelijk kan werken").Path);
        Assert.Equal("H4 > Art. 4.2.1 > lid b", Leaf(cs, "aangevulde loon").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)", StringComparison.Ordinal));
    }

    [Fact]
    public void NumberedTitlesInsideAClusterAreItsArticles()
    {
        // A cao in clusters ("Cluster 4. Verlof"), each with numbered titles over decimals ("2. Vakantietoeslag" / "2.1 ..."): the
        // numbered titles are the cluster's articles, no chapters.
        var cs = Seg("""
            Cao Fictieve Softwarehuizen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Cluster 1. Structuur van de cao

            1. Karakter

            1.1 Minimum
            Deze cao is een minimum-cao voor alle softwarehuizen.

            Cluster 4. Verlof

            1. Vakantiedagen

            1.1 Aantal dagen
            De werknemer heeft recht op vijfentwintig vakantiedagen per jaar.

            2. Vakantietoeslag

            2.1 Hoogte
            De vakantietoeslag is acht procent van het jaarloon.
            2.2 Betaling
            De werkgever betaalt de vakantietoeslag in mei.
            """);
        Assert.Equal("Cluster 4 > Art. 2 > lid 2.2", Leaf(cs, "in mei").Path);
        Assert.Equal("Cluster 4 > Art. 1 > lid 1.1", Leaf(cs, "vijfentwintig").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("> H", StringComparison.Ordinal));
    }

    [Fact]
    public void AChapterThatGoesOnWithTheMainBodyEndsAProtocolAtTheEndOfTheChapterBefore()
    {
        // Chapter 2 ends with a protocol of its own ("Protocol A Over ..."). "Hoofdstuk 3", whose articles go on with the main
        // body's numbering, is the main body's next chapter, not a chapter of the protocol, and its articles are chapter 3's.
        var cs = Seg("""
            Cao Fictieve Geldtransporteurs
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 1 Algemeen
            Artikel 1 Werkingssfeer
            Deze cao geldt voor alle geldtransporteurs.
            Artikel 2 Looptijd
            Deze cao loopt twee jaar.
            Hoofdstuk 2 Extra afspraken voor de kluis
            Artikel 3 Toegang tot de kluis
            De werknemer komt alleen met een collega in de kluis.
            Artikel 4 Sleutelbeheer
            De werkgever legt vast wie welke sleutel heeft.

            Protocol A Over veilig werken in de kluis

            Partijen onderzoeken samen hoe het werk in de kluis veiliger kan.

            Hoofdstuk 3 Extra afspraken voor de wagens

            Artikel 5 Bemanning
            Een wagen rijdt altijd met twee werknemers.
            Artikel 6 Route
            De route wordt pas bij vertrek bekendgemaakt.
            """);
        Assert.Equal("H3 > Art. 6", Leaf(cs, "bij vertrek").Path);
        Assert.Equal("H3 > Art. 5", Leaf(cs, "twee werknemers").Path);
        Assert.Equal("H2 > Art. 4", Leaf(cs, "welke sleutel").Path);
    }

    [Fact]
    public void AFunctionSheetWhoseNameStandsUnderItsLabelsOpensThatFunction()
    {
        // A function book's sheets open with "FUNCTIE" / "Discipline" / "FUNCTIECONTEXT" / the function's name (a column layout),
        // or with "FUNCTIE Reisadviseur (retail) 10.04": each sheet's parts read under its own function.
        var cs = Seg("""
            Cao Fictieve Reisbureaus
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Functies
            De functies staan in bijlage 5.

            Bijlage 5 Functieboek

            FUNCTIE Reisadviseur (retail) 10.04
            Discipline Verkoop

            FUNCTIECONTEXT
            De reisadviseur werkt in een winkel van het reisbureau.

            FUNCTIEDOEL
            Adviseren van klanten over vakantiereizen in de winkel en het boeken van die reizen.

            FUNCTIE
            Discipline

            FUNCTIECONTEXT

            Webontwikkelaar
            Staf

            FUNCTIEDOEL
            Bouwen en onderhouden van de website van het reisbureau en de systemen daarachter.
            """);
        Assert.Equal("Bijlage 5 > Webontwikkelaar > FUNCTIEDOEL", Leaf(cs, "website van het reisbureau").Path);
        Assert.Equal("Bijlage 5 > Reisadviseur (retail) > FUNCTIEDOEL", Leaf(cs, "in de winkel").Path);
    }
}
