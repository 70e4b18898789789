using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors the independent judges of session 13 found in the real 2024 corpus, each in a fixture of our own words with
/// the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests14
{
    private static Clause Leaf(IReadOnlyList<Clause> cs, string text) =>
        cs.SingleOrDefault(c => c.IsLeaf && c.Text.Contains(text, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no single leaf holds \"{text}\"; have: {string.Join(" | ", cs.Where(c => c.IsLeaf).Select(c => c.Path))}");

    [Fact]
    public void VacantArticleHeadingsRunTogetherOnOneLineGiveTheLastOneItsText()
    {
        // The extractor ran the headings of two vacant articles and the next real one into one line. The text under it is
        // article 7:14's, not the first vacant one's.
        var cs = Seg("""
            Cao Fictieve Zorgboerderijen
            Looptijd 1 januari 2025 tot en met 31 december 2026
            Artikel 7:10 Werktijden
            De werkgever stelt de werktijden vast in overleg met de werknemer.
            Artikel 7:11 (vacant)
            Artikel 7:12 (vacant)Artikel 7:13 (vacant)Artikel 7:14 Kosten van thuiswerk
            1. De werkgever vergoedt de kosten van een werkplek thuis volgens een regeling van de instelling.
            2. De regeling wordt vastgesteld met instemming van de ondernemingsraad.
            Artikel 7:15 (vacantArtikel 7:16 Slotbepaling
            Deze regeling geldt tot het einde van de looptijd van de cao.
            """);
        Assert.Equal("H7 > Art. 7:14 > lid 1", Leaf(cs, "werkplek thuis").Path);
        Assert.Equal("H7 > Art. 7:14 > lid 2", Leaf(cs, "instemming van de ondernemingsraad").Path);
        Assert.Equal("H7 > Art. 7:16", Leaf(cs, "einde van de looptijd").Path);
        Assert.DoesNotContain(cs, c => c.Path.Contains("7:11") || c.Path.Contains("7:12") || c.Path.Contains("7:15"));
    }
}
