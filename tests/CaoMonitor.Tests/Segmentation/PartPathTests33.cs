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
}
