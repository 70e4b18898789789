using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors the independent judges found in the real corpora (the path census of 2024 and 2022 text, session 22), each in a
/// fixture of our own words with the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests22
{
    /// <summary>A cao whose side column prints the article numbers apart ("Artikel 4.1.1" alone on its line) and, among them, the
    /// appendix an article refers to ("Bijlage C"), before the appendices themselves at the end.</summary>
    private static string[] MarginAppendixNotes() =>
    [
        """
        Cao Fictieve Klinieken 2025
        Hoofdstuk 4 Salaris
        Artikel 4.1.1
        Bijlage C
        Artikel 4.1.2 Inschaling
        1. De werkgever deelt de werknemer in een schaal in.
        2. De werknemer krijgt de indeling op papier.
        Artikel 4.1.3
        Bijlage D Reiskosten en verhuizen
        Artikel 4.1.4 Uitbetaling
        1. Het salaris wordt per maand betaald.
        2. De werknemer krijgt een specificatie van elke betaling.
        """,
        """
        Hoofdstuk 5 Verlof
        Artikel 5.1 Vakantie
        1. De werknemer bouwt vakantie-uren op naar rato van zijn arbeidsduur.
        2. Opgebouwde uren vervallen na vijf jaar.
        """,
        """
        Bijlage C Functiewaardering
        1. De werkgever beschrijft elke functie.
        2. De werkgever waardeert elke functie met het systeem van partijen.
        """,
        """
        Bijlage D Reiskosten en verhuizen
        1. De werkgever vergoedt reiskosten voor woon-werkverkeer.
        """,
    ];

    [Fact]
    public void AppendixNamedUnderABareArticleNumberIsAMarginNote()
    {
        // 7810 n50-52, 7811 n52-53, 7801 n27: "Artikel 7.1.3" / "Bijlage L" / "Artikel 7.1.4 Salariëring en vakantiebijslag": a margin note
        // naming the appendix the article refers to opened that appendix, and the main chapters after it read as its parts ("Bijlage L >
        // Bijlage B > H12 > Art. 12.4.2 > lid 2"; 721 leaves of one cao). The note opens nothing; the article goes on in its chapter.
        var cs = Seg(MarginAppendixNotes());
        Assert.StartsWith("1. De werkgever deelt", ByPath(cs, "H4 > Art. 4.1.2 > lid 1").Text);
        Assert.StartsWith("2. De werknemer krijgt een specificatie", ByPath(cs, "H4 > Art. 4.1.4 > lid 2").Text);
        Assert.StartsWith("2. Opgebouwde uren", ByPath(cs, "H5 > Art. 5.1 > lid 2").Text);
        Assert.StartsWith("2. De werkgever waardeert", ByPath(cs, "Bijlage C > lid 2").Text);
        Assert.StartsWith("1. De werkgever vergoedt", ByPath(cs, "Bijlage D > lid 1").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)", StringComparison.Ordinal) || c.Path.StartsWith("Bijlage C > H", StringComparison.Ordinal));
        // The bare number over nothing but its note is no clause.
        Assert.DoesNotContain(cs, c => c.IsLeaf && (c.Text.StartsWith("Artikel 4.1.1", StringComparison.Ordinal) || c.Text.StartsWith("Artikel 4.1.3", StringComparison.Ordinal)));
    }

    [Fact]
    public void AppendixAtTheTopOfTheNextPageUnderATableRowOpens()
    {
        // Not on another page: "Artikel 97" as the last row of a table naming articles at a page's foot, "Bijlage 4" at the top of the next.
        var cs = Seg(
            """
            Cao Fictieve Schoonmaak
            Artikel 1 Werkingssfeer
            Deze cao geldt voor elke werkgever in de schoonmaak.
            Artikel 2 Arbeidsduur
            De arbeidsduur is achtendertig uur per week.
            Bijlage 3 Wat geldt voor uitzendkrachten
            1. Arbeidsduur
            Artikel 2
            """,
            """
            Bijlage 4
            Normen voor arbeidstijden
            De werknemer werkt ten hoogste tien uur per dienst.
            """);
        Assert.Contains("ten hoogste tien uur", ByPath(cs, "Bijlage 4").Text);
    }

    /// <summary>A function book in families whose reference functions open with "Referentiefunctie" and name themselves only in a box
    /// after their tasks ("Afdeling/Groep  Naam van de functie" over department, group letter and name).</summary>
    private static string[] BoxedFunctionBook(bool boxes)
    {
        var pages = new List<string> { "Cao Fictieve Garagebranche\nHoofdstuk 1 Algemeen\nArtikel 1 Werkingssfeer\nDeze cao geldt voor elk garagebedrijf.\n" };
        string[] subjects = ["de arbeidsduur", "het loon", "de vakantie", "het verlof", "de reiskosten", "de scholing", "het pensioen", "de ziekte"];
        for (int a = 2; a <= 9; a++)
            pages.Add($"Artikel {a} Over {subjects[a - 2]}\n1. De werkgever maakt afspraken over {subjects[a - 2]} met de werknemer.\n2. De afspraken staan op papier.\n");
        pages.Add("Bijlage 1 Functieboek\nDit functieboek beschrijft de referentiefuncties per familie.\n");
        (string Family, string Dept, (string Letter, string Name, string Task)[] Functions)[] families =
        [
            ("1 Verkoop", "Verkoop", [("C", "Verkoper Occasions", "Voert verkoopgesprekken met klanten"), ("E", "Verkoopleider", "Stelt het verkoopplan op")]),
            ("2 Administratie", "Administratie", [("B", "Medewerker Boekhouding", "Boekt inkomende facturen"), ("D", "Salarisadministrateur", "Verwerkt de mutaties in het salaris")]),
            ("3 Werkplaats", "Werkplaats", [("C", "Monteur", "Voert onderhoud uit aan personenauto's")]),
        ];
        foreach (var (family, dept, functions) in families)
        {
            var text = $"Functiefamilie: {family}\n\nToevoeging na voorblad:\n";
            foreach (var (letter, name, task) in functions)
                text += $"""

                    Referentiefunctie

                    Positie van de functie in de organisatie
                    Werkt onder leiding van de vestigingsmanager.
                    Typering van de activiteiten
                    A. Kerntaken
                    1. {task} en legt de afspraken vast.
                    2. Houdt het dossier bij.
                    {(boxes ? "Afdeling/Groep  Naam van de functie" : "Afdeling en groep")}
                    {dept}  {letter}  {name}
                    Zelfstandigheid
                    De {name} deelt het eigen werk in binnen de planning van de afdeling.

                    """;
            pages.Add(text);
        }
        return [.. pages];
    }

    [Fact]
    public void ReferenceFunctionNamedInItsBoxIsTheFunctionLevel()
    {
        // 7810 n94-96, 7801 n48-49: a function book in families whose reference functions open with "Referentiefunctie" and name
        // themselves only in a box after their tasks: the path had no function ("Functiefamilie 3 > A. Assisteren bij afdelingstaken >
        // lid 6", "Functiefamilie 3 > Afbreukrisico (2)"; 632 leaves of one cao). Each function is a container of its family.
        var cs = Seg(BoxedFunctionBook(boxes: true));
        Assert.StartsWith("2. Houdt het dossier", ByPath(cs, "Bijlage 1 > Functiefamilie 1 > Verkoopleider > A. Kerntaken > lid 2").Text);
        Assert.StartsWith("1. Boekt inkomende facturen", ByPath(cs, "Bijlage 1 > Functiefamilie 2 > Medewerker Boekhouding > A. Kerntaken > lid 1").Text);
        Assert.StartsWith("1. Verwerkt de mutaties", ByPath(cs, "Bijlage 1 > Functiefamilie 2 > Salarisadministrateur > A. Kerntaken > lid 1").Text);
        Assert.StartsWith("1. Voert onderhoud uit", ByPath(cs, "Bijlage 1 > Functiefamilie 3 > Monteur > A. Kerntaken > lid 1").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutTheBoxTheFamilyReadsAsBefore()
    {
        // No box label: no name to give, so nothing opens (the family's sub-headings as before).
        var cs = Seg(BoxedFunctionBook(boxes: false));
        Assert.DoesNotContain(cs, c => c.Path.Contains("Verkoopleider", StringComparison.Ordinal));
        Assert.Contains(cs, c => c.Path.StartsWith("Bijlage 1 > Functiefamilie 1 > A. Kerntaken", StringComparison.Ordinal));
    }

    /// <summary>A function book of level sheets: page after page "Niveaublad functiefamilie X" over its columns (" Functieniveau A
    /// Functieniveau B ...") and rows that start with their label ("Aard van de functie ...", "Werkwijze ...", "Zakelijk risico ...").</summary>
    private static string[] LevelSheetBook(string sheetWord)
    {
        var pages = new List<string> { "Cao Fictieve Tuincentra\nArtikel 1 Werkingssfeer\nDeze cao geldt voor elk tuincentrum.\n" };
        string[] subjects = ["de arbeidsduur", "het loon", "de vakantie", "het verlof", "de reiskosten", "de scholing"];
        for (int a = 2; a <= 7; a++)
            pages.Add($"Artikel {a} Over {subjects[a - 2]}\n1. De werkgever maakt afspraken over {subjects[a - 2]} met de werknemer.\n2. De afspraken staan op papier.\n");
        pages.Add("Bijlage 2 Functieboek\nDit functieboek beschrijft de niveaus per functiefamilie.\n");
        (string Family, string Levels, string Work)[] sheets =
        [
            ("Kwekerij", "Functieniveau A Functieniveau B Functieniveau C", "planten verpotten en water geven"),
            ("Verkoop", "Functieniveau A Functieniveau B", "klanten helpen bij de keuze van planten"),
            ("Verkoop", "Functieniveau C Functieniveau D Functieniveau E", "een afdeling van de winkel leiden"),
            ("Logistiek", "Functieniveau B Functieniveau C", "goederen ontvangen en opslaan"),
        ];
        foreach (var (family, levels, work) in sheets)
            pages.Add($"""
                Handboek Fictieve Tuincentra
                {sheetWord} {family}

                 {levels}
                Aard van de functie Het {work}, met steeds meer zelfstandigheid per niveau en met meer verantwoordelijkheid.
                Kennis op het niveau van een vakopleiding, aangevuld met kennis van het assortiment.
                Werkwijze Werkt volgens vaste routines bij het {work} en volgt de aanwijzingen van de leidinggevende.
                Zakelijk risico Fouten bij het {work} kosten omzet en geven ontevreden klanten.
                """);
        return [.. pages];
    }

    [Fact]
    public void LevelSheetsOfAFamilyAreContainersAndTheirRowsParts()
    {
        // Function book (szw-727, both years): 42 level sheets "Niveaublad functiefamilie Verkoop" over their columns and rows read as one
        // appendix clause with headings made of column rows ("Bijlage 1C > Populaire versie E", 72,543 characters over 16 pages). Each
        // sheet is a container of its family, named by its levels, and each row its own part.
        var cs = Seg(LevelSheetBook("Niveaublad functiefamilie"));
        Assert.StartsWith("Aard van de functie Het planten verpotten", ByPath(cs, "Bijlage 2 > Functiefamilie Kwekerij > Functieniveau A-C > Aard van de functie").Text);
        Assert.StartsWith("Werkwijze Werkt volgens", ByPath(cs, "Bijlage 2 > Functiefamilie Verkoop > Functieniveau A-B > Werkwijze").Text);
        Assert.Contains("een afdeling van de winkel leiden", ByPath(cs, "Bijlage 2 > Functiefamilie Verkoop > Functieniveau C-E > Zakelijk risico").Text);
        Assert.Contains("goederen ontvangen", ByPath(cs, "Bijlage 2 > Functiefamilie Logistiek > Functieniveau B-C > Aard van de functie").Text);
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Length > 400);
    }

    [Fact]
    public void ALineThatOnlyNamesAFamilyOpensNoSheet()
    {
        // The same pages without the sheet word ("Over de functiefamilie Verkoop"): no level sheets, the appendix reads as before.
        var cs = Seg(LevelSheetBook("Over de functiefamilie"));
        Assert.DoesNotContain(cs, c => c.Path.Contains("> Functiefamilie ", StringComparison.Ordinal) || c.Path.EndsWith("> Werkwijze", StringComparison.Ordinal));
    }

    [Fact]
    public void UnnumberedFamilyOverItsRangeOfLevelsIsASheet()
    {
        // The same book's other form: "Functiefamilie Administratie" over " Functiefamilie: Administratie" and "Bereik niveaus A tot en met I"
        // (and the levels' descriptions) is a family with its sheet; the name repeated under it is part of the heading.
        var pages = LevelSheetBook("Niveaublad functiefamilie").ToList();
        pages.Add("""
            Functiefamilie Kantoorfuncties
             Functiefamilie: Kantoor
             Bereik niveaus A tot en met D
            A
            Voert eenvoudige administratieve taken uit onder direct toezicht van de leidinggevende.
            B
            Voert een deel van de administratie zelfstandig uit en controleert de eigen invoer.
            """);
        var cs = Seg([.. pages]);
        Assert.Contains("Voert een deel van de administratie", ByPath(cs, "Bijlage 2 > Functiefamilie Kantoorfuncties > Niveaublad").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Functiefamilie Kantoor >", StringComparison.Ordinal));
    }

    [Fact]
    public void ArticleAfterAnAppendixTakesTheLastChapterBackOnlyWhenItIsItsOwn()
    {
        // 2022 corpus: "13.1 Kwalificatie-eis ..." after the appendices continues the body's numbering (12.10), so it ended the appendix
        // and took the body's last chapter back: chapter 2 (opened by a contents line), whose span then ran over all the appendices
        // between, and whose "inleiding" held 349,747 characters of text that other clauses held too. A number that is not the chapter's
        // own ("13.1" is no article of chapter 12) takes no chapter back; the chapter ends where it ended.
        var cs = Seg(
            """
            Cao Fictieve Opvang
            Hoofdstuk 12 Naleving
            12.1 Het meldpunt
            De werkgever meldt een overtreding bij het meldpunt van partijen.
            12.2 De commissie
            De commissie beslist binnen acht weken over een melding.
            """,
            """
            Bijlage 3 Reglement van de commissie
            De commissie bestaat uit vier leden, twee van elke kant.
            """,
            """
            13.1 Kwalificatie-eis pedagogisch medewerker
            Voor de functie van pedagogisch medewerker gelden opleidingseisen van partijen.
            """);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("H12 > Art. 13", StringComparison.Ordinal));
        Assert.DoesNotContain("vier leden", ByPath(cs, "H12").Text);
        Assert.Contains(cs, c => c.IsLeaf && c.Text.StartsWith("13.1 Kwalificatie-eis", StringComparison.Ordinal) && c.Text.Contains("opleidingseisen", StringComparison.Ordinal));
    }
}
