using System.Text.RegularExpressions;
using CaoMonitor.Domain;

namespace CaoMonitor.Segmentation;

/// <summary>
/// Measures how clean a segmentation is, per 1,000 text-bearing clauses (clauses without children):
/// table-of-contents/index clauses, heading-only clauses, clauses over 4,000 characters, and clauses
/// with a line break inside a sentence. The same code measures before and after a change, so the
/// definitions below are deliberately simple and fixed.
/// </summary>
public static partial class StructureQuality
{
    public const int LongClause = 4000;

    public sealed record Figures(int Documents, int Clauses, int TocClauses, int HeadingOnly, int Long, int BrokenSentence, int DuplicatePaths)
    {
        static double Per1000(int n, int of) => of == 0 ? 0 : Math.Round(n * 1000.0 / of, 1);
        public double TocPer1000 => Per1000(TocClauses, Clauses);
        public double HeadingOnlyPer1000 => Per1000(HeadingOnly, Clauses);
        public double LongPer1000 => Per1000(Long, Clauses);
        public double BrokenSentencePer1000 => Per1000(BrokenSentence, Clauses);
        public double DuplicatePathsPer1000 => Per1000(DuplicatePaths, Clauses);
    }

    /// <summary>Clauses that carry text of their own: those no other clause names as parent.</summary>
    public static IReadOnlyList<Clause> TextBearing(IReadOnlyList<Clause> clauses)
    {
        var parents = clauses.Where(c => c.ParentId is not null).Select(c => c.ParentId!.Value).ToHashSet();
        return clauses.Where(c => !parents.Contains(c.Id)).ToList();
    }

    public static Figures Measure(IEnumerable<IReadOnlyList<Clause>> documents)
    {
        int docs = 0, n = 0, toc = 0, heading = 0, longs = 0, broken = 0, dup = 0;
        foreach (var doc in documents)
        {
            docs++;
            dup += doc.GroupBy(c => c.Path).Sum(g => g.Count() - 1);
            foreach (var c in TextBearing(doc))
            {
                n++;
                if (IsIndex(c.Text)) toc++;
                if (IsHeadingOnly(c.Text)) heading++;
                if (c.Text.Length > LongClause) longs++;
                if (HasBrokenSentence(c.Text)) broken++;
            }
        }
        return new Figures(docs, n, toc, heading, longs, broken, dup);
    }

    /// <summary>Stretches of at least this many characters outside every leaf are counted by <see cref="Uncovered"/>.</summary>
    public const int UncoveredStretch = 3000;

    /// <summary>
    /// Characters of a document's text in stretches of at least <see cref="UncoveredStretch"/> that no leaf clause covers and
    /// that hold letters: text in no clause, so in no search hit, label or export. Contents and signature blocks are left out
    /// on purpose and count too, so compare the figure on one corpus before and after a change; a large rise is dropped text
    /// (real function-matrix rows taken for contents once left 292k characters of one cao in no clause).
    /// </summary>
    public static int Uncovered(string text, IReadOnlyList<Clause> clauses)
    {
        int total = 0, pos = 0;
        void Gap(int from, int to)
        {
            if (to - from >= UncoveredStretch && HasLetter(text.AsSpan(from, to - from))) total += to - from;
        }
        foreach (var c in clauses.Where(c => c.IsLeaf).OrderBy(c => c.Start))
        {
            int start = Math.Clamp(c.Start, 0, text.Length), end = Math.Clamp(c.End, 0, text.Length);
            if (start > pos) Gap(pos, start);
            pos = Math.Max(pos, end);
        }
        if (text.Length > pos) Gap(pos, text.Length);
        return total;
    }

    /// <summary>A document leaves much text in no clause (<see cref="MuchUncovered"/>) from this share of its text ...</summary>
    public const double MuchUncoveredShare = 0.25;
    /// <summary>... and this many characters at least (a short document with only a contents page is no case).</summary>
    public const int MuchUncoveredChars = 20_000;

    /// <summary>
    /// Whether a document leaves so much text in no leaf clause that a reader should be told: a quarter of its text and at least
    /// 20,000 characters (<see cref="Uncovered"/>). Measured on the real corpora (session 24): per document the figure is a
    /// contents and a cover, median 4% of the text, 90th percentile 12%, highest otherwise 20%; above a quarter stood only
    /// documents that had lost part of their body (a function book after a salary matrix, 33% and 53%).
    /// </summary>
    public static bool MuchUncovered(string text, IReadOnlyList<Clause> clauses, out int uncovered)
    {
        uncovered = Uncovered(text, clauses);
        return uncovered >= MuchUncoveredChars && uncovered >= MuchUncoveredShare * text.Length;
    }

    private static bool HasLetter(ReadOnlySpan<char> span)
    {
        foreach (var ch in span) if (char.IsLetter(ch)) return true;
        return false;
    }

    /// <summary>A text's lines, trimmed, without the blank ones (also the segmenter's reading of a short intro or body).</summary>
    internal static List<string> TrimmedLines(string text) => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>
    /// A table of contents or index: at least three lines, most of them ending in a page number
    /// (with or without dot leaders) or shaped like a bare heading ("Artikel 4 Scholing").
    /// </summary>
    public static bool IsIndex(string text)
    {
        var lines = TrimmedLines(text);
        if (lines.Count > 0 && TocWord().IsMatch(lines[0])) return true;
        if (lines.Count < 3) return false;
        int hits = lines.Count(l => l.Length <= 140 && (PageRef().IsMatch(l) || BareHeading().IsMatch(l)));
        return hits * 10 >= lines.Count * 6;
    }

    /// <summary>Only a heading: at most two short lines, none ending a sentence, starting with a capital or a number.</summary>
    public static bool IsHeadingOnly(string text)
    {
        var lines = TrimmedLines(text);
        if (lines.Count is 0) return true;
        if (lines.Count > 2 || text.Length > 160) return false;
        if (lines.Any(l => ".:;!?)".Contains(l[^1]))) return false;
        var first = lines[0];
        return char.IsUpper(first[0]) || char.IsDigit(first[0]) || first[0] == '§';
    }

    /// <summary>
    /// A document that holds its whole text twice (a cao printed twice in one PDF): most of its
    /// substantial leaf clauses have an identical twin.
    /// </summary>
    public static bool HoldsTextTwice(IReadOnlyList<Clause> clauses)
    {
        var texts = clauses.Where(c => c.IsLeaf && c.Text.Length >= 80).Select(c => c.Text).ToList();
        if (texts.Count < 20) return false;
        int twins = texts.GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Count() >= 2).Sum(g => g.Count());
        return twins * 10 >= texts.Count * 6;
    }

    /// <summary>A line break (or blank line) after a word or comma, before a word in lower case: a sentence cut in two.</summary>
    public static bool HasBrokenSentence(string text) => BrokenSentence().IsMatch(text);

    [GeneratedRegex(@"^(inhoud|inhoudsopgave|inhoudstafel|index|trefwoordenregister)\b\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TocWord();
    [GeneratedRegex(@"(?:\.{3,}|…|\s)\s*\d{1,3}$")]
    private static partial Regex PageRef();
    [GeneratedRegex(@"^(?:(?i:artikel|art\.|hoofdstuk|bijlage)|§|\d{1,2}(?:\.\d{1,2})+)\s*[\dA-Za-z.]*\s+\p{Lu}[^.;:]{0,80}$")]
    private static partial Regex BareHeading();
    [GeneratedRegex(@"[\p{L}\p{N},][ \t]*\n[ \t\n]*\p{Ll}(?![.)]\s)")]
    private static partial Regex BrokenSentence();
}
