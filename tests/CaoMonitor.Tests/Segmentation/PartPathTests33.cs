using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Sections and parts that independent judges found wrong in real samples (session 33): notes after an article's last lid that
/// cover the whole article. Each in a fixture of our own words with the real text's layout.
/// </summary>
public class PartPathTests33
{
    private const string Body =
        """
        Cao Fictieve Klokkenmakers
        Looptijd 1 januari 2025 tot en met 31 december 2026
        Hoofdstuk 1 Algemeen
        Artikel 1 Werkingssfeer
        Deze cao geldt voor iedere klokkenmakerij met personeel in dienst.
        Artikel 2 Looptijd
        Deze cao loopt twee jaar en eindigt zonder opzegging.
        """;

    [Fact]
    public void NotesAfterTheLastLidAreTheArticles()
    {
        // "Aantekeningen:" over notes 1-3 after lid 3, the last lid of the article: the notes cover the whole article
        // ("Art. 3 > Aantekeningen"), not lid 3 ("Art. 3 > lid 3 > Aantekeningen"), and lid 3 is a lid again, not "lid 3 > inleiding".
        var cs = Seg(Body,
            """
            Artikel 3 Kort verzuim
            1. De klokkenmaker krijgt vrij met behoud van loon bij de gebeurtenissen in de tabel hieronder.
            2. Hij meldt het verzuim zo vroeg als hij kan bij de werkgever.
            3. Met partner bedoelen we ook de persoon met wie de klokkenmaker samenwoont.

            Aantekeningen:
            1. Voor bezoek aan de huisarts staan de afspraken in bijlage 4.
            2. Kort verzuim is geen extra vakantie.
            3. Voor wettelijke verlofregelingen zie de website van de overheid.

            Artikel 4 Ploegendienst
            1. Ploegendienst is werk in ploegen die elkaar aflossen.

            Aantekeningen:
            1. Met aflossen bedoelen we dat de ene ploeg begint waar de andere stopt.

            2. Voordat de werkgever ploegendienst invoert, overlegt hij met de ondernemingsraad.
            """);
        Assert.Contains("geen extra vakantie", ByPath(cs, "H1 > Art. 3 > Aantekeningen").Text);
        Assert.StartsWith("3. Met partner bedoelen", ByPath(cs, "H1 > Art. 3 > lid 3").Text);
        Assert.DoesNotContain("Aantekeningen", ByPath(cs, "H1 > Art. 3 > lid 3").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("H1 > Art. 3 > lid 3 >", StringComparison.Ordinal));
        // Notes with a lid after them stay with the lid they follow.
        Assert.Contains("ene ploeg begint", ByPath(cs, "H1 > Art. 4 > lid 1 > Aantekeningen").Text);
        Assert.StartsWith("2. Voordat de werkgever", ByPath(cs, "H1 > Art. 4 > lid 2").Text);
    }

    [Fact]
    public void ARegulationTitledInOrdinaryCaseAfterAnArticleIsNoPartOfIt()
    {
        // "Toetsingskader subsidies ..." after the last lid of a subsidy regulation's Art. 3, over "Inleiding" and sub-headings of its
        // own: a regulation of its own in the appendix, no part of Art. 3 ("Bijlage 2 > Art. 3 > Uitbetaling").
        var cs = Seg("""
            Cao Fictieve Klokkenmakers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Werkingssfeer
            Deze cao geldt voor iedere klokkenmakerij met personeel in dienst.
            Bijlage 2 Subsidiereglement
            Artikel 1 Begrippen
            1. Fonds: het opleidingsfonds van de klokkenmakers.
            2. Bestuur: het bestuur van het fonds.
            Artikel 3 Verletkosten
            1. Het fonds vergoedt de verletkosten van een werkgever wiens werknemer een opleiding volgt.
            2. Aanspraken ouder dan twee jaar worden niet gehonoreerd.

            Op grond van het reglement heeft het bestuur een toetsingskader opgesteld.
            Toetsingskader subsidies Opleidingsfonds Klokkenmakers

            Inleiding

            Dit toetsingskader geeft richtlijnen voor de afhandeling van aanvragen voor subsidie uit het fonds.

            Uitbetaling
            De administratie betaalt de subsidie uit na goedkeuring van de aanvraag door de secretaris van het fonds.
            """);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage 2 > Art. 3 > ", StringComparison.Ordinal) && !c.Path.StartsWith("Bijlage 2 > Art. 3 > lid", StringComparison.Ordinal));
        var pay = Leaf(cs, "na goedkeuring van de aanvraag");
        Assert.StartsWith("Bijlage 2 > Toetsingskader subsidies Opleidingsfonds", pay.Path);
        Assert.EndsWith("> Uitbetaling", pay.Path);
        Assert.DoesNotContain("Toetsingskader subsidies", ByPath(cs, "Bijlage 2 > Art. 3 > lid 2").Text);
    }

