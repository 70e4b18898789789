using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Boundaries without numbers that independent judges found wrong in real samples (session 32): an article's first unnumbered
/// sub-heading read as its "inleiding", a short definition that ran on in the one before it, and a sub-heading over a wrapped
/// sentence that ran on in the list item before it. Each in a fixture of our own words with the real text's layout.
/// </summary>
public class SubHeadingPathTests32
{
    [Fact]
    public void TheFirstSubHeadingUnderAnArticleHeadingIsNamedByItsTitle()
    {
        // "3.14 Overwerk" / "Normale werkweken" / its text / "Andere werkweken" / its text. Before: the first part was "inleiding".
        var cs = Seg("Hoofdstuk 3 Werktijden\n\n3.14 Overwerk\nNormale werkweken\n"
            + "Werk je in een normale werkweek? Dan is overwerk alle tijd die je meer werkt dan de voltijdnorm van je afdeling.\n\n"
            + "Andere werkweken\nWerk je in andere werkweken? Dan is overwerk alle tijd boven de voltijdnorm over de hele periode.\n");
        Assert.Equal("H3 > Art. 3.14 > Normale werkweken", Leaf(cs, "normale werkweek?").Path);
        Assert.Equal("H3 > Art. 3.14 > Andere werkweken", Leaf(cs, "andere werkweken?").Path);
        Assert.DoesNotContain(cs, c => c.Path.EndsWith("inleiding", StringComparison.Ordinal));
    }

    [Fact]
    public void AnArticlesOpeningSentenceStaysItsInleiding()
    {
        // A sentence (not a title) before the article's first sub-heading is the article's own text, as before.
        var cs = Seg("Hoofdstuk 2 Loon\n\n2.1 Salaris\nSalaris is het loon voor het werk.\nHet salaris bestaat uit een vast deel.\n\n"
            + "Hoeveel salaris\nHet salaris staat in de tabel van bijlage 1 en hangt af van de functiegroep.\n\n"
            + "Betaling\nDe werkgever betaalt het salaris elke maand uiterlijk op de laatste werkdag.\n");
        Assert.Equal("H2 > Art. 2.1 > inleiding", Leaf(cs, "loon voor het werk").Path);
        Assert.Equal("H2 > Art. 2.1 > Hoeveel salaris", Leaf(cs, "tabel van bijlage 1").Path);
    }

