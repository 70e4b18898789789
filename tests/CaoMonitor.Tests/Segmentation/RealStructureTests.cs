using CaoMonitor.Domain;
using CaoMonitor.Extraction;
using CaoMonitor.Normalisation;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>The forms real cao's take (issue 16), in our own words.</summary>
public class RealStructureTests
{
    private static void NoSharedPaths(IReadOnlyList<Clause> cs) =>
        Assert.Empty(cs.GroupBy(c => c.Path).Where(g => g.Count() > 1).Select(g => g.Key));

    [Fact]
    public void PartsWithTheirOwnArticleNumbersGoIntoThePath()
    {
        var cs = Seg("""
            Deel A Algemene bepalingen
            Artikel 1 Begrippen
            In deze cao wordt verstaan onder werknemer: ieder die bij de werkgever in dienst is.
            Artikel 6 Scholing
            De werkgever maakt jaarlijks een opleidingsplan.
            Deel B Bepalingen voor de schoonmaakdienst
            Artikel 1 Toepassing
            Dit deel geldt voor werknemers in de schoonmaakdienst.
            Artikel 6 Werktijden
            De werktijden liggen tussen zes uur 's ochtends en tien uur 's avonds.
            """);
        Assert.Contains("opleidingsplan", ByPath(cs, "Deel A > Art. 6").Text);
        Assert.Contains("werktijden", ByPath(cs, "Deel B > Art. 6").Text);
        Assert.Equal("Bepalingen voor de schoonmaakdienst", ByPath(cs, "Deel B").Title);
        NoSharedPaths(cs);
    }

    [Fact]
    public void ArticlesRestartingAtOneWithoutAPartHeadingStartANewPart()
    {
        var cs = Seg("""
            Artikel 1 Werkingssfeer
            Deze cao geldt voor alle werkgevers in de branche.
            Artikel 2 Looptijd
            Deze cao loopt twee jaar.
            Artikel 1 Begripsbepalingen van het reglement
            In dit reglement wordt verstaan onder fonds: het opleidingsfonds van de branche.
            Artikel 2 Bijdrage
            De werkgever draagt jaarlijks bij aan het fonds.
            """);
        Assert.Contains("twee jaar", ByPath(cs, "Art. 2").Text);
        Assert.Contains("draagt jaarlijks bij", ByPath(cs, "Deel 2 > Art. 2").Text);
        NoSharedPaths(cs);
    }

