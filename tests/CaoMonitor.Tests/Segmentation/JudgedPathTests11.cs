using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors found in the real 2024 corpus in session 11 (three independent judges' samples of session 10, and own
/// readings of random samples), each in a fixture of our own words with the real text's layout: the right reading
/// and the wrong one.
/// </summary>
public class JudgedPathTests11
{
    [Fact]
    public void ContentsWithoutPageNumbersOpenNoChapterEvenAfterALongQuestionTitle()
    {
        // A contents without page numbers under "Inhoud" lists chapters and question-style article titles. One title is
        // longer than a hundred characters; the contents goes on after it, and its chapters 3 and 4 stay contents lines,
        // so the body's own "Hoofdstuk 4" opens chapter 4 (not "H4 (2)") and holds its articles.
        var cs = Seg("""
            Cao Fictieve Campings
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Inhoud
            Hoofdstuk 1 Vooraf
            Artikel 1 Welke woorden gebruiken we in deze cao?
            Artikel 2 Voor wie is deze cao bedoeld?

            Hoofdstuk 2 Werk en rust
            Artikel 3 Hoe ziet je rooster eruit?
            Artikel 4 Wat krijg je als je werkt op een zon- of feestdag, in de nacht of tijdens een extra dienst in het hoogseizoen?
            Artikel 5 Hoeveel pauze heb je?

            Hoofdstuk 3 Geld
            Artikel 6 Hoeveel verdien je?
            Artikel 7 Wanneer krijg je een verhoging?
            Hoofdstuk 4 Tot slot
            Artikel 8 Wat doen cao-partijen samen?
            Artikel 9 Hoe lang loopt deze cao?

            Bijlagen
            Hoofdstuk 1 Vooraf
            Artikel 1 Welke woorden gebruiken we in deze cao?
            1. Werkgever: de onderneming die een camping exploiteert.
            2. Werknemer: ieder die bij de werkgever in dienst is.
            Artikel 2 Voor wie is deze cao bedoeld?
            Deze cao geldt voor alle werknemers van een camping.
            Hoofdstuk 2 Werk en rust
            Artikel 3 Hoe ziet je rooster eruit?
            Je rooster hangt vier weken vooraf op de vaste plek.
            Artikel 4 Wat krijg je als je werkt op een zon- of feestdag, in de nacht of tijdens een extra dienst in het hoogseizoen?
            Je krijgt dan een toeslag van vijftig procent per uur.
            Artikel 5 Hoeveel pauze heb je?
            Na vijf uur werk heb je een half uur pauze.
            Hoofdstuk 3 Geld
            Artikel 6 Hoeveel verdien je?
            Je salaris staat in de tabel van de bijlage.
            Artikel 7 Wanneer krijg je een verhoging?
            Ieder jaar op 1 juli stijgt het salaris met een trede.
            Hoofdstuk 4 Tot slot
            Artikel 8 Wat doen cao-partijen samen?
            Zij overleggen twee keer per jaar over de uitvoering.
            Artikel 9 Hoe lang loopt deze cao?
            Deze cao loopt twee jaar.
            """);
        Assert.Contains("twee keer per jaar", ByPath(cs, "H4 > Art. 8").Text);
        Assert.Contains("vijftig procent", ByPath(cs, "H2 > Art. 4").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)"));
    }

    [Fact]
    public void AChapterEntryTooLongForAHeadingStaysInItsContents()
    {
        // A contents without page numbers whose chapter entry is longer than any body heading. The article listed above it
        // is a contents line too, not the first real article: it becomes no clause of its own with the long entry in it.
        var cs = Seg("""
            Cao Fictieve Glazenwassers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Thema 1 Mijn werk
            Art. 1.1 Werktijden
            Art. 1.2 Pauzes
            Art. 1.3 Ladders en steigers
            Thema 2 Mijn geld
            Art. 2.1 Loon
            Art. 2.2 Toeslagen
            Art. 2.3 Reiskosten
            Thema 3 Verplichtingen van de werkgever bij sluiting van een vestiging, een reorganisatie en de regels voor overleg met de vakbonden
            Art. 3.1 Overleg met de vakbonden
            Art. 3.2 Sociaal plan

            Thema 1 Mijn werk
            Art. 1.1 Werktijden
            De werktijden liggen tussen zeven uur en zeven uur.
            Art. 1.2 Pauzes
            Na vier uur werk volgt een pauze van een kwartier.
            Art. 1.3 Ladders en steigers
            De werkgever keurt ladders en steigers ieder jaar.
            Thema 2 Mijn geld
            Art. 2.1 Loon
            Het loon staat in de loontabel.
            Art. 2.2 Toeslagen
            Voor werk op hoogte geldt een toeslag.
            Art. 2.3 Reiskosten
            De werkgever vergoedt de reiskosten per kilometer.
            """);
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Contains("Verplichtingen van de werkgever"));
        Assert.Contains("per kilometer", ByPath(cs, "H2 > Art. 2.3").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)"));
    }

    [Fact]
    public void RowsOfATableOfTheMainBodysRulesInAnAppendixAreNoArticles()
    {
        // An appendix lists which rules of the main body apply to hired staff, row by row: the number and title of the main
        // body's article, then what changes in it. A row is no article of the appendix, and no row runs on into the next one
        // (the row "3.1 Vakantie" follows no open article and was text of the row before it).
        var cs = Seg("""
            Cao Fictieve Dakdekkers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 2 Werktijden
            2.1 Werkweek
            De werkweek telt vijf dagen van acht uur.
            2.2 Overwerk
            Overwerk is werk boven de acht uur per dag. De werkgever vraagt het uiterlijk een dag vooraf en betaalt er een
            toeslag voor.
            2.3 Weekendwerk
            Werk op zaterdag wordt vooraf afgesproken. Op zondag wordt alleen bij spoed gewerkt, na overleg met de
            ondernemingsraad.
            Hoofdstuk 3 Vrije tijd
            3.1 Vakantie
            De werknemer heeft recht op vijfentwintig vakantiedagen per jaar. Hij neemt ze op in overleg met de werkgever, drie
            weken aaneen in de zomer.
            Bijlage 4 Regels voor uitzendkrachten
            toe te passen regels en wat daarin verandert
            2.2 Overwerk - 2.2.1: De tweede zin vervalt.
            - 2.2.2: Met 'de werkgever' wordt het uitzendbureau bedoeld.
            2.3 Weekendwerk
            3.1 Vakantie - 3.1.1: In plaats van vijfentwintig dagen geldt het aantal van het uitzendbureau.
            - 3.1.2: Vervalt.
            """);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage 4", StringComparison.Ordinal) && c.Path.Contains("Art."));
        var overwerk = ByPath(cs, "Bijlage 4 > 2.2 Overwerk");
        Assert.Contains("uitzendbureau bedoeld", overwerk.Text);
        Assert.DoesNotContain("vijfentwintig", overwerk.Text);
        Assert.Contains("Vervalt", ByPath(cs, "Bijlage 4 > 3.1 Vakantie").Text);
        Assert.Contains("vijf dagen", ByPath(cs, "H2 > Art. 2.1").Text);
    }

    [Fact]
    public void AnAppendixHeadingBehindARunningFooterAndPageNumberOpensItsAppendix()
    {
        // Every page ends in a footer line and its page number; the extractor glued the next appendix's heading in capitals
        // behind it. The appendix opens there, so its text is not read in the appendix before it (nor in a chapter of that
        // appendix's table).
        var cs = Seg("""
            Cao Fictieve Gieterijen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Werkingssfeer
            Deze cao geldt voor alle gieterijen in Nederland.
            BIJLAGE A. TOESLAGEN
            1. De ploegentoeslag is twaalf procent van het uurloon.
            2. De nachttoeslag is twintig procent van het uurloon.
            Vetgedrukte bepalingen zijn minimumbepalingen 41 BIJLAGE B. REGLEMENT VAKRAAD
            1. De vakraad bestaat uit vier leden.
            2. Twee leden worden benoemd door de werkgevers.
            """);
        Assert.Contains("vier leden", ByPath(cs, "Bijlage B > lid 1").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage A", StringComparison.Ordinal) && c.Text.Contains("vier leden"));
    }

    [Fact]
    public void AnAppendixHeadingBehindARunningHeaderWithYearsOrATableCellOpensItsAppendix()
    {
        // The running header ends in the agreement's years, or a table's last cell in a number, and the extractor glued the
        // next appendix's heading (in mixed case, its letter in lower case) behind it.
        var cs = Seg("""
            Cao Fictieve Bouwmarkten
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Werkingssfeer
            Deze cao geldt voor alle bouwmarkten in Nederland.
            Bijlage 1 Loonschalen
            De loonschalen gelden per 1 januari 2025 en stijgen elk jaar met de prijzen.
            Schaal A 2100 Schaal B 2300
            Bouwmarkt-cao 2025-2026 Bijlage 2 Veiligheidsregels
            1. De werknemer draagt veiligheidsschoenen in het magazijn.
            2. De werkgever zorgt voor een verbandtrommel.
            Schaal C 2500 en Schaal D 2700 Bijlage c Protocol Functiewaardering
            1. Een functie wordt beschreven voordat zij wordt ingedeeld.
            """);
        Assert.Contains("veiligheidsschoenen", ByPath(cs, "Bijlage 2 > lid 1").Text);
        Assert.Contains("beschreven voordat", ByPath(cs, "Bijlage C > lid 1").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage 1", StringComparison.Ordinal) && c.Text.Contains("veiligheidsschoenen"));
    }

    [Fact]
    public void ATitleInLowerCaseMayStartWithAnArticle()
    {
        // A cao that writes every title in lower case: "Hoofdstuk 1 de arbeidsovereenkomst" is a chapter heading and
        // "Artikel 1 de proeftijd" an article heading, so the articles of chapter 1 read under it (articles restart at 1 in
        // every chapter: without its chapter, "Art. 2" of chapter 1 would have no chapter while chapter 2 has its own).
        var cs = Seg("""
            Cao Fictieve Zorginstellingen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 1 de arbeidsovereenkomst
            Artikel 1 de proeftijd
            1. De proeftijd duurt een maand.
            2. De proeftijd wordt schriftelijk afgesproken.
            Artikel 2 opzegging
            De opzegtermijn is een maand.
            Hoofdstuk 2 werktijden
            Artikel 1 arbeidsduur
            De arbeidsduur is zesendertig uur per week.
            """);
        Assert.Contains("een maand", ByPath(cs, "H1 > Art. 1 > lid 1").Text);
        Assert.Contains("opzegtermijn", ByPath(cs, "H1 > Art. 2").Text);
        Assert.Contains("zesendertig", ByPath(cs, "H2 > Art. 1").Text);
    }

    [Fact]
    public void AContentsEntryWithoutALeaderNextToTheContentsOpensNoChapter()
    {
        // A scanned index whose dot leaders run long, but one chapter entry lost its leader and one title's leader broke
        // down to a single dot before the page number. Both stand right among the index lines: no chapter 8A and no clause.
        var cs = Seg("""
            Cao Fictieve Scholen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 7.1 Verlof .................................................................................................................................. 40
            Artikel 7.2 Zorgverlof .................................................................................................................................. 41
            HOOFDSTUK 8A 43
            Overgangsregeling .43
            Artikel 8A.1 Uitgangspunten .................................................................................................................................. 43
            Artikel 8A.2 Uitvoering .................................................................................................................................. 44

            Hoofdstuk 7 Verlof
            Artikel 7.1 Verlof
            De werknemer heeft recht op verlof volgens de wet.
            Artikel 7.2 Zorgverlof
            Zorgverlof wordt doorbetaald voor zeventig procent.
            Hoofdstuk 8A Overgang
            Artikel 8A.1 Uitgangspunten
            De oude regeling blijft gelden voor wie al in dienst was.
            """);
        Assert.DoesNotContain(cs, c => c.Text.Contains("HOOFDSTUK 8A 43"));
        Assert.Contains("oude regeling", ByPath(cs, "H8A > Art. 8a.1").Text);
    }

    [Fact]
    public void AForewordBetweenTheContentsAndTheFirstHeadingIsASectionOfItsOwn()
    {
        // The contents ends in its last appendix and that appendix's page number; a foreword follows before the first
        // chapter. The foreword is neither lost nor read in the appendix the contents named last.
        var cs = Seg("""
            Cao Fictieve Hoveniers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Inhoud
            Hoofdstuk 1 Algemeen 3
            Artikel 1 Begrippen 3
            Artikel 2 Werkingssfeer 4
            Bijlage 1 Loontabellen 20
            Bijlage 2 Trefwoorden 24
            VOORWOORD
            Voor u ligt de cao voor de hoveniers. Partijen hebben afspraken gemaakt over loon, scholing en werktijden.
            Hoofdstuk 1 Algemeen
            Artikel 1 Begrippen
            Werknemer: ieder die bij een hoveniersbedrijf in dienst is.
            Artikel 2 Werkingssfeer
            Deze cao geldt voor alle hoveniersbedrijven.
            Bijlage 1 Loontabellen
            Het loon per uur staat in de tabel hieronder.
            Bijlage 2 Trefwoorden
            Loon, scholing, werktijden.
            """);
        Assert.Contains("afspraken gemaakt", ByPath(cs, "Voorwoord").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage 2", StringComparison.Ordinal) && c.Text.Contains("Voor u ligt"));
        Assert.Contains("ieder die", ByPath(cs, "H1 > Art. 1").Text);
    }

    [Fact]
    public void ArticlesOfTheNextChapterAfterAChapterWithoutArticlesOpenThatChapter()
    {
        // Chapter 5's heading stands on its own, its articles' titles were lost (only "5.1" / "5.2" are left), and the
        // headings of chapters 6 and 7 stood in a margin the extractor dropped. Articles 6.1 and 6.2, then 7.1, are not
        // chapter 5's: each opens its chapter.
        var cs = Seg("""
            Cao Fictieve Basisscholen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            1.1 Begrippen
            Werknemer: ieder die bij een school in dienst is.
            2.1 Formatie
            De werkgever stelt ieder jaar een formatieplan vast.
            3.1 Arbeidsovereenkomst
            De arbeidsovereenkomst wordt schriftelijk aangegaan.
            4.1 Werktijden
            De werktijden staan in het rooster van de school.
            5. Functies
            5.1

            5.2

            Functiegebouw
            De functies staan in het functiegebouw van de bijlage.
            6.1 Salaris
            Het salaris staat in de salaristabel.
            6.2 Toelage
            Een toelage wordt per maand betaald.
            7.1 Reiskosten
            De werkgever vergoedt de reiskosten voor woon-werkverkeer.
            7.2 Verhuiskosten
            De werkgever vergoedt verhuiskosten bij benoeming.
            """);
        Assert.Contains("salaristabel", ByPath(cs, "H6 > Art. 6.1").Text);
        Assert.Contains("per maand", ByPath(cs, "H6 > Art. 6.2").Text);
        Assert.Contains("woon-werkverkeer", ByPath(cs, "H7 > Art. 7.1").Text);
    }

    [Fact]
    public void ClustersArePartsWhoseChaptersRestartAtOne()
    {
        // A cao in clusters, each with numbered titles from 1 and decimals under them. A clause of cluster 4 is read in
        // cluster 4, not in the last cluster a restart happened to be named by; "Cluster 3 (Keuzemodel)." in a sentence is a
        // reference. (Session 14: the numbered titles are the cluster's articles, as two judges read them, no chapters.)
        var cs = Seg("""
            Cao Fictieve Kantoortechniek
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Cluster 1. Werkingssfeer
            1. Werkgevers
            1.1 Werkgever
            Deze cao geldt voor werkgevers in de kantoortechniek, zie ook
            Cluster 3 (Keuzemodel).
            Cluster 3. Keuzemodel
            1. Bronnen
            1.1 Bronelementen
            Bronelementen zijn vakantiedagen en de eindejaarsuitkering.
            Cluster 4. Definities
            1. Begrippen
            1.1 Werknemer
            Werknemer is ieder die bij de werkgever in dienst is.
            2. Salaris
            2.1 Uursalaris
            Het uursalaris is het maandsalaris gedeeld door 165.
            Bijlage 1 Salaristabellen
            De salarissen per 1 januari 2025 staan hieronder.
            """);
        Assert.Contains("per 1 januari 2025", ByPath(cs, "Bijlage 1").Text);
        Assert.Contains("Bronelementen zijn", ByPath(cs, "Cluster 3 > Art. 1 > lid 1.1").Text);
        Assert.Contains("gedeeld door 165", ByPath(cs, "Cluster 4 > Art. 2 > lid 2.1").Text);
        Assert.Contains("zie ook", ByPath(cs, "Cluster 1 > Art. 1 > lid 1.1").Text);
    }
}