    [Fact]
    public void AShortDefinitionSetApartByABlankLineIsItsOwnTerm()
    {
        // Terms in a definitions article, each over its definition: "Meeruren" has a definition of one short sentence. Before: it
        // and its definition ran on in the term before it ("Art. 1 > Nachtdienst").
        var cs = Seg("Artikel 1 Begrippen\n\nNachtdienst\nEen dienst waarin de medewerker ten minste drie uur werkt tussen middernacht en zes uur in de ochtend.\n\n"
            + "Meeruren\nDe uren die iemand meer werkt dan zijn contracturen.\n\n"
            + "Ouderschap\nDe zorg voor een kind dat bij de medewerker woont en voor wie hij als ouder verantwoordelijk is.\n");
        Assert.Equal("Art. 1 > Meeruren", Leaf(cs, "meer werkt dan zijn contracturen").Path);
        Assert.DoesNotContain("Meeruren", Leaf(cs, "tussen middernacht").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWrappedEndOfASentenceIsNoTerm()
    {
        // "De werkgever meldt het verlof aan bij" / "UWV.": a sentence's end on its own line, no definition under a term.
        var cs = Seg("Artikel 6 Verlof\n\nOuderschapsverlof\nEen medewerker met een kind onder de acht jaar heeft recht op ouderschapsverlof van een half jaar.\n\n"
            + "De werkgever meldt het verlof aan bij\nUWV.\n\nZorgverlof\nEen medewerker die zorgt voor een zieke ouder of partner krijgt daarvoor zorgverlof.\n");
        Assert.DoesNotContain(cs, c => c.Path.Contains("meldt het verlof", StringComparison.Ordinal));
        Assert.Contains("UWV.", Leaf(cs, "half jaar").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASubHeadingOverAWrappedSentenceEndsTheListItemBefore()
    {
        // The last item of a list, a closing sentence, then "Einde uitkering" over a sentence the page wrapped. Before: the sub-heading
        // and its text ran on in item 3.
        var cs = Seg("Bijlage 4 Regeling eerder stoppen\n\nIn de overeenkomst staat:\n\n1. Wanneer de uitkering begint.\n\n"
            + "2. Hoe hoog de uitkering per maand is.\n\n3. Dat de werknemer de plichten kent die bij de uitkering horen en wijzigingen meteen meldt.\n\n"
            + "De overeenkomst wordt getekend door werkgever en werknemer.\n\n"
            + "Einde uitkering\nDe uitkering eindigt op de dag waarop de deelnemer de leeftijd bereikt die voor hem geldt als\n\n"
            + "pensioenleeftijd van de wet.\n");
        Assert.Equal("Bijlage 4 > Einde uitkering", Leaf(cs, "De uitkering eindigt").Path);
        Assert.DoesNotContain("Einde uitkering", Leaf(cs, "plichten kent").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHeaderOfATableAfterAColonIsNoSubHeading()
    {
        // "... de werknemer ontvangt:" / "Periode van ziekte Doorbetaling in procenten" over the table's rows: the table stays in lid 1.
        var cs = Seg("Artikel 32 Ziekte\n\n1. Loon bij ziekte in de eerste twee jaar\na. De werknemer ontvangt van de werkgever voor de uren dat hij ziek is:\n\n"
            + "Periode van ziekte Doorbetaling in procenten van het loon\nDe eerste maand negentig procent maar ten minste het wettelijk minimumloon van de werknemer\n"
            + "De tweede tot en met de zesde maand het volle loon\n\n"
            + "2. Loon bij ziekte na twee jaar\nDe werkgever vult de uitkering niet verder aan.\n");
        Assert.Equal("Art. 32 > lid 1", Leaf(cs, "eerste maand negentig").Path);
        Assert.Equal("Art. 32 > lid 2", Leaf(cs, "niet verder aan").Path);
    }

    [Fact]
    public void TermsWithAColonInADefinitionsListAreEachTheirOwnClause()
    {
        // A list of terms, each "Term:" on its own line over its definition, the first after a numbered list that ends in item 3.
        // Before: every term after the first ran on in item 3 ("Begrippen > Partner > lid 3").
        var cs = Seg("Bijlage 9 Begrippen\n\nPartner\nMet partner bedoelen we:\n1. de echtgenoot,\n2. de geregistreerde partner, of\n"
            + "3. degene met wie de werknemer samenwoont en een huishouden deelt.\n"
            + "Arbeidsduur:\nDe arbeidsduur bij een volledige baan is gemiddeld achtendertig uur per week.\n\n"
            + "Werktijden :\nDe tijd waarin de werknemer werkt.\n\n"
            + "Maandsalaris:\nHet maandsalaris bestaat uit:\na. het salaris uit de schaal;\nb. de vaste toelage.\n\n"
            + "Loopbaanscan:\nEen onderzoek naar de kansen van de werknemer op de arbeidsmarkt.\n");
        Assert.Equal("Bijlage 9 > Partner > lid 3", Leaf(cs, "huishouden deelt").Path);
        Assert.DoesNotContain("Arbeidsduur", Leaf(cs, "huishouden deelt").Text, StringComparison.Ordinal);
        Assert.Equal("Bijlage 9 > Arbeidsduur", Leaf(cs, "achtendertig uur").Path);
        Assert.Equal("Bijlage 9 > Werktijden", Leaf(cs, "De tijd waarin").Path);
        Assert.StartsWith("Bijlage 9 > Maandsalaris", Leaf(cs, "vaste toelage").Path, StringComparison.Ordinal);
        Assert.Equal("Bijlage 9 > Loopbaanscan", Leaf(cs, "kansen van de werknemer").Path);
    }

    [Fact]
    public void ALabelRepeatedOverEachItemIsNoDefinedTerm()
    {
        // "Resultaat:" over each result of a function profile: the same label each time, no list of terms.
        var cs = Seg("Artikel 12 Functie medewerker\n\nResultaat:\nDe planning van de dienst is op tijd klaar en klopt.\n\n"
            + "Resultaat:\nDe klanten krijgen op tijd het goede antwoord op hun vraag.\n\n"
            + "Resultaat:\nDe administratie van de afdeling is volledig en bijgewerkt.\n");
        Assert.DoesNotContain(cs, c => c.Path.Contains("Resultaat", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFirstLineOfASentenceThatGoesOnIsNoSubHeading()
    {
        // "Deelnemers aan de regeling kunnen niet tegelijk gebruikmaken van" / "(andere vormen van) gespaard verlof ...": a sentence
        // broken after its first line. Before: the line named a clause of its own ("Art. 4 > Deelnemers aan de regeling kunnen ...").
        var cs = Seg("Artikel 4 Uitgangspunten\n\nDe werktijd bij deelname aan de regeling is tweeëndertig uur per week.\n\n"
            + "Deelnemers aan de regeling kunnen niet tegelijk gebruikmaken van\n(andere vormen van) gespaard verlof dan het spaarverlof uit de cao.\n");
        Assert.DoesNotContain(cs, c => c.Path.Contains("Deelnemers", StringComparison.Ordinal));
        Assert.Equal("Art. 4", Leaf(cs, "gespaard verlof").Path);
    }

    [Fact]
    public void TheFirstSubHeadingOfAnAppendixIsNamedByItsTitle()
    {
        // "Bijlage 11 Leeftijdsbewust beleid" / "Gezond blijven werken" / its text / "Beleid per levensfase" / its text.
        var cs = Seg("Bijlage 11 Leeftijdsbewust beleid\n\nGezond blijven werken\nPartijen vinden het belangrijk dat iedere werknemer gezond en met plezier kan blijven werken.\n\n"
            + "Beleid per levensfase\nDe werkgever bespreekt met de werknemer wat hij in zijn levensfase nodig heeft om goed te kunnen werken.\n");
        Assert.Equal("Bijlage 11 > Gezond blijven werken", Leaf(cs, "met plezier").Path);
        Assert.Equal("Bijlage 11 > Beleid per levensfase", Leaf(cs, "levensfase nodig").Path);
    }

    [Fact]
    public void ALongSecondSubHeadingOverTheNextLidEndsTheFirstSubHeading()
    {
        // "De interne procedure" over leden 1-2, then a sub-heading too long for a title line over lid 3. Before: leden 3 and 4 stayed
        // under "De interne procedure".
        var cs = Seg("Artikel 24 Bezwaar en beroep\n\nDe interne procedure\n1. De werknemer dient zijn bezwaar binnen veertien dagen schriftelijk in bij de directie.\n"
            + "2. De directie vraagt advies aan de interne commissie en beslist binnen twee maanden.\n\n"
            + "De externe procedure bij de beroepscommissie van het sectorinstituut (hierna te noemen de commissie)\n"
            + "3. De werknemer kan binnen twee maanden na de beslissing van de directie beroep instellen bij de commissie.\n"
            + "4. De commissie geeft een bindend advies aan de werkgever en de werknemer.\n");
        Assert.Equal("Art. 24 > De interne procedure > lid 2", Leaf(cs, "beslist binnen twee maanden").Path);
        Assert.Equal("Art. 24 > lid 3", Leaf(cs, "beroep instellen").Path);
        Assert.Equal("Art. 24 > lid 4", Leaf(cs, "bindend advies").Path);
    }
}
