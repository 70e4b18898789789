using CaoMonitor.Domain;

namespace CaoMonitor.Normalisation;

/// <summary>A document's clean text with the page each character range came from.</summary>
public sealed record NormalisedText(string Text, IReadOnlyList<Page> Pages)
{
    /// <summary>The page of a character offset (binary search; pages are in text order).</summary>
    public int PageAt(int offset)
    {
        int lo = 0, hi = Pages.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Pages[mid].Start <= offset) lo = mid; else hi = mid - 1;
        }
        return Pages.Count == 0 ? 1 : Pages[lo].Number;
    }
}
