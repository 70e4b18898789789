using CaoMonitor.Domain;
using CaoMonitor.Extraction;
using CaoMonitor.Normalisation;
using CaoMonitor.Segmentation;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>The segmentation tests' way in: pages through the normaliser and the segmenter, and a clause by its path.</summary>
internal static class SegmentFixture
{
    public static IReadOnlyList<Clause> Seg(params string[] pages) =>
        CaoSegmenter.Segment(TextNormaliser.Normalise(pages.Select((t, i) => new ExtractedPage(i + 1, t, false)).ToList()));

    public static Clause ByPath(IReadOnlyList<Clause> cs, string path) =>
        cs.SingleOrDefault(c => c.Path == path) ?? throw new Xunit.Sdk.XunitException($"no clause {path}; have: {string.Join(" | ", cs.Select(c => c.Path))}");

    /// <summary>The leaf clause whose text holds <paramref name="text"/>.</summary>
    public static Clause Leaf(IReadOnlyList<Clause> cs, string text) =>
        cs.SingleOrDefault(c => c.IsLeaf && c.Text.Contains(text, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no single leaf holds \"{text}\"; have: {string.Join(" | ", cs.Where(c => c.IsLeaf).Select(c => c.Path))}");
}