    [Fact]
    public void ARegulationInCapitalsOverAGenericTitleAndArticleOneIsAPartOfItsOwn()
    {
        // "REGLEMENT AANVULLING ..." (a part named by its title), its articles, then "REGLEMENT SPAARPACT ..." / "Definities" /
        // "Artikel 1": the next regulation, its articles from 1 again its own. Before: "Definities" stood between the title and
        // "Artikel 1", so the articles stayed in the first regulation as "Art. 1 (2)", "Art. 2 (2)".
        var cs = Seg("""
            Cao Fictieve Klokkenmakers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Werkingssfeer
            Deze cao geldt voor iedere klokkenmakerij met personeel in dienst.
            Artikel 2 Looptijd
            Deze cao loopt twee jaar en eindigt zonder opzegging.

            REGLEMENT AANVULLING ARBEIDSOVEREENKOMST KLOKKENMAKERS
            Artikel 1
            Dit reglement regelt de vergoeding van de contributie van de vakbond door de werkgever.
            Artikel 2
            1. De werknemer meldt schriftelijk dat hij van de regeling gebruik wil maken.
            2. De werkgever verwerkt de melding binnen een maand na ontvangst.
            De werkgever houdt de meldingen bij in een register dat hij vijf jaar bewaart.
            REGLEMENT SPAARPACT KLOKKENMAKERS

            Definities
            Artikel 1
            Voor de toepassing van dit reglement wordt verstaan onder spaarder de werknemer die uren spaart.
            Artikel 2
            1. Een werknemer van zestig jaar of ouder kan de werkgever vragen om minder te werken.
            2. De werkgever beslist binnen een maand op het verzoek.
            """);
        Assert.StartsWith("Reglement spaarpact klokkenmakers > Art. 1", Leaf(cs, "spaarder de werknemer").Path);
        Assert.StartsWith("Reglement spaarpact klokkenmakers > Art. 2 > lid 2", Leaf(cs, "beslist binnen een maand").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("(2)", StringComparison.Ordinal));
    }

    [Fact]
    public void ALetteredPartOfAnAppendixHoldsItsOwnSubHeadingsAndLeden()
    {
        // "BIJLAGE 6 MODELREGELINGEN" / "6A. Regeling winstdeling" / its leden / "6B. Model klachtenprocedure" / its sub-headings: each
        // a part of the appendix. Before: "6B." ran on in 6A's last lid and its sub-headings read as the appendix's own.
        var cs = Seg("""
            Cao Fictieve Klokkenmakers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Werkingssfeer
            Deze cao geldt voor iedere klokkenmakerij met personeel in dienst.
            BIJLAGE 6 MODELREGELINGEN
            6A. Regeling winstdeling

            De werkgever kan met instemming van de ondernemingsraad een regeling voor winstdeling invoeren.
            1. Het invoeren van de regeling gebeurt per kalenderjaar.
            2. De uitkering is een vast bedrag per werknemer, naar rato van de arbeidsduur.

            6B. Model klachtenprocedure

            Opschortende werking
            Een klacht schorst het besluit van de werkgever niet, tenzij de werkgever anders beslist.

            De procedure
            1. Je dient je klacht binnen een maand schriftelijk in bij de directie.
            2. De directie beslist binnen zes weken op de klacht.
            """);
        Assert.Equal("Bijlage 6 > 6B. Model klachtenprocedure > Opschortende werking", Leaf(cs, "schorst het besluit").Path);
        Assert.Equal("Bijlage 6 > 6B. Model klachtenprocedure > De procedure > lid 2", Leaf(cs, "beslist binnen zes weken").Path);
        Assert.Equal("Bijlage 6 > 6A. Regeling winstdeling > lid 2", Leaf(cs, "vast bedrag per werknemer").Path);
        Assert.DoesNotContain("6B.", Leaf(cs, "vast bedrag per werknemer").Text);
    }

