using CaoMonitor.Domain;
using CaoMonitor.Normalisation;

namespace CaoMonitor.Segmentation;

/// <summary>The one entry point of segmentation: cao's by their legal structure, policy documents by headings.</summary>
public static class Segmenter
{
    public static IReadOnlyList<Clause> Segment(NormalisedText doc, DocumentType type) =>
        type == DocumentType.Policy ? PolicySegmenter.Segment(doc) : CaoSegmenter.Segment(doc);
}