    [Fact]
    public void DecimalHeadingsNestAndAreNeverEmptyClauses()
    {
        var cs = Seg("""
            4. Beloning
            4.4 Loon
            4.4.1 Loon over gewerkte uren
            De werknemer ontvangt loon over de uren die hij werkt.
            4.4.2 Wat krijg je bij overwerk?
            Voor overwerk geldt een toeslag van 25 procent.
            4.5 Reiskosten
            De werkgever vergoedt de reiskosten.
            """);
        Assert.Equal("Beloning", ByPath(cs, "H4").Title);
        var sub = ByPath(cs, "H4 > Art. 4.4.1");
        Assert.Equal("Loon over gewerkte uren", sub.Title);
        Assert.Equal(ByPath(cs, "H4 > Art. 4.4").Ordinal, sub.ParentOrdinal);
        Assert.Equal("Wat krijg je bij overwerk?", ByPath(cs, "H4 > Art. 4.4.2").Title);
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length < 2 && c.Kind == ClauseKind.Article);
        Assert.DoesNotContain("Reiskosten", ByPath(cs, "H4 > Art. 4.4.2").Text); // a clause never spans two headings
    }

    [Fact]
    public void QuestionStyleTitles()
    {
        var cs = Seg("""
            Artikel 13 Wat is je arbeidsduur?
            1. Je werkt gemiddeld 36 uur per week.
            2. Je kunt in overleg meer of minder uren werken.
            Artikel 14 Hoeveel vakantie krijg je?
            Je krijgt 25 vakantiedagen per jaar.
            """);
        Assert.Equal("Wat is je arbeidsduur?", ByPath(cs, "Art. 13").Title);
        Assert.Contains("36 uur", ByPath(cs, "Art. 13 > lid 1").Text);
        Assert.Equal("Hoeveel vakantie krijg je?", ByPath(cs, "Art. 14").Title);
    }

    [Fact]
    public void UnnumberedSubHeadingsInASocialPlanAreSectionsOfTheirOwn()
    {
        var cs = Seg("""
            Bijlage 2 Sociaal plan
            Doel
            1. Dit plan geldt bij een reorganisatie gedurende de looptijd van deze cao.
            2. Het plan wil gedwongen ontslag voorkomen.

            Van-werk-naar-werktraject
            1. De boventallige werknemer heeft recht op een traject van ten hoogste negen maanden.
            2. Een extern bureau begeleidt de werknemer.

            Transitievergoeding en scholing
            1. De werknemer kan een deel van de transitievergoeding laten besteden aan scholing.
            """);
        Assert.Contains("negen maanden", ByPath(cs, "Bijlage 2 > Van-werk-naar-werktraject > lid 1").Text);
        Assert.Contains("transitievergoeding", ByPath(cs, "Bijlage 2 > Transitievergoeding en scholing > lid 1").Text);
        Assert.DoesNotContain("Transitievergoeding en scholing", ByPath(cs, "Bijlage 2 > Van-werk-naar-werktraject > lid 2").Text);
        NoSharedPaths(cs);
    }

    /// <summary>
    /// Unnumbered bullets are no leden (changed in session 7: an independent judge of real paths counted
    /// "Art. 1.4.1 > lid 1" for a bullet as a wrong path four times in 50; a reader cites the article).
    /// </summary>
    [Fact]
    public void BulletsStayInTheirArticle()
    {
        var cs = Seg("""
            1.1 Intredekeuring
            1.1.1 Waar gaat het om?
            ▪ Een intredekeuring stelt vast of een kandidaat medisch geschikt is voor de functie.
            ▪ Een gecertificeerde arbodienst voert de keuring uit.
            1.1.2 Wat vergoedt de werkgever?
            De werkgever vergoedt:
            - de kosten van de keuring;
            - de reiskosten.
            """);
        Assert.Contains("arbodienst", ByPath(cs, "Art. 1.1.1").Text);
        Assert.True(ByPath(cs, "Art. 1.1.1").IsLeaf);
        Assert.DoesNotContain(cs, c => c.Path.Contains("lid"));
        Assert.Contains("- de reiskosten.", ByPath(cs, "Art. 1.1.2").Text); // items a sentence announces stay in it
        Assert.True(ByPath(cs, "Art. 1.1.2").IsLeaf);
    }

    [Fact]
    public void ContentsWithoutDotLeadersAndIndexesAreNoClauses()
    {
        var cs = Seg("""
            Cao voor de Fictieve Glasbranche
            1 januari 2025 tot en met 31 december 2026
            """, """
            Hoofdstuk 1 Algemeen 4
            Artikel 1 Begrippen 4
            Artikel 2 Werkingssfeer 5
            Hoofdstuk 2 Ontwikkeling 7
            Artikel 3 Scholing 7
            """, """
            Hoofdstuk 1 Algemeen
            Artikel 1 Begrippen
            Werknemer: ieder die een arbeidsovereenkomst heeft met de werkgever.
            Artikel 2 Werkingssfeer
            Deze cao geldt voor de glasbranche.
            Hoofdstuk 2 Ontwikkeling
            Artikel 3 Scholing
            De werkgever bevordert scholing.
            Trefwoordenregister
            Arbeidsduur 12, 14
            Scholing 7
            Vakantie 20, 21
            """);
        Assert.Single(cs, c => c.Kind == ClauseKind.Article && c.Number == "1");
        Assert.Equal(3, ByPath(cs, "H1 > Art. 1").PageStart);
        Assert.DoesNotContain(cs, c => c.Text.Contains("Werkingssfeer 5") || c.Text.Contains("Vakantie 20"));
        Assert.Equal("De werkgever bevordert scholing.", ByPath(cs, "H2 > Art. 3").Text.Split('\n')[^1]);
    }

    [Fact]
    public void ConversionTablesOfArticleNumbersAreNoClauses()
    {
        var cs = Seg("""
            Artikel 1 Looptijd
            Deze cao loopt van 1 januari 2025 tot en met 31 december 2026.
            Vergelijking artikelnummers
            90. Scholingsbudget Was 101
            91. Erkenning van vaardigheden Was 103
            92. Loopbaangesprek Was 104
            """);
        Assert.DoesNotContain(cs, c => c.Text.Contains("Was 103"));
    }

    [Fact]
    public void SignatureBlocksAndAbbreviationListsAreNoClauses()
    {
        var cs = Seg("""
            Artikel 1 Afkortingen en begrippen
            Lijst van afkortingen
            AOW Algemene Ouderdomswet
            WW Werkloosheidswet
            Artikel 2 Looptijd
            Deze cao loopt twee jaar.
            Aldus overeengekomen en ondertekend te Utrecht,
            Namens de werkgevers,
            J. Jansen, voorzitter
            Namens de werknemers,
            P. de Vries
            Bijlage 1 Loontabel
            De lonen per 1 januari 2025 staan hieronder.
            """);
        Assert.DoesNotContain(cs, c => c.Text.Contains("Werkloosheidswet") || c.Text.Contains("Jansen"));
        Assert.Equal("Artikel 2 Looptijd\nDeze cao loopt twee jaar.", ByPath(cs, "Art. 2").Text);
        Assert.Contains("lonen", ByPath(cs, "Bijlage 1").Text);
    }

    [Fact]
    public void AppendicesWithArticlesAndAnUnnumberedSocialPlan()
    {
        var cs = Seg("""
            Artikel 1 Looptijd
            Deze cao loopt twee jaar.
            Bijlage 3 Reglement opleidingsfonds
            Artikel 1 Doel
            Het fonds bevordert scholing in de sector.
            SOCIAAL PLAN
            Artikel 1 Werkingssfeer
            Dit sociaal plan geldt bij reorganisaties.
            """);
        Assert.Contains("scholing in de sector", ByPath(cs, "Bijlage 3 > Art. 1").Text);
        Assert.Contains("reorganisaties", ByPath(cs, "Sociaal plan > Art. 1").Text);
        NoSharedPaths(cs);
    }

    [Fact]
    public void AChapterHeadingRepeatedAtThePageTopIsARunningHeader()
    {
        var cs = Seg("Hoofdstuk 3 Arbeidsduur\nArtikel 8 Werktijden\n1. De werkweek telt 38 uur.\n",
                     "Hoofdstuk 3 Arbeidsduur\n2. Overwerk wordt vergoed.\n",
                     "Hoofdstuk 4 Verlof\nArtikel 9 Vakantie\nDe werknemer heeft recht op vakantie.\n",
                     "Artikel 10 Kort verzuim\nDe werknemer krijgt verlof bij een huwelijk.\n",
                     "Artikel 11 Zorgverlof\nDe werknemer krijgt zorgverlof.\n",
                     "Artikel 12 Ouderschapsverlof\nDe werknemer krijgt ouderschapsverlof.\n");
        Assert.Contains("Overwerk", ByPath(cs, "H3 > Art. 8 > lid 2").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)"));
    }

    [Fact]
    public void ADocumentHoldingItsTextTwiceIsFlagged()
    {
        var body = string.Join("\n", Enumerable.Range(1, 25).Select(i => $"Artikel {i} Onderwerp {i}\nDe werkgever en de werknemer maken afspraken over onderwerp nummer {i} en leggen die schriftelijk vast."));
        var twice = Seg(body + "\n", body + "\n");
        Assert.True(StructureQuality.HoldsTextTwice(twice));
        NoSharedPaths(twice);
        Assert.False(StructureQuality.HoldsTextTwice(Seg(body + "\n")));
    }

    [Fact]
    public void AnArticleNumberTheExtractorSplitIsReadWhole()
    {
        var cs = Seg("Artikel 3.2 0 Onkosten\nDe werkgever vergoedt onkosten.\nArtikel 3.2 1 Indexering\nDe vergoeding stijgt jaarlijks.\n");
        Assert.Contains("onkosten", ByPath(cs, "Art. 3.20").Text);
        Assert.Contains("jaarlijks", ByPath(cs, "Art. 3.21").Text);
    }

    [Fact]
    public void AChapterNumberTheExtractorSplitIsReadWhole()
    {
        var cs = Seg("Hoofdstuk 11 Verlof\nArtikel 70 Vakantie\nDe werknemer heeft recht op vakantie.\nHoofdstuk 1 2 Onderwijs\nArtikel 71 Leerplicht\nLeerplichtige werknemers krijgen vrij voor school.\n");
        Assert.Contains("vrij voor school", ByPath(cs, "H12 > Art. 71").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Deel", StringComparison.Ordinal));
    }

    [Fact]
    public void SplitArticleNumbersWithTheTitleOnTheNextLineAreReadWhole()
    {
        var cs = Seg("Artikel 13 Pauzes\nDe werknemer heeft recht op een pauze.\nArtikel 1 4\nVakantiegeld\nDe werknemer ontvangt vakantiegeld in mei.\n");
        Assert.Contains("vakantiegeld in mei", ByPath(cs, "Art. 14").Text);
        Assert.Equal("Vakantiegeld", ByPath(cs, "Art. 14").Title);
    }

    [Fact]
    public void AppendixPathsComeOnlyFromRealAppendixHeadings()
    {
        var cs = Seg("""
            Inhoud
            Artikel 1 Looptijd ........................ 3
            Bijlage I Loontabellen .................... ?
            Bijlage II Reglement opleidingsfonds .......
            Bijlage X VI Regeling slecht weer ......... ?
            """, """
            Artikel 1 Looptijd
            Deze cao loopt van 1 januari 2025 tot en met 31 december 2026.
            Artikel 2 Scholing
            1. De werkgever draagt bij aan opleidingen zoals opgenomen in
            Bijlage II.
            2. De bijdrage is ook geregeld in het reglement, zie
            bijlage II van deze cao voor de bedragen
            3. Een werknemer die een opleiding volgt, meldt dat vooraf aan de werkgever.
            Artikel 3 Werktijden
            De werkweek telt achtendertig uur.
            """, """
            B I J L A G E  I
            LOONTABELLEN
            De lonen per 1 januari 2025 staan in de tabel hieronder.
            """, """
            bijlage II
            Reglement opleidingsfonds
            Artikel 1 Doel
            Het fonds betaalt mee aan vakopleidingen in de branche.
            """, """
            BIJLAGE X VI
            REGELING SLECHT WEER
            Artikel 1 Vorst
            Bij vorst wordt niet buiten gewerkt.
            """);
        // The contents and the references name appendices but open none: the articles after them keep their path.
        Assert.Contains("vooraf", ByPath(cs, "Art. 2 > lid 3").Text);
        Assert.Contains("achtendertig", ByPath(cs, "Art. 3").Text);
        Assert.Equal(3, ByPath(cs, "Bijlage I").PageStart);
        Assert.Equal("LOONTABELLEN", ByPath(cs, "Bijlage I").Title);
        Assert.Contains("vakopleidingen", ByPath(cs, "Bijlage II > Art. 1").Text);
        Assert.Contains("vorst", ByPath(cs, "Bijlage XVI > Art. 1").Text);
        Assert.DoesNotContain(cs, c => c.Text.Contains("........") || c.Path.Contains("(2)"));
        Assert.Equal(3, cs.Count(c => c.Kind == ClauseKind.Appendix));
    }

    [Fact]
    public void ContentsWhoseDotLeadersOcrReadAsLettersAreNoClauses()
    {
        var cs = Seg("""
            Inhoud
            Hoofdstuk 1 Algemeen … nenenenennensenenenenvenenenene 3
            Artikel 1 Begrippen senenensnvenvenenenenseneneneneneen 3
            Artikel 2 Scholingsbudget vnenenenenensenenenvenennenenen +
            Artikel 3 Loopbaanadvies nnnenenenvenenenneneenenenenvenenene 4
            """, """
            Hoofdstuk 1 Algemeen
            Artikel 1 Begrippen
            Werknemer: ieder die een arbeidsovereenkomst heeft met de werkgever.
            Artikel 2 Scholingsbudget
            De werknemer heeft recht op een scholingsbudget van € 500,- per jaar.
            Artikel 3 Loopbaanadvies
            De werknemer kan eens in de drie jaar een loopbaanadvies krijgen.
            """);
        Assert.DoesNotContain(cs, c => c.Text.Contains("nenen"));
        Assert.Equal(2, ByPath(cs, "H1 > Art. 2").PageStart);
        NoSharedPaths(cs);
    }

    [Fact]
    public void ASubHeadingRightUnderAnAppendixTitleIsASectionOfItsOwn()
    {
        var cs = Seg("""
            Bijlage 4 Reorganisatieregeling
            Werkingssfeer
            1. Deze regeling geldt voor werknemers van wie de functie vervalt.
            2. Zij geldt gedurende de looptijd van de cao.
            Begeleiding
            1. De werknemer krijgt begeleiding naar een andere baan.
            """);
        Assert.Contains("looptijd", ByPath(cs, "Bijlage 4 > Werkingssfeer > lid 2").Text);
        Assert.Contains("begeleiding", ByPath(cs, "Bijlage 4 > Begeleiding > lid 1").Text);
    }

    [Fact]
    public void LetteredChaptersFollowEachOther()
    {
        var cs = Seg("""
            Hoofdstuk A Begrippen
            Artikel 1 Werknemer
            Werknemer: ieder die in dienst is van de werkgever.
            Hoofdstuk B Looptijd
            Artikel 2 Duur
            Deze cao loopt twee jaar.
            Hoofdstuk C Arbeidsduur
            Artikel 3 Werkweek
            De werkweek telt zesendertig uur.
            """);
        Assert.Equal(["A", "B", "C"], cs.Where(c => c.Kind == ClauseKind.Chapter).Select(c => c.Number)); // C is 3, not 100
        Assert.Contains("zesendertig", ByPath(cs, "HC > Art. 3").Text);
        // Where the chapters are lettered, I follows H.
        var later = Seg("""
            Hoofdstuk G Verlof
            Artikel 20 Vakantie
            De werknemer heeft recht op vakantie.
            Hoofdstuk H Loon
            Artikel 21 Salaris
            De werkgever betaalt het salaris maandelijks.
            Hoofdstuk I Scholing
            Artikel 22 Opleidingsplan
            De werkgever stelt jaarlijks een opleidingsplan op.
            """);
        Assert.Equal(["G", "H", "I"], later.Where(c => c.Kind == ClauseKind.Chapter).Select(c => c.Number));
        Assert.Contains("opleidingsplan", ByPath(later, "HI > Art. 22").Text);
    }

    [Fact]
    public void ArticlesOfALawQuotedInAnAppendixKeepTheirWholeNumber()
    {
        var cs = Seg("""
            Bijlage 5 Wetsartikelen
            Artikel 7:610 BW Begrip arbeidsovereenkomst
            De arbeidsovereenkomst is de overeenkomst waarbij de ene partij zich verbindt arbeid te verrichten.
            Artikel 7:611 BW Goed werkgeverschap
            De werkgever en de werknemer gedragen zich als een goed werkgever en een goed werknemer.
            """);
        Assert.Contains("goed werkgever", ByPath(cs, "Bijlage 5 > Art. 7:611").Text);
        NoSharedPaths(cs);
    }

    [Fact]
    public void PartsNamedInTheContentsAndPartsOfAFormOpenNoPartOfTheCao()
    {
        var cs = Seg("""
            Inhoudsopgave cao Fictief Vervoer
            DEEL A
            RECHTEN EN PLICHTEN
            Hoofdstuk 1 Algemeen pag.
            1.1 Looptijd 4
            1.2 Werkingssfeer 4
            DEEL B
            OVERLEG
            Hoofdstuk 2 Overleg pag.
            2.1 Vakbondswerk 6
            """, """
            Deze cao bestaat uit twee delen.
            Deel A regelt de rechten en plichten van werkgevers en werknemers.
            Deel B regelt het overleg tussen cao-partijen.
            DEEL A
            RECHTEN EN PLICHTEN
            Hoofdstuk 1 Algemeen
            1.1 Looptijd
            Deze cao loopt van 1 januari 2025 tot en met 31 december 2026.
            1.2 Werkingssfeer
            Deze cao geldt voor alle werkgevers in het fictieve vervoer.
            Model verklaring vorige werkgever
            DEEL I
            De vorige werkgever vult dit deel in.
            DEEL II
            De nieuwe werkgever vult dit deel in.
            """, """
            Het tweede deel gaat over overleg.
            Het geldt voor alle werkgevers in het fictieve vervoer.
            Cao-partijen spreken twee keer per jaar met elkaar.
            DEEL B
            OVERLEG
            Hoofdstuk 2 Overleg
            2.1 Vakbondswerk
            De werkgever geeft de vakbond ruimte in het bedrijf.
            """);
        Assert.Equal(2, ByPath(cs, "Deel A").PageStart);
        Assert.Contains("vorige werkgever vult", ByPath(cs, "Deel A > H1 > Art. 1.2").Text);
        Assert.Contains("vakbond", ByPath(cs, "Deel B > H2 > Art. 2.1").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)") || c.Path.StartsWith("Deel I", StringComparison.Ordinal));
    }

    [Fact]
    public void BulletedListsInsideALidOrUnderASubHeadingAreNoLeden()
    {
        var cs = Seg("""
            Artikel 8 Loonstrook
            ▪ Bij elke betaling krijgt de werknemer een loonstrook.
            ▪ Op de loonstrook staan ten minste:
            - het brutoloon en de inhoudingen;
            - de periode waarover is betaald.
            ▪ De werkgever bewaart een kopie.
            Artikel 9 Overwerk
            Overwerk spreken werkgever en werknemer vooraf af. Daarbij letten zij op:
            • Is het werk echt nodig?
            • Wordt het vergoed in geld of in tijd?
            Bijlage 4 Functieprofielen
            Bezwaren in het werk
            - Tillen en verplaatsen van zware pakken en materialen op de bouwplaats.
            - Werken in een gebogen houding.
            """);
        Assert.Contains("- de periode waarover is betaald.", ByPath(cs, "Art. 8").Text);
        Assert.Contains("kopie", ByPath(cs, "Art. 8").Text);
        Assert.True(ByPath(cs, "Art. 8").IsLeaf); // bullets are no leden (see BulletsStayInTheirArticle)
        Assert.True(ByPath(cs, "Art. 9").IsLeaf); // bullets after an introducing sentence stay in it
        Assert.Contains("gebogen houding", ByPath(cs, "Bijlage 4 > Bezwaren in het werk").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage 4", StringComparison.Ordinal) && c.Path.Contains("lid"));
    }

    [Fact]
    public void AChapterMayJumpWhenItsOwnArticlesFollow()
    {
        var cs = Seg("""
            Hoofdstuk 6 Verlof
            Artikel 6.1 Vakantie
            De werknemer heeft recht op vakantie.
            In hoofdstuk 9 staan de regels voor ziekte.
            Hoofdstuk 15 Reorganisatie
            Artikel 15.1 Sociaal plan
            De werkgever stelt bij een reorganisatie een sociaal plan op.
            """);
        Assert.Contains("sociaal plan op", ByPath(cs, "H15 > Art. 15.1").Text);
        Assert.Contains("hoofdstuk 9", ByPath(cs, "H6 > Art. 6.1").Text);
    }

    [Fact]
    public void AChaptersOwnListOfArticlesLeavesTheArticlesTheirNames()
    {
        var cs = Seg("""
            Hoofdstuk 5 Vergoedingen
            Artikel 50 Reiskosten
            Artikel 51 Gereedschap
            Artikel 52 Kleding

            Artikel 50 Reiskosten
            De werkgever vergoedt de reiskosten.
            Artikel 51 Gereedschap
            De werkgever stelt gereedschap ter beschikking.
            Artikel 52 Kleding
            De werkgever verstrekt werkkleding.
            """);
        Assert.Contains("gereedschap ter beschikking", ByPath(cs, "H5 > Art. 51").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)"));
    }

    [Fact]
    public void ATitleAboveArticlesRestartingAtOneNamesTheAppendixThatStartsThere()
    {
        var cs = Seg("""
            Artikel 1 Werkingssfeer
            Deze cao geldt voor alle werkgevers in de branche.
            Artikel 2 Looptijd
            Deze cao loopt twee jaar.
            REGLEMENT VERGOEDING VAN DE KOSTEN VAN EEN
            VAKBONDSLIDMAATSCHAP
            Artikel 1
            De werknemer kan de werkgever vragen zijn contributie te vergoeden.
            Artikel 2
            De vergoeding gaat af van het brutoloon in december.
            """);
        var name = "Reglement vergoeding van de kosten van een vakbond…";
        Assert.Contains("brutoloon in december", ByPath(cs, $"{name} > Art. 2").Text);
        Assert.Equal("Artikel 2 Looptijd\nDeze cao loopt twee jaar.", ByPath(cs, "Art. 2").Text);
        Assert.Equal(ClauseKind.Appendix, ByPath(cs, name).Kind);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Deel", StringComparison.Ordinal));
        NoSharedPaths(cs);
    }

    [Fact]
    public void ContentsEntriesEndingInANamedPageAreNoClauses()
    {
        var cs = Seg("""
            BIJLAGEN
            Bijlage I Werktijden blz. 38 - 44
            Bijlage II Loontabel blz. 45
            Bijlage III Regels bij ziekte blz. 47
            1. Ziekmelding blz. 47
            2. Bezoek van de arbodienst blz. 47
            """, """
            Artikel 1 Looptijd
            Deze cao loopt van 1 januari 2025 tot en met 31 december 2026.
            Bijlage III Regels bij ziekte
            1. Ziekmelding
            De werknemer meldt zich voor negen uur ziek bij de werkgever.
            2. Bezoek van de arbodienst
            De werknemer is bereikbaar voor de arbodienst.
            """);
        Assert.DoesNotContain(cs, c => c.Text.Contains("blz."));
        Assert.Contains("voor negen uur", ByPath(cs, "Bijlage III > lid 1").Text);
        NoSharedPaths(cs);
    }

    [Fact]
    public void TheCaosFirstChapterEndsAnAppendixOpenedInItsFirstPages()
    {
        var pages = new List<string>
        {
            """
            Akkoord over de cao
            Partijen spreken een loonsverhoging af.
            Bijlage K Loontabellen per 1 februari 2025
            De loontabellen staan achterin.
            """,
        };
        pages.Add("""
            Hoofdstuk 1 Begrippen
            Artikel 1.1 Werknemer
            Werknemer: ieder die een arbeidsovereenkomst heeft met de werkgever.
            """);
        string[] topics = ["Looptijd", "Arbeidsduur", "Loon", "Toeslagen", "Vakantie", "Verlof", "Scholing", "Ziekte", "Pensioen", "Overleg", "Slot"];
        for (int p = 2; p <= 12; p++)
            pages.Add($"Hoofdstuk {p} {topics[p - 2]}\nArtikel {p}.1 {topics[p - 2]} in het bedrijf\nDe werkgever regelt {topics[p - 2].ToLowerInvariant()} in overleg met de ondernemingsraad.\n");
        var cs = Seg([.. pages]);
        Assert.Contains("arbeidsovereenkomst", ByPath(cs, "H1 > Art. 1.1").Text);
        Assert.Contains("regelt verlof", ByPath(cs, "H7 > Art. 7.1").Text);
        Assert.Contains("achterin", ByPath(cs, "Bijlage K").Text);
    }

    [Fact]
    public void LetteredSubHeadingsOfAJobProfileHoldTheirOwnItems()
    {
        var cs = Seg("""
            15.2 Medewerker magazijn
            Doel van de functie
            Beheert het magazijn zodat onderdelen op tijd beschikbaar zijn voor de werkplaats.
            Typering van de activiteiten
            A. Beheren van de voorraad
            1. Bestelt onderdelen bij vaste leveranciers.
            2. Neemt goederen in ontvangst en controleert de levering.
            B. Verkopen aan de balie
            1. Helpt klanten aan de balie en rekent af.
            """);
        Assert.Contains("Neemt goederen", ByPath(cs, "Art. 15.2 > A. Beheren van de voorraad > lid 2").Text);
        Assert.Contains("rekent af", ByPath(cs, "Art. 15.2 > B. Verkopen aan de balie > lid 1").Text);
    }

    [Fact]
    public void ADecimalNumberSplitAfterItsDotsIsReadWhole()
    {
        var cs = Seg("3.4 Lonen\nDe lonen stijgen op 1 juli.\n3. 5 .1 Eigen loonsystemen\nEen eigen loonsysteem volgt ten minste de lonen van de cao.\n3. 5 Werknemers krijgen een loonstrook.\n");
        Assert.Contains("eigen loonsysteem", ByPath(cs, "Art. 3.5.1").Text);
        Assert.DoesNotContain(cs, c => c.Path.EndsWith("Art. 3.5", StringComparison.Ordinal));
    }

    [Fact]
    public void JobProfilesInAFunctionBookReadUnderTheFunctionTheyDescribe()
    {
        var cs = Seg("""
            Bijlage 12 Functieboek
            Functie Opperman Functiecode: 2.1.1
            Functiedoel
            Aan- en afvoeren van materialen en helpen van vakmensen op de bouwplaats.
            Werkgerelateerde bezwaren
            - Tillen en verplaatsen van zware materialen en materieel op de bouwplaats.
            - Werken in weer en wind.
            Functie Vloerafwerker Functiecode: 2.1.2
            Functiedoel
            Leggen en afwerken van vloeren volgens de opdracht van de uitvoerder op locatie.
            Werkgerelateerde bezwaren
            - Knielen en gebogen werken gedurende een groot deel van de werkdag op de vloer.
            """);
        Assert.Contains("weer en wind", ByPath(cs, "Bijlage 12 > Opperman > Werkgerelateerde bezwaren").Text);
        Assert.Contains("Knielen", ByPath(cs, "Bijlage 12 > Vloerafwerker > Werkgerelateerde bezwaren").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)") || c.Path.Contains("lid"));
    }

    [Fact]
    public void NumberedParagraphsThatAreSentencesAreArticlesWhereTheirNumberFollows()
    {
        var cs = Seg("""
            Artikel 4 Einde van de arbeidsovereenkomst

            4.1 Een tijdelijke arbeidsovereenkomst eindigt zonder opzegging op de datum die in de
            overeenkomst staat.

            4.2 De werknemer kan de overeenkomst tussentijds opzeggen met een termijn van een maand.

            4.3 Bij het einde ontvangt de werknemer een getuigschrift.
            Artikel 5 Scholing
            De werkgever maakt elk jaar een opleidingsplan. Er staan 12.5 uren per jaar voor scholing.
            """);
        // Under "Artikel 4" they are its leden, numbered with the article's number (a judge of session 12 read "9.1.3" under
        // "Artikel 9.1" so: JudgedPathTests13).
        Assert.Contains("op de datum die in de overeenkomst staat.", ByPath(cs, "Art. 4 > lid 4.1").Text);
        Assert.Contains("met een termijn van een maand", ByPath(cs, "Art. 4 > lid 4.2").Text);
        Assert.Contains("getuigschrift", ByPath(cs, "Art. 4 > lid 4.3").Text);
        Assert.Contains("opleidingsplan", ByPath(cs, "Art. 5").Text);
        NoSharedPaths(cs);
    }

    [Fact]
    public void ATitleBetweenAPartHeadingAndItsFirstArticleIsNoClause()
    {
        var cs = Seg("""
            Deel A Algemeen
            Artikel 1 Werkingssfeer
            Deze cao geldt voor iedere werkgever in de fictieve branche.
            Deel B Bijzondere groepen
            Arbeidstijden van de nachtploeg
            Artikel 1 Nachtdiensten
            De werkgever roostert een werknemer niet vaker dan vier keer per maand in voor een nachtdienst.
            """);
        Assert.DoesNotContain(cs, c => c.Path == "Deel B > inleiding");
        Assert.Contains("nachtdienst", ByPath(cs, "Deel B > Art. 1").Text);
        NoSharedPaths(cs);
    }

    [Fact]
    public void LedenWrittenAsAWordAreLeden()
    {
        var cs = Seg("""
            Artikel 35 Toeslag voor bijzondere uren
            Lid 1 Voor werk op zaterdag geldt een toeslag van de helft van het uurloon.
            Lid 2 De gewerkte uren op zon- en feestdagen tellen volledig mee voor de jaarnorm.
            Lid 3 De toeslag wordt betaald in de eerstvolgende loonperiode.
            Artikel 36 Reiskosten
            De werkgever vergoedt de kosten van het openbaar vervoer.
            """);
        Assert.Contains("zaterdag", ByPath(cs, "Art. 35 > lid 1").Text);
        Assert.Contains("jaarnorm", ByPath(cs, "Art. 35 > lid 2").Text);
        Assert.Contains("eerstvolgende loonperiode", ByPath(cs, "Art. 35 > lid 3").Text);
        Assert.DoesNotContain("jaarnorm", ByPath(cs, "Art. 35 > lid 1").Text);
        NoSharedPaths(cs);
    }
}
