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
}
