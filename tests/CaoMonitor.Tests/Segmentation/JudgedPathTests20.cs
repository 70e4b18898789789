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
}
