using CaoMonitor.Domain;
using CaoMonitor.Segmentation;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Text in no leaf clause (issue 16): a real cao once lost 292k characters of function-matrix rows and descriptions that no
/// clause covered, and no structure figure showed it. <see cref="StructureQuality.Uncovered"/> counts such stretches.
/// </summary>
public class UncoveredTextTests23
{
    private static Clause Leaf(int start, int end, string text) =>
        new(ClauseKind.Paragraph, null, null, $"lid {start}", start, end, 1, 1, text[start..end]) { IsLeaf = true };

    private static string Words(int n) => string.Concat(Enumerable.Repeat("functie ", n / 8 + 1))[..n];

    [Fact]
    public void A_long_stretch_outside_every_leaf_counts_whole()
    {
        var text = Words(1000) + Words(5000) + Words(4000);
        var leaves = new[] { Leaf(0, 1000, text), Leaf(6000, 10000, text) };
        Assert.Equal(5000, StructureQuality.Uncovered(text, leaves));
    }

    [Fact]
    public void A_chapter_that_spans_the_stretch_does_not_cover_it()
    {
        var text = Words(1000) + Words(5000);
        var chapter = new Clause(ClauseKind.Chapter, "1", "Functies", "H1", 0, 6000, 1, 2, text) { IsLeaf = false };
        Assert.Equal(5000, StructureQuality.Uncovered(text, [chapter, Leaf(0, 1000, text)]));
    }

    [Fact]
    public void Short_gaps_blank_stretches_and_a_fully_covered_text_count_nothing()
    {
        var text = Words(1000) + Words(2000) + Words(1000);
        Assert.Equal(0, StructureQuality.Uncovered(text, [Leaf(0, 1000, text), Leaf(3000, 4000, text)]));
        var blank = Words(1000) + new string(' ', 2000) + string.Concat(Enumerable.Repeat("12.\n", 1000)) + Words(1000);
        Assert.Equal(0, StructureQuality.Uncovered(blank, [Leaf(0, 1000, blank), Leaf(blank.Length - 1000, blank.Length, blank)]));
        Assert.Equal(0, StructureQuality.Uncovered(text, [Leaf(0, text.Length, text)]));
        Assert.Equal(4000, StructureQuality.Uncovered(text, []));
    }
}
