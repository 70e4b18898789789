using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Contents and indexes stored as clauses (issue 16 item 4, session 33): a keyword index at the back without page numbers, and a
/// chapter's list of its own articles printed beside its text. Fixtures in our own words with the real texts' layout.
/// </summary>
public class TocPathTests33
{
    private static readonly string[] Keywords =
    [
        "Aanpassing arbeidsduur", "Arbeidsduur", "ATV zie roostervrije tijd", "Bedrijfshulpverlening", "Bijzonder verlof",
        "Calamiteitenverlof", "Deeltijdwerk", "Eindejaarsuitkering", "Feestdagen", "Functie-indeling (artikel 12)",
        "Geschillen", "Jeugdige werknemer", "Koopdagen (zie vakantiedagen)", "Loon", "- bij ziekte", "Mantelzorg",
        "Nevenwerkzaamheden", "Ontslag", "Overwerk", "Proeftijd", "Reiskosten", "Scholing", "- vergoedingen",
        "Thuiswerken", "Vakantietoeslag", "Verlof", "Werkingssfeer", "Ziekte", "Zwangerschapsverlof",
    ];

    [Fact]
    public void AKeywordIndexWithoutPageNumbersIsInNoClause()
    {
        // "TREFWOORDENLIJST" after the last appendix's addresses, over keywords whose page numbers the extractor lost. Before: its
        // lines went on in the appendix's last clause (and a keyword the contents named opened "Aanhangsel 2 > Art. 15").
        var cs = Seg("Artikel 1 Werkingssfeer\nDeze cao geldt voor alle werkgevers in de sector.\n\nArtikel 2 Scholing\n"
            + "De werkgever betaalt de kosten van de vakopleiding.\n",
            "Aanhangsel 2 Adressen\n\nVoor vragen over de regeling kunt u bellen met het fonds.\nStichting Opleidingsfonds\nPostbus 12\n1000 AA Amsterdam\n",
            "TREFWOORDENLIJST\n\n" + string.Join("\n", Keywords) + "\n");
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Contains("Zwangerschapsverlof", StringComparison.Ordinal));
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Contains("Mantelzorg", StringComparison.Ordinal));
        Assert.StartsWith("Aanhangsel 2", Leaf(cs, "Postbus 12").Path, StringComparison.Ordinal);
        Assert.Equal("Art. 2", Leaf(cs, "kosten van de vakopleiding").Path);
    }

    [Fact]
    public void AnAlphabeticalListOfCompaniesUnderAnAppendixTitleStaysContent()
    {
        // An appendix that lists the member companies in alphabetical order: no index title and no "zie", so it is content.
        var companies = Keywords.Where(k => char.IsUpper(k[0])).Select(k => k.Split(' ')[0].TrimEnd(',') + " B.V.").ToList();
        var cs = Seg("Artikel 1 Werkingssfeer\nDeze cao geldt voor de bedrijven in bijlage 1.\n",
            "BIJLAGE 1: Bij de cao aangesloten bedrijven\n\n" + string.Join("\n", companies) + "\n");
        Assert.StartsWith("Bijlage 1", Leaf(cs, "Zwangerschapsverlof B.V.").Path, StringComparison.Ordinal);
    }

    [Fact]
    public void AChaptersListOfItsArticlesBesideItsTextOpensNoArticle()
    {
        // "7.2 Werkingssfeer" / ... / "7.6 Geschillen" printed beside chapter 7's text, between two definitions of 7.3 (a footnote
        // above them). Before: the list's last line opened "Art. 7.6" over the rest of the definitions, the real 7.6 became "Art. 7.6 (2)".
        var cs = Seg("Hoofdstuk 7 Over de cao\n\n7.1 Looptijd\nDeze cao loopt van 1 juni 2024 tot en met 31 mei 2026.\n\n"
            + "7.2 Werkingssfeer\nDe bepalingen over de werkingssfeer staan in bijlage A.\n\n7.3 Definities\n\nAfwijkende werktijd\n"
            + "De werktijd die buiten de normale werkdag valt, zonder langer te duren dan het rooster voor die dag.\n\n"
            + "12 Partijen hebben afgesproken dat deze afspraak tot het einde van 2027 blijft gelden, ook na deze cao.\n"
            + "7.2 Werkingssfeer\n7.3 Definities\n7.4 Afwijken van de cao\n7.5 Naleving\n7.6 Geschillen\n"
            + "Basisloon\nHet loon dat bij de functiegroep van de werknemer hoort, zonder toeslagen.\n\n"
            + "Werkgever\nDe natuurlijke of rechtspersoon bij wie de werknemer in dienst is.\n",
            "7.4 Afwijken van de cao\nDe werkgever mag alleen ten gunste van de werknemer van deze cao afwijken.\n\n"
            + "7.5 Naleving\nPartijen zien samen toe op de naleving van de cao.\n\n"
            + "7.6 Geschillen\nEen geschil over de uitleg van de cao gaat naar de geschillencommissie.\n");
        Assert.StartsWith("H7 > Art. 7.3", Leaf(cs, "zonder toeslagen").Path, StringComparison.Ordinal);
        Assert.StartsWith("H7 > Art. 7.3", Leaf(cs, "bij wie de werknemer in dienst").Path, StringComparison.Ordinal);
        Assert.Equal("H7 > Art. 7.6", Leaf(cs, "geschillencommissie").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)", StringComparison.Ordinal));
    }

    [Fact]
    public void AChaptersListBeforeTheNextDefinitionIsInNoClause()
    {
        // The list right above the next definition's title: the clause above it ends above the list.
        var cs = Seg("Hoofdstuk 3 Vakantie\n\n3.1 Vakantiedagen\n\na. De werknemer heeft recht op 25 vakantiedagen per jaar.\n"
            + "b. De werknemer neemt zijn vakantie in overleg met de werkgever op, zo veel mogelijk in de zomer.\n"
            + "3.1 Vakantiedagen\n3.2 Feestdagen\n3.3 Kort verzuim\n3.4 Bijzonder verlof\n"
            + "c. Vakantiedagen vervallen vijf jaar na het jaar waarin ze zijn opgebouwd.\n\n3.2 Feestdagen\nOp een feestdag wordt niet gewerkt.\n\n"
            + "3.3 Kort verzuim\nBij een huwelijk heeft de werknemer een dag vrij.\n\n3.4 Bijzonder verlof\nDe werkgever kan onbetaald verlof geven.\n");
        Assert.Equal("H3 > Art. 3.1 > lid b", Leaf(cs, "in de zomer").Path);
        Assert.DoesNotContain("3.3 Kort verzuim", Leaf(cs, "in de zomer").Text, StringComparison.Ordinal);
        Assert.Equal("H3 > Art. 3.1 > lid c", Leaf(cs, "vijf jaar na het jaar").Path);
        Assert.Equal("H3 > Art. 3.4", Leaf(cs, "onbetaald verlof").Path);
    }

    [Fact]
    public void ARemnantOfTheContentsWithOnlyContentsLinesIsInNoClause()
    {
        // "Afdeling 3 - Verlof" / "3. Vakantie" / "4. Feestdagen" in the front pages, right above the body: the remnant was named
        // "H3 (inhoud)" and was a clause of its own, holding only those contents lines. (With a sentence under it, it stays: JudgedPathTests18.)
        var body = string.Join("\n", Enumerable.Range(6, 30).Select(k => $"Artikel {k} - Regel {k}\nDe werkgever en de werknemer houden zich aan regel {k} van deze cao in elk bedrijf van de sector."));
        var cs = Seg($"""
            Cao Fictieve Groothandel
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Afdeling 3 - Verlof
            3. Vakantie
            4. Feestdagen
            AFDELING 1 - DEFINITIES
            Artikel 1 - Werkgever
            De werkgever is iedere onderneming in de groothandel van de sector.
            AFDELING 2 - LOON
            Artikel 2 - Loon
            Het loon wordt elke maand betaald op de rekening van de werknemer.
            AFDELING 3 - VERLOF
            Artikel 3 - Vakantie
            De werknemer heeft recht op vijfentwintig vakantiedagen per jaar, naar rato van zijn arbeidsduur.
            Artikel 4 - Feestdagen
            Op een erkende feestdag werkt de werknemer niet, tenzij het bedrijf die dag open moet zijn voor de klanten.
            HOOFDSTUK II - ALGEMENE BEPALINGEN
            Artikel 5 - Naleving
            Partijen zien samen toe op de naleving van deze cao.
            {body}
            """);
        Assert.Equal("H3 > Art. 3", Leaf(cs, "vijfentwintig vakantiedagen").Path);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("H3 (inhoud)", StringComparison.Ordinal));
    }

    [Fact]
    public void TheContentsLastEntryOpensNoAppendixOverTheForeword()
    {
        // "Bijlage 2. Reglement opleidingsfonds ... 44 cao Zorg": the contents' last line, its page number followed by a running title,
        // right above the foreword. Before: it opened "Bijlage 2" over the foreword and the chapters, the real one was "Bijlage 2 (2)".
        var cs = Seg("Cao Fictieve Zorg\nLooptijd 1 januari 2025 tot en met 31 december 2026\n\nInhoudsopgave\nHoofdstuk 1 Algemeen ........ 3\n"
            + "Hoofdstuk 2 Werktijden ........ 5\nBijlage 1. Loontabellen ........ 40\nBijlage 2. Reglement opleidingsfonds... 44 cao Zorg\n\n"
            + "Voorwoord\nVoor u ligt de nieuwe cao. Partijen hebben afgesproken dat de lonen stijgen en dat scholing meer aandacht krijgt.\n"
            + "Wij wensen iedereen veel leesplezier met deze nieuwe afspraken.\n",
            "Hoofdstuk 1 Algemeen\n\nArtikel 1 Werkingssfeer\nDeze cao geldt voor alle werkgevers in de zorg.\n\n"
            + "Hoofdstuk 2 Werktijden\n\nArtikel 2 Werkweek\nDe werkweek telt zesendertig uur.\n",
            "Bijlage 1. Loontabellen\n\nDe lonen staan in de tabellen hieronder en gelden vanaf 1 januari 2025.\n\n"
            + "Bijlage 2. Reglement opleidingsfonds\n\nHet fonds vergoedt de kosten van een opleiding die de werknemer volgt.\n");
        Assert.Equal("Voorwoord", Leaf(cs, "veel leesplezier").Path);
        Assert.Equal("H2 > Art. 2", Leaf(cs, "zesendertig uur").Path);
        Assert.Equal("Bijlage 2", Leaf(cs, "kosten van een opleiding").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)", StringComparison.Ordinal));
    }

    [Fact]
    public void DefinitionsBetweenTheContentsAndTheFirstChapterAreNamedSo()
    {
        // "Definities" over the cao's definitions between the contents and chapter 1 (judged in toc33's judge-2: not an "Inleiding").
        var cs = Seg("Cao Fictief Welzijn\n\nInhoudsopgave\nHoofdstuk 1 Voor wie is deze cao ........ 5\nHoofdstuk 2 Werktijden ........ 9\n\n"
            + "Definities\n\nArbeidsovereenkomst: een overeenkomst zoals bedoeld in het Burgerlijk Wetboek tussen werkgever en werknemer.\n"
            + "Werkgever: de organisatie in de sector die werknemers in dienst heeft.\n",
            "Hoofdstuk 1 Voor wie is deze cao\n\nArtikel 1.1 Werkingssfeer\nDeze cao geldt voor alle werkgevers in de sector.\n\n"
            + "Hoofdstuk 2 Werktijden\n\nArtikel 2.1 Werkweek\nDe werkweek telt zesendertig uur.\n");
        Assert.Equal("Definities", Leaf(cs, "organisatie in de sector").Path);
        Assert.Equal("H1 > Art. 1.1", Leaf(cs, "alle werkgevers in de sector").Path);
    }
}