    [Fact]
    public void AListOfAnAppendixsPartsOpensNoPart()
    {
        // "11 Inleiding" / "11A Het functieboek" / "11B Bezwaarprocedure" / "11C Onderhoud": the appendix lists its parts; no part opens.
        var cs = Seg("""
            Cao Fictieve Klokkenmakers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Werkingssfeer
            Deze cao geldt voor iedere klokkenmakerij met personeel in dienst.
            Bijlage 11. Het functieboek

            11 Inleiding

            11A Het functieboek

            11B Bezwaarprocedure bij de invoering van het functieboek
            11C De onderhoudsprocedure van het functieboek

            In dit document staat het functieboek van de klokkenmakers, met de bezwaarprocedure en het onderhoud.
            """);
        Assert.DoesNotContain(cs, c => c.Path.Contains("11C", StringComparison.Ordinal) || c.Path.Contains("11A", StringComparison.Ordinal));
    }

    [Fact]
    public void RomanSectionsOfAnAppendixArePartsWhoseLedenRestart()
    {
        // "BIJLAGE G NADERE REGELS" / "I. – BEHEER VAN HET SYSTEEM" / leden 1-3 / "II. – AFSPRAKEN" / leden 1-2 / "III. – INDELING":
        // each section a part of the appendix ("Bijlage G > I. – BEHEER VAN HET SYSTEEM > lid 3"). Before: section I's leden were the
        // appendix's own, and section III ran on in the last lid of II.
        var cs = Seg("""
            Cao Fictieve Klokkenmakers
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 1 Werkingssfeer
            Deze cao geldt voor iedere klokkenmakerij met personeel in dienst.
            BIJLAGE G NADERE REGELS VOOR HET WAARDERINGSSYSTEEM

            I. – BEHEER VAN HET SYSTEEM

            Partijen zijn overeengekomen dat de werkgeversvereniging het systeem beheert.
            1. Functielijsten worden opgezet onder begeleiding van deskundigen van de vereniging.
            2. De deskundigen geven een eindoordeel over de indeling van de functies.
            3. De bewaking van het systeem ligt bij de commissie beloning.

            II. – AFSPRAKEN OVER DE PROCEDURE

            1. Bij de toepassing van het systeem gaan partijen ervan uit dat zij het systeem aanvaarden.
            2. Een stuurgroep kan het proces van de invoering in een onderneming begeleiden.

            III. – INDELING VAN DE FUNCTIES

            - De functies in de onderneming worden ingedeeld in salarisgroepen.
            - De werknemer hoort schriftelijk in welke groep zijn functie is ingedeeld.
            """);
        Assert.Equal("Bijlage G > I. – BEHEER VAN HET SYSTEEM > lid 3", Leaf(cs, "commissie beloning").Path);
        Assert.Equal("Bijlage G > II. – AFSPRAKEN OVER DE PROCEDURE > lid 2", Leaf(cs, "stuurgroep").Path);
        Assert.Equal("Bijlage G > III. – INDELING VAN DE FUNCTIES", Leaf(cs, "ingedeeld in salarisgroepen").Path);
        Assert.DoesNotContain("salarisgroepen", Leaf(cs, "stuurgroep").Text);
    }
}
