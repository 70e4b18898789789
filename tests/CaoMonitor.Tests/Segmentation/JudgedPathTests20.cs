using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors the independent judges found in the real 2024 corpus at sessions 18 to 20 (and their kin elsewhere in it), each in
/// a fixture of our own words with the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests20
{
    private const string Body =
        """
        Cao Fictieve Pianostemmers
        Looptijd 1 januari 2025 tot en met 31 december 2026
        Hoofdstuk 1 Algemeen
        Artikel 1 Werkingssfeer
        Deze cao geldt voor iedere pianostemmer met personeel in dienst.
        Artikel 2 Looptijd
        Deze cao loopt twee jaar en eindigt zonder opzegging.
        """;

    [Fact]
    public void NumberedNotesUnderALidAreNoLeden()
    {
        // "Aantekeningen:" over its own "1.", "2.", "3." inside lid 1: notes on that lid. Read as leden 2 and 3 they took the
        // article's real lid 2 and 3 into the last note ("Art. 3 > lid 3").
        var cs = Seg(Body,
            """
            Artikel 3 Werken op zon- en feestdagen
            1. In principe werkt de stemmer niet op zondag en ook niet op de volgende feestdagen:
            - Nieuwjaarsdag
            - Tweede paasdag
            - Eerste kerstdag

            Aantekeningen:
            1. Werkt de stemmer toch op een zondag, zie dan artikel 9 van deze cao.
            2. In artikel 5 lid 2 staat dat deze feestdagen meetellen voor de gemiddelde arbeidsduur.
            3. Wordt Koningsdag op een andere dag gevierd, dan heeft de stemmer ook dan een vrije dag.

            2. Heeft de stemmer gewetensbezwaren tegen werken op zondag, dan meldt hij dat bij de werkgever.

            3. De stemmer die op een feestdag werkt, krijgt een doorbetaalde vrije dag terug.
            Artikel 4 Ploegendienst
            1. Ploegendienst is werk in ploegen die elkaar aflossen.

            Aantekeningen:
            1. Met aflossen bedoelen we dat de ene ploeg begint waar de andere stopt.

            2. Voordat de werkgever ploegendienst invoert, overlegt hij met de ondernemingsraad.
            """);
        Assert.Contains("Koningsdag", ByPath(cs, "H1 > Art. 3 > lid 1 > Aantekeningen").Text);
        Assert.Contains("Nieuwjaarsdag", ByPath(cs, "H1 > Art. 3 > lid 1 > inleiding").Text);
        Assert.StartsWith("2. Heeft de stemmer gewetensbezwaren", ByPath(cs, "H1 > Art. 3 > lid 2").Text);
        Assert.StartsWith("3. De stemmer die op een feestdag", ByPath(cs, "H1 > Art. 3 > lid 3").Text);
        Assert.Contains("ene ploeg begint", ByPath(cs, "H1 > Art. 4 > lid 1").Text);
        Assert.StartsWith("2. Voordat de werkgever", ByPath(cs, "H1 > Art. 4 > lid 2").Text);
    }

    [Fact]
    public void NumberedNotesUnderAnArticleWithoutLedenAreNoLeden()
    {
        // An article of one paragraph and "Aantekeningen:" with notes 1 and 2: its text and its notes, not "lid 1" and "lid 2".
        var cs = Seg(Body,
            """
            Artikel 3 Stemmersraad
            Voor de branche is een Stemmersraad opgericht. In de statuten staan zijn taken en bevoegdheden.

            Aantekeningen:
            1. Meer over de Stemmersraad leest u op de website van de branche.
            2. Post voor de Stemmersraad gaat naar het secretariaat in Utrecht.

            Artikel 4 Geschillen
            1. Een geschil over de uitleg van deze cao gaat naar de Stemmersraad.
            2. De Stemmersraad beslist binnen acht weken.
            """);
        Assert.Contains("secretariaat in Utrecht", ByPath(cs, "H1 > Art. 3 > Aantekeningen").Text);
        Assert.Contains("Stemmersraad opgericht", ByPath(cs, "H1 > Art. 3 > inleiding").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("H1 > Art. 3 > lid", StringComparison.Ordinal));
        Assert.StartsWith("2. De Stemmersraad beslist", ByPath(cs, "H1 > Art. 4 > lid 2").Text);
    }

    [Fact]
    public void ASubHeadingInsideANumberedLidIsPartOfThatLid()
    {
        // "Afbouw toeslag" and "Afbouw uurloon" over text and a table of their own inside lid 1, and "2." after them: sub-headings of
        // lid 1 ("Art. 3 > lid 1 > Afbouw toeslag"), not of the article beside lid 1 (the path dropped the lid).
        var cs = Seg(Body,
            """
            Artikel 3 Oudere stemmer in een lagere functie
            1. Terugplaatsing om medische redenen
            Word je om medische redenen in een lagere functie geplaatst en ben je 58 jaar of ouder? Dan heb je het eerste jaar geen nadeel.

            Afbouw toeslag
            Voor de afbouw van je toeslag krijg je een aanvulling volgens deze tabel.
            Eerste vier maanden 75
            Volgende vier maanden 50

            Afbouw uurloon
            Het verschil in uurloon wordt in drie stappen afgebouwd, eerst 75%, dan 50% en tot slot 25% van het verschil.

            2. Terugplaatsing zonder medische redenen
            Word je om een andere reden in een lagere functie geplaatst, dan geldt de afbouw van lid 1 ook.
            Artikel 4 Vakantie
            1. De stemmer heeft recht op 25 vakantiedagen.

            Overgangsregeling
            Wie voor 1 januari 2020 in dienst kwam, houdt zolang hij in dienst blijft 27 dagen per jaar.
            """);
        Assert.Contains("eerste jaar geen nadeel", ByPath(cs, "H1 > Art. 3 > lid 1 > inleiding").Text);
        Assert.Contains("deze tabel", ByPath(cs, "H1 > Art. 3 > lid 1 > Afbouw toeslag").Text);
        Assert.Contains("drie stappen", ByPath(cs, "H1 > Art. 3 > lid 1 > Afbouw uurloon").Text);
        Assert.Contains("Afbouw uurloon", ByPath(cs, "H1 > Art. 3 > lid 1").Text);
        Assert.StartsWith("2. Terugplaatsing zonder", ByPath(cs, "H1 > Art. 3 > lid 2").Text);
        Assert.DoesNotContain(cs, c => c.Path == "H1 > Art. 3 > Afbouw toeslag");
        // No lid 2 after it: the sub-heading after the last lid is the article's, as before.
        Assert.Contains("27 dagen", ByPath(cs, "H1 > Art. 4 > Overgangsregeling").Text);
    }

    [Fact]
    public void AnArticleTitleClosedByAFullStopIsATitle()
    {
        // "Artikel 6. Een andere functie, herscholing en omscholing." over its leden: the article's heading. Missed, its leden ran on in
        // the article before ("Art. 5 > lid 6" for the new article's lid 6).
        var cs = Seg(Body,
            """
            Artikel 5. Functiejaren
            Verhogingen op grond van functiejaren worden eenmaal per jaar toegekend, in de maand waarin een nieuw functiejaar begint.

            Artikel 6. Een andere functie, herscholing en omscholing.
            1. Gaat een stemmer een functie in een hogere groep uitoefenen, dan houdt hij ten minste zijn salaris.
            2. Gaat een stemmer een functie in een lagere groep uitoefenen, dan houdt hij ook zijn salaris.
            Artikel 7. Artikel 9 van deze cao is niet van toepassing.
            """);
        Assert.Equal("Een andere functie, herscholing en omscholing", ByPath(cs, "H1 > Art. 6").Title);
        Assert.StartsWith("2. Gaat een stemmer een functie in een lagere", ByPath(cs, "H1 > Art. 6 > lid 2").Text);
        Assert.Contains("nieuw functiejaar", ByPath(cs, "H1 > Art. 5").Text);
        Assert.DoesNotContain(cs, c => c.Path == "H1 > Art. 7");
    }

    [Fact]
    public void ASubHeadingOverAListOfItsOwnStaysBesideTheLid()
    {
        // "Definities" after lid 2 over its own list from "1.": the sub-heading's list (it has a "3." of its own), no text of lid 2.
        var cs = Seg(Body,
            """
            Artikel 3 Werkingssfeer
            1. Deze cao geldt voor alle werkgevers in de branche van het stemmen van piano's en vleugels.
            2. Deze cao geldt niet voor werkgevers die een eigen cao hebben afgesloten met de bonden.

            Definities
            In deze cao wordt verstaan onder de volgende begrippen het volgende, tenzij anders bepaald:
            1. werkgever: ieder die een stemmer in dienst heeft;
            2. stemmer: ieder die bij een werkgever in dienst is;
            3. week: een tijdvak van zeven dagen.
            """);
        Assert.Contains("zeven dagen", ByPath(cs, "H1 > Art. 3 > Definities > lid 3").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("H1 > Art. 3 > lid 2 > Definities", StringComparison.Ordinal));
    }

    [Fact]
    public void ANumberedTitleAfterItsOwnNumberAsALidIsTheRegulationsNextArticle()
    {
        // In an appendix's regulation of numbered titles ("1. Deelname aan de regeling" over its leden 1 and 2), "2. Voorwaarden" over an
        // unnumbered sentence comes after lid 2: the regulation's article 2, whose lid 1 has no number and whose "2." to "4." follow.
        // Read as more of lid 2 of article 1, its leden ran on there ("Art. 1 > lid 4" for article 2's lid 4).
        var cs = Seg(Body,
            """
            Bijlage 4 Regeling spaarverlof
            1. Deelname aan de regeling
            1. De regeling geldt voor alle stemmers met een vaste aanstelling bij de werkgever.
            2. Er kan ten hoogste 100 uur per jaar worden gespaard; bij deeltijd naar rato.

            2. Voorwaarden
            De stemmer vraagt de werkgever schriftelijk om te mogen sparen.

            2. Hij doet dat voor 1 maart van het jaar voordat hij wil beginnen met sparen.
            3. Hij geeft aan over welke periode en hoeveel uur hij wil sparen.
            4. De werkgever weegt het belang van de stemmer af tegen dat van de zaak.

            3. Spaarperiode
            1. De spaarperiode is ten minste vijf jaar.
            2. Zij begint op 1 januari van een jaar.
            """);
        Assert.Contains("schriftelijk om te mogen sparen", ByPath(cs, "Bijlage 4 > Art. 2").Text);
        Assert.StartsWith("4. De werkgever weegt", ByPath(cs, "Bijlage 4 > Art. 2 > lid 4").Text);
        Assert.StartsWith("2. Er kan ten hoogste", ByPath(cs, "Bijlage 4 > Art. 1 > lid 2").Text);
        Assert.DoesNotContain("Voorwaarden", ByPath(cs, "Bijlage 4 > Art. 1 > lid 2").Text);
        Assert.StartsWith("2. Zij begint", ByPath(cs, "Bijlage 4 > Art. 3 > lid 2").Text);
    }

    [Fact]
    public void ALidNumberRunIntoItsFirstWordIsALid()
    {
        // "1.Het college:" over its items a and b: lid 1 (its dot and its word run together), the items in it; not items read as the
        // article's leden a and b.
        var cs = Seg(Body,
            """
            Artikel 3 Opdracht van de gemeente
            1.Het college:
            a. ondersteunt bij het vinden van werk de stemmers die een uitkering ontvangen;
            b. biedt een voorziening aan als dat voor het vinden van werk nodig is.
            2.Het college stelt regels over de voorzieningen die het aanbiedt.
            """);
        Assert.Contains("voorziening aan", ByPath(cs, "H1 > Art. 3 > lid 1").Text);
        Assert.StartsWith("2.Het college stelt", ByPath(cs, "H1 > Art. 3 > lid 2").Text);
        Assert.DoesNotContain(cs, c => c.Path == "H1 > Art. 3 > lid a");
    }

    [Fact]
    public void ABareArticleHeadingAtTheTopOfTwoPagesFarApartIsNoRunningHeader()
    {
        // "Artikel 3" alone atop page 2 (the cao's article 3) and atop a page of an appendix's regulation much later (its own article 3):
        // the same words at the edges of two pages, but not of pages that follow each other, as a running header of one article would be.
        // Both are headings; removed as a running header, the cao's article 3 ran on in article 2 ("HI > Art. 2 > Definities").
        var pages = new List<string> { "Cao Fictieve Pianostemmers\nLooptijd 1 januari 2025 tot en met 31 december 2026\nHoofdstuk I Algemeen\nArtikel 2\nWerkingssfeer\n1. Deze cao geldt voor iedere werkgever in de branche." };
        string[] titles = ["Definities", "Proeftijd", "Opzegtermijn", "Werktijden", "Pauzes", "Reiskosten", "Kleding"];
        for (int k = 0; k < titles.Length; k++)
            pages.Add($"""
                Artikel {k + 3}
                {titles[k]}
                1. De regeling over {titles[k].ToLowerInvariant()} geldt voor iedere stemmer vanaf zijn eerste werkdag bij de werkgever.
                2. De werkgever legt de afspraken over {titles[k].ToLowerInvariant()} schriftelijk vast in het personeelsdossier.
                {k + 2}
                """);
        pages.Add("Bijlage 1 Reglement geschillencommissie\nArtikel 1\nDe commissie\n1. De commissie bestaat uit drie leden en drie plaatsvervangers.\n2. De leden worden voor vier jaar benoemd.");
        pages.Add("Artikel 2\nVergaderingen\n1. De commissie vergadert zo vaak als nodig, ten minste eenmaal per jaar.\n2. Zij besluit bij gewone meerderheid.");
        pages.Add("Artikel 3\nUitspraak\n1. De commissie doet binnen acht weken uitspraak over het geschil.\n2. De uitspraak is bindend voor beide partijen.");
        var cs = Seg(pages.ToArray());
        Assert.Equal("HI > Art. 3 > lid 1", Leaf(cs, "regeling over definities").Path);
        Assert.Equal("Bijlage 1 > Art. 3 > lid 1", Leaf(cs, "binnen acht weken").Path);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("HI > Art. 2 > Definities", StringComparison.Ordinal));
    }

    [Fact]
    public void AProtocolClosingAChaptersListOfItsArticlesIsPartOfTheList()
    {
        // A chapter's own list of its articles 12 to 16 ends with "Protocol I Over vitaliteit" and a title: entries of the list, like the
        // articles above them. Read as the protocol's heading, the two lines became a clause "Protocol I" amid the chapter.
        var cs = Seg(Body,
            """
            Hoofdstuk 2 Extra afspraken voor de concertzalen
            Artikel 12 Voor wie gelden deze afspraken?
            Artikel 13 Wat is de stemtijd?
            Artikel 14 Vergoeding voor parkeren
            Artikel 15 Vergoeding voor gehoorbescherming
            Artikel 16 Arbeidsduur
            Protocol I Over vitaliteit
            Concertzalen Concertzaalakkoorden

            Artikel 12 Voor wie gelden deze afspraken?
            De artikelen in dit hoofdstuk gelden voor stemmers die in een concertzaal werken.
            Artikel 13 Wat is de stemtijd?
            1. De stemtijd is de tijd tussen aankomst bij de vleugel en vertrek.
            2. De stemtijd is ten hoogste 90 minuten per instrument.
            """);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Protocol I", StringComparison.Ordinal) || c.Path.Contains("> Protocol I", StringComparison.Ordinal));
        Assert.Contains("in een concertzaal werken", ByPath(cs, "H2 > Art. 12").Text);
        Assert.StartsWith("2. De stemtijd", ByPath(cs, "H2 > Art. 13 > lid 2").Text);
    }

    [Fact]
    public void RowsNamingTheBodysArticlesWithTheirPointsBetweenOpenNoArticles()
    {
        // An appendix listing which of the cao's articles apply to workers from abroad: "Artikel 3 De arbeidsduur" (the body's article 3
        // "Arbeidsduur"), its applicable leden as dashed points under it, "Artikel 4 Overwerk" and so on. The rows are the table's text;
        // read as the appendix's articles, the next point of the table ran on in "Bijlage 2 > Art. 5".
        var cs = Seg("""
            Cao Fictieve Pianostemmers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 1 Algemeen
            Artikel 3 Arbeidsduur
            1. De arbeidsduur is gemiddeld 38 uur per week.
            2. De werkgever stelt het rooster vast na overleg met de ondernemingsraad.
            Artikel 4 Overwerk
            Overwerk is werk boven het rooster op verzoek van de werkgever.
            Artikel 5 Kort verzuim
            De stemmer krijgt verlof bij bijzondere gebeurtenissen in zijn gezin.
            """,
            """
            Bijlage 2 Bepalingen voor stemmers uit het buitenland
            1. Maximale werktijden en minimale rusttijden
            Artikel 3 De arbeidsduur
            - Lid 1
            - Lid 2 voor zover het rooster betreft, met uitzondering van de instemming van de ondernemingsraad bij een rooster.
            - Voor lid 2 is de toestemming van de ondernemingsraad niet aan de orde.

            Artikel 4 Overwerk
            - De toestemming van de ondernemingsraad is niet aan de orde.

            Artikel 5 Kort verzuim
            Het hele artikel is van toepassing, met uitzondering van onderstaande:
            - Lid 2 sub c voor zover het een keuring betreft.

            2. Minimum aantal vakantiedagen
            De stemmer uit het buitenland heeft recht op het wettelijk minimum aantal vakantiedagen.
            """);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage 2 > Art.", StringComparison.Ordinal));
        Assert.Contains("vakantiedagen", ByPath(cs, "Bijlage 2 > lid 2").Text);
        Assert.Contains("Kort verzuim", ByPath(cs, "Bijlage 2 > lid 1").Text);
    }
}
