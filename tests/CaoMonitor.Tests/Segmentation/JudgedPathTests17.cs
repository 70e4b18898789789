using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors the independent judges found in the real 2024 corpus at session 17's start (and their kin elsewhere in it), each
/// in a fixture of our own words with the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests17
{
    [Fact]
    public void ABareArticleNumberAtTheTopOfEachPageIsNoRunningHeader()
    {
        // Each article starts a page with "Artikel N" alone on its line and its title on the next. The shape "Artikel #" recurs at
        // the top of many pages, but each page has another number: these are the articles' headings, not a running header, and
        // the leden belong to their articles (not to an unnumbered sub-heading "Proeftijd" of the chapter).
        var pages = new List<string>
        {
            """
            Cao Fictieve Veerdiensten
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk I Algemeen
            """,
        };
        string[] titles = ["Proeftijd", "Opzegtermijn", "Werktijden", "Pauzes", "Reiskosten", "Kleding", "Gereedschap", "Scholing"];
        for (int k = 0; k < titles.Length; k++)
            pages.Add($"""
                Artikel {k + 3}
                {titles[k]}
                1. De regeling over {titles[k].ToLowerInvariant()} geldt voor iedere werknemer van de rederij vanaf zijn eerste dienst.
                2. De werkgever legt de afspraken over {titles[k].ToLowerInvariant()} schriftelijk vast in het personeelsdossier.
                {k + 2}
                """);
        var cs = Seg(pages.ToArray());
        Assert.Equal("HI > Art. 3 > lid 1", Leaf(cs, "regeling over proeftijd").Path);
        Assert.Equal("HI > Art. 5 > lid 2", Leaf(cs, "afspraken over werktijden").Path);
        Assert.Equal("HI > Art. 10 > lid 1", Leaf(cs, "regeling over scholing").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Proeftijd", StringComparison.Ordinal));
    }

    [Fact]
    public void ARunningHeaderThatRepeatsItsOwnArticleNumberIsStillRemoved()
    {
        // "Artikel 4" at the top of five pages (the same number each time) is a running header: it opens no article of its own.
        var pages = new List<string> { "Cao Fictieve Sluizen\nLooptijd 1 januari 2025 tot en met 31 december 2026\nArtikel 4 Verlof\n1. De werknemer heeft recht op verlof met behoud van loon." };
        string[] leden = ["Verlof wordt tijdig aangevraagd bij de leidinggevende.", "Bij een verhuizing krijgt de werknemer een dag vrij.",
            "Voor een huwelijk geldt een verlof van twee dagen.", "De werkgever kan verlof weigeren bij hoogwater op de rivier.",
            "Niet opgenomen verlof vervalt na vijf jaar."];
        for (int k = 0; k < leden.Length; k++)
            pages.Add($"Artikel 4\n{k + 2}. {leden[k]}\n{k + 2}");
        var cs = Seg(pages.ToArray());
        Assert.Equal("Art. 4 > lid 4", Leaf(cs, "een huwelijk").Path);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 4 (2)", StringComparison.Ordinal));
    }

    [Fact]
    public void AProfileNamedOnlyByItsPlaceAboveItsRecurringOpeningHeadingReadsUnderThatName()
    {
        // A function book whose profiles have no "Functie:" line: only their names stand above the heading that opens every
        // profile ("Waar werk ik binnen? (Context)"). Each profile reads under its name, not as "(Context) (2)", "(3)"; the
        // procedure after the book ("1. Invoering" over its own "1.") is an article of the appendix again.
        string Profile(string name, string task) => $"""
            {name}

            Waar werk ik binnen? (Context)
            De {name} werkt in een team op de locatie en valt onder de manager van die locatie.
            Wat lever ik op?
            • {task}
            • Een verslag van het werk aan het eind van elke dienst.

            """;
        var cs = Seg($"""
            Cao Fictieve Kinderopvang
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Bijlage 6 Functieboek
            De functies van deze cao staan hieronder beschreven.

            {Profile("Pedagogisch medewerker A", "Een veilige groep voor de kinderen.")}
            {Profile("Pedagogisch medewerker B", "Een plan voor elk kind op de groep.")}
            {Profile("Locatiecoach", "Een rooster voor de medewerkers.")}
            {Profile("Planner", "Een plaatsing voor elk aangemeld kind.")}
            {Profile("Gastouderbegeleider", "Een bezoek aan elk gastouderadres.")}
            1. Invoering van de functiebeschrijvingen

            1. De werkgever legt de werknemer zijn functiebeschrijving schriftelijk voor.
            2. De werknemer kan binnen vier weken bezwaar maken.
            """);
        Assert.Equal("Bijlage 6 > Pedagogisch medewerker B > Waar werk ik binnen? (Context)", Leaf(cs, "De Pedagogisch medewerker B werkt").Path);
        Assert.Equal("Bijlage 6 > Planner > Waar werk ik binnen? (Context)", Leaf(cs, "De Planner werkt").Path);
        Assert.Equal("Bijlage 6 > Art. 1 > lid 2", Leaf(cs, "binnen vier weken bezwaar").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(Context) (", StringComparison.Ordinal));
    }

    [Fact]
    public void AFunctionSheetGluedBehindTheSheetBeforeIsAProfileOfItsOwnAndNoPartOfTheArticleBefore()
    {
        // Each function sheet has the footer word "functiedocument" and its header "functie Kassier Functiegroep B"; a joined page
        // break put both behind the last sentence of the sheet before. Each sheet is a profile of its own, not a sub-heading of
        // the last article before the book (nor "Niet van toepassing. functiedocument functie ..." a sub-heading).
        string Sheet(string name, string duty) => $"""
            Doel van de functie
            {duty}

            Sociale interactie
            Als {name} overleggen met de leidinggevende en collega's over het werk van de dag.

            Bezwarende omstandigheden
            Niet van toepassing. functiedocument
            """;
        var cs = Seg(
            """
            Cao Fictieve Kruideniers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 15 Beroep
            15.1 De werknemer kan tegen zijn indeling beroep instellen bij de commissie van de sector.
            15.2 De commissie beslist binnen acht weken over het beroep van de werknemer.
            functie Winkelchef Functiegroep F
            """ + "\n" + Sheet("Winkelchef", "Leiden van de winkel zodat de omzetdoelen worden gehaald."),
            "functie Kassier Functiegroep B\n" + Sheet("Kassier", "Afrekenen met klanten aan de kassa volgens de regels."),
            "functie Vakkenvuller Functiegroep A\n" + Sheet("Vakkenvuller", "Aanvullen van de schappen in de winkel."));
        Assert.StartsWith("Kassier > ", Leaf(cs, "Afrekenen met klanten").Path, StringComparison.Ordinal);
        Assert.Equal("Vakkenvuller > Sociale interactie", Leaf(cs, "Als Vakkenvuller overleggen").Path);
        Assert.Equal("Winkelchef > Sociale interactie", Leaf(cs, "Als Winkelchef overleggen").Path);
        Assert.Equal("Art. 15 > lid 15.2", Leaf(cs, "binnen acht weken").Path);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 15", StringComparison.Ordinal) && c.Path.Contains("Sociale interactie", StringComparison.Ordinal));
    }

    [Fact]
    public void AProfileHeadedFunctieomschrijvingWithItsCodeReadsUnderItsName()
    {
        // "FUNCTIEOMSCHRIJVING STEIGERBOUWER 2 S.02.1" (the name in capitals, a digit in it, the code behind) opens the profile.
        var cs = Seg("""
            Bijlage 3 Functieboek
            FUNCTIEOMSCHRIJVING STEIGERBOUWER 2 S.02.1
            De functie komt voor in alle bedrijven van de sector.
            Doel van de functie
            U bent als steigerbouwer verantwoordelijk voor veilige steigers op de bouwplaats.
            FUNCTIEOMSCHRIJVING VOORMAN STEIGERBOUW S.04.1
            De functie komt voor in grotere bedrijven van de sector.
            Doel van de functie
            U bent als voorman verantwoordelijk voor de ploeg en de planning van de dag.
            """);
        Assert.Equal("Bijlage 3 > STEIGERBOUWER 2 > Doel van de functie", Leaf(cs, "veilige steigers").Path);
        Assert.Equal("Bijlage 3 > VOORMAN STEIGERBOUW > Doel van de functie", Leaf(cs, "de ploeg en de planning").Path);
    }

    [Fact]
    public void AReferenceNumberCarriedOverToItsOwnLineIsNoArticle()
    {
        // "... zoals bedoeld in artikel" / "5.3." / "Deelnemers": the number ends the sentence above (a reference to article 5.3), not
        // the heading of an article 5.3 of the appendix, whose sub-headings then read under the appendix itself.
        var cs = Seg("""
            Cao Fictieve Verzekeraars
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Bijlage 5.3 Middelloonregeling
            In deze bijlage staan de kenmerken van de middelloonregeling zoals bedoeld in artikel
            5.3.
            Deelnemers
            Deelnemers zijn alle werknemers van achttien jaar en ouder die in dienst zijn van de werkgever.
            Franchise
            De franchise wordt elk jaar op 1 januari aangepast aan de algemene loonontwikkeling.
            """);
        Assert.Equal("Bijlage 5.3 > Deelnemers", Leaf(cs, "achttien jaar en ouder").Path);
        Assert.Equal("Bijlage 5.3 > Franchise", Leaf(cs, "algemene loonontwikkeling").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 5.3", StringComparison.Ordinal));
    }

    [Fact]
    public void TheNextDecimalHeadingGluedBehindASentenceOpensItsArticle()
    {
        // "... binnen de fiscale grenzen. 5.12. Uitkering bij overlijden" (5.11 a few lines above): article 5.12 starts there, so
        // the list of survivors under it is its lid b, not a lid of 5.11.
        var cs = Seg("""
            Cao Fictieve Afvalverwerkers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 5 Inkomen
            5.11. Jubileumuitkering
            Wie 25 jaar in dienst is, krijgt een uitkering binnen de fiscale grenzen. 5.12. Uitkering bij overlijden
            Overlijdt de werknemer, dan krijgen zijn nabestaanden een uitkering van drie maandsalarissen.
            a. de partner met wie hij samenwoonde;
            b. de minderjarige kinderen voor wie hij zorgde.
            """);
        Assert.Equal("H5 > Art. 5.11", Leaf(cs, "25 jaar in dienst").Path);
        Assert.Equal("H5 > Art. 5.12 > lid b", Leaf(cs, "minderjarige kinderen").Path);
    }

    [Fact]
    public void ACommentaryOnTheArticlesIsNoSecondRunOfArticles()
    {
        // After the regulation's articles 1-4 a "Toelichting" comments on them: "Artikel 1" there heads the comment on article 1, a
        // section of the commentary ("Bijlage 9 > Toelichting > Art. 1 > lid b"), not the regulation's article 1 again, nor a
        // sub-heading of article 4.
        var cs = Seg("""
            Cao Fictieve Scholen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Bijlage 9 Sollicitatiecode
            Artikel 1
            1. De werkgever maakt een vacature zo duidelijk mogelijk bekend.
            2. De werkgever noemt de eisen die hij aan de functie stelt.
            Artikel 2
            1. De sollicitant geeft de informatie die voor de functie nodig is.
            Artikel 3
            1. De werkgever gaat vertrouwelijk om met alle gegevens van de sollicitant.
            Artikel 4
            1. Een sollicitant kan over de procedure klagen bij de commissie van de school.
            Toelichting
            De toelichting hoort bij de code en geeft uitleg bij enkele artikelen.
            Artikel 1
            Onder een duidelijke bekendmaking valt in elk geval:
            a. met betrekking tot de school: de naam en het adres;
            b. met betrekking tot de vacature: de omvang van de betrekking en de salarisschaal.
            Artikel 3
            Vertrouwelijk wil zeggen dat de gegevens na afloop van de procedure worden vernietigd.
            """);
        Assert.Equal("Bijlage 9 > Art. 4 > lid 1", Leaf(cs, "klagen bij de commissie").Path);
        Assert.Equal("Bijlage 9 > Toelichting > Art. 1 > lid b", Leaf(cs, "de omvang van de betrekking").Path);
        Assert.Equal("Bijlage 9 > Toelichting > Art. 3", Leaf(cs, "na afloop van de procedure").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 1 (2)", StringComparison.Ordinal) || c.Path.Contains("Art. 4 > Toelichting", StringComparison.Ordinal));
    }

    [Fact]
    public void NumbersPrintedApartUnderANewChapterOrIntoTheNextChapterGoToTheirTitlesInOrder()
    {
        // A side column put the numbers of a chapter's first articles ("9.1", "9.2") right under its heading, their titles further
        // down: each title opens its number, as within a chapter. So too "8.1", "8.2", "8.2.1" after article 7.3, where chapter 8's
        // heading (in capitals, without its number) stands between: 8.2.1 nests in 8.2.
        var cs = Seg("""
            Cao Fictieve Basisscholen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Hoofdstuk 7 Gezondheid
            7.3 Risico-inventarisatie
            De werkgever laat de risico-inventarisatie toetsen door een deskundige dienst.
            8.1

            8.2

            8.2.1

            SCHORSEN EN BEEINDIGEN
            DIENSTVERBAND

            Schorsing

            A. De werkgever mag een werknemer bij een ernstig vergrijp voor ten hoogste twee dagen schorsen.

            Einde dienstverband

            A. Het dienstverband eindigt door opzegging of van rechtswege op de afgesproken datum.

            Opzegging

            A. Bij opzegging neemt de werkgever een termijn van ten minste een maand in acht.
            Hoofdstuk 9 Medezeggenschap
            9.1

            9.2

            Overleg op schoolniveau

            De werkgever overlegt met de vakbonden over het beleid voor het personeel van de school.

            Mandaat aan de raad

            De werkgever voert het overleg over de uitvoering van het beleid met de medezeggenschapsraad.
            """);
        var all = string.Join(" | ", cs.Select(c => c.Path));
        Assert.True(cs.Any(c => c.Path == "H9 > Art. 9.1"), all);
        Assert.Equal("H9 > Art. 9.1", Leaf(cs, "beleid voor het personeel").Path);
        Assert.Equal("H9 > Art. 9.2", Leaf(cs, "met de medezeggenschapsraad").Path);
        Assert.StartsWith("H8 > Art. 8.1", Leaf(cs, "twee dagen schorsen").Path, StringComparison.Ordinal);
        Assert.StartsWith("H8 > Art. 8.2.1", Leaf(cs, "ten minste een maand").Path, StringComparison.Ordinal);
    }

    [Fact]
    public void AppendicesCalledAanhangselAreAppendices()
    {
        // "Aanhangsel 2 Voorbeeld stageregeling", also glued behind the page number after the last sentence before it, opens
        // "Aanhangsel 2".
        var cs = Seg("""
            Cao Fictieve Zorginstellingen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 40 Slotbepaling
            Deze cao wordt aangehaald als de cao fictieve zorginstellingen.
            Bijlage 13 Overlegovereenkomst
            1. Partijen overleggen twee keer per jaar over de sector.
            Bijlage 14 Regeling inspraak specialisten
            1. De medische staf stelt een reglement op.
            2. De raad van bestuur keurt het reglement goed.
            Aanhangsel 1 Modelformulier
            Naam van de werknemer, adres en woonplaats van de werknemer.
            Handtekening van de werkgever en de werknemer bij het formulier.77 Aanhangsel 2 Voorbeeld stageregeling
            1. Een stagiair krijgt een stagevergoeding van de werkgever.
            """);
        Assert.Equal("Bijlage 14 > lid 2", Leaf(cs, "keurt het reglement goed").Path);
        Assert.Equal("Bijlage 13 > lid 1", Leaf(cs, "twee keer per jaar").Path);
        Assert.Equal("Aanhangsel 2 > lid 1", Leaf(cs, "stagevergoeding").Path);
        Assert.StartsWith("Aanhangsel 1", Leaf(cs, "Naam van de werknemer").Path, StringComparison.Ordinal);
    }
}
