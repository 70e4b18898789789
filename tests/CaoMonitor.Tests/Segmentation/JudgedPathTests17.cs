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
}
