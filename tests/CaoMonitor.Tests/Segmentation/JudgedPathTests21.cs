using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors the independent judges found in the real corpora at session 21 (the path census of 2024 and 2022 text, and their kin
/// elsewhere), each in a fixture of our own words with the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests21
{
    /// <summary>Pages of a cao whose running header stands alone at the top and whose footer ("... 7", the page number of the page
    /// before) the extractor glued to the first line of the text under that header.</summary>
    private static string[] FooterGluedUnderHeader(Func<int, string> footer)
    {
        var pages = new List<string>
        {
            """
            Werkversie cao Fictief Vervoer
            Cao Fictief Vervoer 2025-2026
            Hoofdstuk 2 Werktijden
            2.1 Dagelijkse werktijd
            De werktijd ligt tussen zeven uur 's ochtends en zeven uur 's avonds.
            """,
        };
        string[] titles = ["", "", "Vorstverlet", "Reistijd naar de klant", "Wachttijd bij laden en lossen", "Nachtritten", "Rusttijd onderweg", "Pauzes op lange ritten"];
        string[] subjects = ["", "", "vorst", "reistijd", "wachttijd", "nachtwerk", "rust", "pauzes"];
        for (int p = 2; p <= 7; p++)
            pages.Add($"""
                Werkversie cao Fictief Vervoer
                {footer(p)} 2.{p} {titles[p]}
                a. De werkgever legt de afspraken over {subjects[p]} vast na overleg met de ondernemingsraad.
                b. De chauffeur krijgt de afspraken over {subjects[p]} op papier.
                """);
        return [.. pages];
    }

    [Fact]
    public void FooterGluedToTheLineUnderTheHeaderIsCutOff()
    {
        // 7750 n24: "A - bepalingen vet gedrukt ; B - bepalingen niet vet gedrukt  28 3.9.2 Regeling onwerkbaar weer" under the page's
        // header line: the footer and page number hid the heading, so 3.9.2's text read as lid b of 3.9.1 (111 pages of one cao).
        var cs = Seg(FooterGluedUnderHeader(p => $"A-regels staan vet, B-regels niet vet {p - 1}"));
        for (int p = 2; p <= 7; p++)
        {
            Assert.StartsWith($"2.{p} ", ByPath(cs, $"H2 > Art. 2.{p}").Text);
            Assert.StartsWith("b. De chauffeur krijgt", ByPath(cs, $"H2 > Art. 2.{p} > lid b").Text);
        }
        Assert.DoesNotContain(cs, c => c.Text.Contains("B-regels niet vet", StringComparison.Ordinal));
    }

    [Fact]
    public void DateUnderTheHeaderIsNoFooter()
    {
        // The same prefix shape ending in a number that does not run with the pages (the day of a version date) is text: cutting it
        // left "augustus 2025)" in front of the heading.
        var cs = Seg(FooterGluedUnderHeader(_ => "Geldend vanaf (versie 1"));
        Assert.Contains(cs, c => c.Text.Contains("Geldend vanaf (versie 1 2.3", StringComparison.Ordinal));
    }
}
