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
}
