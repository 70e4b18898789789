using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors found in the real 2024 corpus in session 13 (the independent judges' samples of session 12 and our own),
/// each in a fixture of our own words with the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests13
{
    [Fact]
    public void RegulationsInsideAnAppendixWhoseArticlesRestartAreSectionsOfTheirOwn()
    {
        // An appendix holds a fund's agreement (articles 1a, 1b, 2, 3), then two regulations of the fund's board, each with its
        // title, an opening sentence and articles from 1 again. Each regulation is a section of the appendix named by its
        // title, not "Art. 2 (2)" beside the agreement's own article 2.
        var cs = Seg("""
            Cao Fictief Bloemenvak
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 19 Werkingssfeer
            Deze cao geldt voor alle kwekerijen van snijbloemen.
            Artikel 20 Loon
            De werkgever betaalt het loon uiterlijk op de laatste dag van de maand.

            Bijlage 5 Fonds voor het bloemenvak

            Artikel 1a Werkingssfeer
            Deze overeenkomst geldt voor de werkgevers en werknemers van de cao.
            Artikel 1b Begrippen
            In deze overeenkomst heet het fonds de Stichting.
            Artikel 2 Doel
            De Stichting betaalt voorlichting over veilig werken met gewasbescherming.
            Artikel 3 Bijdrage
            De werkgever draagt jaarlijks een bijdrage af aan de Stichting.

            Uitvoeringsregels

            Het bestuur van de Stichting stelt op grond van de statuten de volgende regels vast.

            Artikel 1 Begrippen
            In deze regels heet het bestuur van de Stichting het bestuur.
            Artikel 2 Hoogte van de bijdrage
            1. Het bestuur stelt de bijdrage elk jaar vast.
            2. De werkgever ontvangt daarvan bericht voor het begin van het jaar.

            Subsidieregels

            Het bestuur van de Stichting stelt de volgende regels voor subsidies vast.

            Artikel 1 Begrippen
            Deze regels gelden voor iedere aanvraag van een subsidie bij de Stichting.
            Artikel 2 Aanvraag
            Een aanvraag wordt schriftelijk ingediend bij het bestuur van de Stichting.
            """);
        Assert.Equal("Bijlage 5 > Art. 2", Leaf(cs, "betaalt voorlichting").Path);
        Assert.Equal("Bijlage 5 > Uitvoeringsregels > Art. 2 > lid 1", Leaf(cs, "stelt de bijdrage elk jaar").Path);
        Assert.Equal("Bijlage 5 > Subsidieregels > Art. 1", Leaf(cs, "iedere aanvraag van een subsidie").Path);
        Assert.Equal("Bijlage 5 > Subsidieregels > Art. 2", Leaf(cs, "schriftelijk ingediend").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)", StringComparison.Ordinal));
    }

    [Fact]
    public void ALetteredAppendixWithASubNumberSplitByASpaceIsAnAppendixOfItsOwn()
    {
        // "Bijlage G .1: Overgangsregeling ..." after Bijlage G: appendix G.1, not a second "Bijlage G".
        var cs = Seg("""
            Cao Fictieve Kleuterscholen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Werkingssfeer
            Deze cao geldt voor alle kleuterscholen in het land.

            Bijlage G: Aanvulling bij werkloosheid

            Artikel 1 Recht
            De oud-werknemer met een uitkering krijgt een aanvulling van de school.

            Bijlage G .1: Overgangsregeling aanvulling bij werkloosheid

            Artikel 1 Recht
            De oud-werknemer die voor de nieuwe regeling werkloos werd houdt de oude aanvulling.
            """);
        Assert.Equal("Bijlage G > Art. 1", Leaf(cs, "krijgt een aanvulling").Path);
        Assert.Equal("Bijlage G.1 > Art. 1", Leaf(cs, "houdt de oude aanvulling").Path);
    }

    [Fact]
    public void AnAppendixTitleWrappedBeforeTheArticleItNamesOpensNoArticle()
    {
        // "4B. VOORBEELDEN VAN HET OMZETTEN VAN EEN VERHOGING EX" / "ARTIKEL 12 IN VRIJE TIJD": the appendix's title names
        // article 12 of the cao; its examples are the appendix's, not article 12's leden.
        var cs = Seg("""
            Cao Fictieve Zeilmakerijen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Werkingssfeer
            Deze cao geldt voor alle zeilmakerijen in het land.
            Artikel 12 Verhoging in vrije tijd
            De werknemer mag een loonsverhoging in vrije tijd omzetten.

            Bijlage 4B
            4B. VOORBEELDEN VAN HET OMZETTEN VAN EEN VERHOGING EX
            ARTIKEL 12 IN VRIJE TIJD
            De werknemer verdient bij het begin van het jaar een vast bedrag per maand.
            1. Werknemer p laat zijn verhoging in geld uitbetalen en krijgt meer loon.
            2. Werknemer q zet zijn hele verhoging om in vrije uren over het jaar.
            """);
        Assert.Equal("Bijlage 4B > lid 2", Leaf(cs, "Werknemer q zet").Path);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage 4B > Art.", StringComparison.Ordinal));
    }

    [Fact]
    public void NumberedSentencesUnderAnArticleHeadingAreItsLeden()
    {
        // "Artikel 9.1 Gezondheid" above "9.1.1 De werknemer ..." and "9.1.2 ...": the article is 9.1 and its numbered
        // sentences are its leden, written with the article's number (not articles 9.1.1 and 9.1.2 of chapter 9).
        var cs = Seg("""
            Cao Fictieve Glasblazerijen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 9 Gezond werken
            Artikel 9.1 Gezondheid
            9.1.1 De werknemer moet gezond kunnen werken en meldt te zware belasting bij zijn leidinggevende.
            9.1.2 De werkgever biedt de werknemer eens per twee jaar een vrijwillig onderzoek naar zijn gezondheid aan.
            Artikel 9.2 Veiligheid
            De werkgever voert een beleid voor veilig werken aan de ovens.
            """);
        Assert.Equal("H9 > Art. 9.1 > lid 9.1.2", Leaf(cs, "vrijwillig onderzoek").Path);
        Assert.Equal("H9 > Art. 9.1 > lid 9.1.1", Leaf(cs, "te zware belasting").Path);
        Assert.Equal("H9 > Art. 9.2", Leaf(cs, "veilig werken aan de ovens").Path);
    }
    [Fact]
    public void AContentsWithGroupTitlesAndVacantEntriesBetweenItsArticlesIsNoClause()
    {
        // A contents without page numbers whose article entries ("art. 4 Proeftijd") stand under group titles ("Loon"), with
        // vacant entries and two entries on one line: its entries are no clauses, and the body's articles keep their plain
        // paths (not "Deel A > Art. 1 (2)" beside a contents line), the body's chapter its heading.
        var cs = Seg("""
            Cao Fictieve Kaasmakerijen
            Looptijd 1 januari 2025 tot en met 31 december 2026

            Deel A

            Algemeen
            art. 1 Begrippen
            Werkingssfeer
            art. 2 Vervallen
            art. 3 Vervallen
            Arbeidsovereenkomst
            art. 4 Proeftijd
            art. 5 Opzegging art. 6 Getuigschrift
            Loon
            art. 7 Loonschalen
            art. 8 Toeslagen

            Deel A

            Hoofdstuk 1 Algemene bepalingen
            Artikel 1 Begrippen
            In deze cao heet iedere kaasmakerij met personeel de werkgever.
            Artikel 4 Proeftijd
            De proeftijd duurt bij een eerste contract twee maanden.
            Artikel 7 Loonschalen
            De werkgever deelt iedere kaasmaker in een van de loonschalen in.
            """);
        Assert.Equal("Deel A > H1 > Art. 1", Leaf(cs, "heet iedere kaasmakerij").Path);
        Assert.Equal("Deel A > H1 > Art. 7", Leaf(cs, "loonschalen in").Path);
        Assert.DoesNotContain(cs, c => c.IsLeaf && (c.Text.Contains("art. 8 Toeslagen", StringComparison.Ordinal) || c.Text.Contains("Werkingssfeer", StringComparison.Ordinal)));
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)", StringComparison.Ordinal));
    }

    [Fact]
    public void AnIndexByKeywordOfOnePartIsNoClause()
    {
        // "Trefwoordenregister deel A" over lines "Afrekening van het loon Artikel 7": an index of one part, whose lines belong
        // to no clause (not to the last article before it).
        var cs = Seg("""
            Cao Fictieve Kaasmakerijen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Begrippen
            In deze cao heet iedere kaasmakerij met personeel de werkgever.
            Artikel 9 Slotbepaling
            Deze cao eindigt zonder opzegging op 31 december 2026.

            Trefwoordenregister deel A

            Artikel Pagina
            Afrekening van het loon Artikel 7
            Arbeidsongeschiktheid Artikel 8 e.v.
            Begrippen Artikel 1
            Proeftijd Artikel 4
            """);
        Assert.EndsWith("31 december 2026.", Leaf(cs, "zonder opzegging").Text);
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Contains("Afrekening van het loon", StringComparison.Ordinal));
    }
    [Fact]
    public void HeadingsWhoseNumbersTheExtractorSplitWithSpacesAreReadWhole()
    {
        // "Artikel 14. 4" alone on its line (its title on the next) is article 14.4, not article 14 with an opening text;
        // "3 .1. 4 Titel" and "3 . 1 . 5 Titel" are paragraphs 3.1.4 and 3.1.5, not text of 3.1.3.
        var cs = Seg("""
            Cao Fictieve Zadelmakerijen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 14: Sociale zekerheid

            Artikel 14.3
            Werkloosheid
            Bij werkloosheid geldt de regeling van de bijlage bij deze cao.
            Artikel 14. 4
            Pensioen
            De werknemer neemt deel aan de pensioenregeling van het bedrijfstakfonds.
            Hoofdstuk 15: Functies
            15.1 Indeling
            15.1.3 Functieboek
            De werkgever deelt iedere functie in met het functieboek van de branche.
            3 .1. 4 Garantie bij herindeling
            De werknemer houdt zijn salaris als zijn functie lager wordt ingedeeld.
            3 . 1 . 5 Bezwaar
            De werknemer kan bezwaar maken bij de commissie van de branche.
            """);
        Assert.EndsWith("Art. 14.4", Leaf(cs, "pensioenregeling van het bedrijfstakfonds").Path);
        Assert.EndsWith("Art. 3.1.4", Leaf(cs, "houdt zijn salaris").Path);
        Assert.EndsWith("Art. 3.1.5", Leaf(cs, "bezwaar maken").Path);
    }
    [Fact]
    public void ATermOfADefinitionListSetApartByBlankLinesHeadsItsOwnText()
    {
        // A list of definitions whose terms stand alone between blank lines, above a short sentence ("Herintreder" / "Een
        // werknemer die:"): each term heads its own text; the one before does not run on into the next term.
        var cs = Seg("""
            Cao Fictieve Muziekscholen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 1 Algemeen
            Artikel 1.1 Begrippen

            Functie

            Het geheel van taken dat de werknemer volgens zijn functiebeschrijving verricht.

            Herintreder

            Een werknemer die:
            a. eerder als docent aan een muziekschool heeft gewerkt, en
            b. daarna ten minste vijf jaar geen onderwijs heeft gegeven.

            Schooljaar

            Het tijdvak van 1 augustus tot en met 31 juli.
            """);
        Assert.Equal("H1 > Art. 1.1 > Functie", Leaf(cs, "volgens zijn functiebeschrijving").Path);
        Assert.DoesNotContain("Herintreder", Leaf(cs, "volgens zijn functiebeschrijving").Text);
        Assert.Equal("H1 > Art. 1.1 > Herintreder > lid b", Leaf(cs, "geen onderwijs").Path);
        Assert.Equal("H1 > Art. 1.1 > Schooljaar", Leaf(cs, "1 augustus").Path);
    }
    [Fact]
    public void AnAppendixTableOfApplicableArticlesKeepsItsRowsInAClause()
    {
        // An appendix after the body lists, per subject, the articles that apply to workers sent from abroad ("Vakantie" /
        // "Artikel 6 Vakantiedagen, lid 1"), its rows wrapped ("lid" / "2"). It lists articles as a contents would, but it is
        // the appendix's own text: its rows stay in a clause under the appendix, none is dropped as a contents line.
        var cs = Seg("""
            Cao Fictieve Rietdekkers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Begrippen
            In deze cao heet ieder rietdekkersbedrijf met personeel de werkgever.
            Artikel 2 Werkingssfeer
            Deze cao geldt voor alle werknemers van een rietdekkersbedrijf.
            Artikel 3 Werktijden
            De werknemer werkt niet meer dan negen uur per dag.
            Artikel 4 Rusttijden
            Na een werkdag heeft de werknemer ten minste elf uur rust.
            Artikel 5 Overwerk
            De werkgever vergoedt ieder uur overwerk met een toeslag.
            Artikel 6 Vakantiedagen
            De werknemer heeft recht op vijfentwintig vakantiedagen per jaar.
            Artikel 7 Verlof
            De werknemer krijgt verlof bij de geboorte van een kind.
            Artikel 8 Loonschalen
            De werkgever deelt iedere werknemer in een loonschaal in.

            Bijlage 2 Werknemers uit het buitenland

            Onderwerp
            Van toepassing zijnde artikelen
            Algemeen Artikel 1 Begrippen
            Artikel 2 Werkingssfeer
            Arbeidstijden Artikel 3 Werktijden
            Artikel 4 Rusttijden, lid
            2
            Artikel 5 Overwerk
            Vakantie Artikel 6 Vakantiedagen, lid 1 en lid 2
            Artikel 7 Verlof
            Loon Artikel 8 Loonschalen, lid 3
            Artikel 9 Toeslagen
            Kosten Artikel 10 Reiskosten
            Artikel 11 Werkkleding
            """);
        foreach (var row in new[] { "Artikel 2 Werkingssfeer", "Artikel 4 Rusttijden, lid", "Artikel 5 Overwerk", "Vakantie Artikel 6", "Artikel 7 Verlof" })
            Assert.Contains(cs, c => c.IsLeaf && c.Path.StartsWith("Bijlage 2", StringComparison.Ordinal) && c.Text.Contains(row, StringComparison.Ordinal));
        Assert.Equal("Art. 5", Leaf(cs, "ieder uur overwerk").Path);
    }
}
