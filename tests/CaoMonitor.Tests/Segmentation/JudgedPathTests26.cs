using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors an independent judge found in a real 2024 sample (session 26, seed 7600), each in a fixture of our own words with
/// the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests26
{
    [Fact]
    public void AnAppendixLetteredHeadingGluedBehindASentenceOpensTheAppendix()
    {
        // "... of een andere deskundige. Bijlage E Reglement" / "Uitlegcommissie" / "Artikel 1 Taak": the next appendix's heading
        // (a letter, its title wrapped) glued behind the last sentence of the one before. Before: "Bijlage D > Art. 1".
        var cs = Seg(
            "Bijlage D Regeling zwaar werk\n\nArtikel 1 Doel\n\nDe regeling helpt werknemers die fysiek zwaar werk doen om gezond hun pensioen te halen.\n\n"
            + "Artikel 2 Deelname\n\nDe werknemer neemt deel als hij ten minste twintig jaar zwaar werk heeft gedaan bij de werkgever.\n\n"
            + "In bijzondere gevallen beslist de bedrijfsarts of een andere deskundige. Bijlage E Reglement\nUitlegcommissie\n\n"
            + "Artikel 1 Taak\n\nDe commissie legt artikelen van de cao uit als partijen het over de betekenis oneens zijn.\n\n"
            + "Artikel 2 Samenstelling\n\nDe commissie bestaat uit twee leden van de werkgevers en twee leden van de bonden.");
        Assert.Equal("Bijlage E > Art. 1", Leaf(cs, "legt artikelen van de cao uit").Path);
        Assert.Equal("Bijlage D > Art. 2", Leaf(cs, "twintig jaar zwaar werk").Path);
    }

    [Fact]
    public void ADotlessLidAfterASentenceWithAFootnoteNumberIsTheNextLid()
    {
        // "... voor de eerste keer heeft ontvangen.3" / "7 De toelage is niet verschuldigd ...": lid 7 whose dot the print lost, after a
        // sentence that ends in a footnote's number. Before: lid 7 ran on in lid 6.
        var leden = string.Join("\n", Enumerable.Range(1, 6).Select(k => $"{k}. De werknemer in functiegroep {k} ontvangt de toelage op de wijze die in dit lid staat beschreven."));
        var cs = Seg("Artikel 3.5 Bindingstoelage\n\n" + leden.Replace("beschreven.\n6.", "beschreven.\n6.").TrimEnd('.') + " en heeft ontvangen.3\n"
            + "7 De toelage is niet verschuldigd als de werknemer al een toelage met hetzelfde doel ontvangt.\n\n"
            + "Artikel 3.6 Eindejaarsuitkering\n\nDe werknemer ontvangt in december een uitkering van acht procent.");
        Assert.Equal("Art. 3.5 > lid 7", Leaf(cs, "al een toelage met hetzelfde doel").Path);
        Assert.Equal("Art. 3.5 > lid 6", Leaf(cs, "functiegroep 6").Path);
    }

    [Fact]
    public void ALowerCaseArticleTitleWrappedOverTwoLinesOpensTheArticle()
    {
        // "Artikel 5 vaststelling van het loon van de werknemer die een tweede of" / "andere opleiding volgt" / "1. ...": the title's first
        // line ends in a word that goes on. Before: the heading was lost and article 5's leden read as leden 4-6 of article 4.
        var cs = Seg("Artikel 4 overige opleidingen\n1. Voor een opleiding buiten de werkgever geldt de loonschaal uit hoofdstuk 3.\n"
            + "2. Het loon wordt vastgesteld naar de uren waarop werkelijk wordt gewerkt.\n"
            + "3. De werkgever en de werknemer kunnen afspreken dat lesuren als werktijd gelden.\n"
            + "Artikel 5 vaststelling van het loon van de werknemer die een tweede of\nandere opleiding volgt\n"
            + "1. Onder een tweede opleiding wordt verstaan een opleiding na de eerste, die de werkgever heeft goedgekeurd.\n"
            + "2. De werknemer behoudt tijdens die opleiding zijn loonschaal en zijn trede.\n"
            + "Artikel 6 studiekosten\n1. De werkgever vergoedt de kosten van de opleiding.");
        Assert.Equal("Art. 5 > lid 1", Leaf(cs, "Onder een tweede opleiding").Path);
        Assert.Equal("Art. 5 > lid 2", Leaf(cs, "behoudt tijdens die opleiding").Path);
        Assert.Equal("Art. 4 > lid 3", Leaf(cs, "lesuren als werktijd").Path);
    }

    [Fact]
    public void ChaptersKnownOnlyFromTheirArticlesNumbersStartAtChapterThree()
    {
        // A cao whose chapter headings stand only in a running footer ("HOOFDSTUK 3") and whose chapters 1 and 2 (parties, definitions)
        // have no numbered articles: "3.1.1" is the first article, and chapter 3 opens with it. Before: no chapter at all ("Art. 3.1.1").
        var cs = Seg(
            "DEFINITIES\n\nIn deze cao wordt verstaan onder werkgever: de drogist die werknemers in dienst heeft.\n\n3.1 Verplichtingen van de werkgever\n\n"
            + "3.1.1 Goed werkgeverschap\nDe werkgever behandelt de werknemer zoals een goed werkgever betaamt.\n\n3.1.2 Arbeidsomstandigheden\nDe werkgever zorgt voor veilig werk.\n\n"
            + "3.2 Verplichtingen van de werknemer\nDe werknemer volgt de redelijke aanwijzingen van de werkgever op.",
            "4.1 Loon\n\n4.1.1 Loonschalen\nHet loon volgt uit de loonschaal van de functiegroep van de werknemer.\n\n4.1.2 Betaling\nHet loon wordt per maand betaald.\n\n"
            + "5.1 Functie-indeling\n\n5.1.1 Functiegroepen\nDe werkgever deelt de functie in een van zes functiegroepen in.\n\n5.2 Opleiding\nDe werkgever stelt een opleidingsplan op.");
        Assert.Equal("H3 > Art. 3.1.1", Leaf(cs, "zoals een goed werkgever betaamt").Path);
        Assert.Equal("H4 > Art. 4.1.2", Leaf(cs, "per maand betaald").Path);
        Assert.Equal("H5 > Art. 5.2", Leaf(cs, "opleidingsplan").Path);
    }
}
