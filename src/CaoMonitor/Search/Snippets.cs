using System.Text;
using CaoMonitor.Analysis;

namespace CaoMonitor.Search;

/// <summary>
/// Highlights matched words in a clause's ORIGINAL text: the index analyser is run over the text
/// again, and every token whose term was searched for (or starts with a searched prefix) marks its
/// original character span. Everything else is HTML-encoded: document text is untrusted.
/// </summary>
public static class Snippets
{
    public const int DefaultLength = 240;
    private static readonly DutchAnalyzer Analyzer = DutchAnalyzer.ForIndex();

    /// <summary>Original-text spans of the tokens that match, merged and sorted.</summary>
    public static List<(int Start, int End)> Matches(string text, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes)
    {
        var spans = new List<(int Start, int End)>();
        if (terms.Count == 0 && prefixes.Count == 0) return spans;
        foreach (var t in Analyzer.Analyze(text))
        {
            if (terms.Contains(t.Term) || prefixes.Any(p => t.Term.StartsWith(p, StringComparison.Ordinal)))
                spans.Add((t.Start, t.End));
        }
        spans.Sort();
        var merged = new List<(int Start, int End)>(spans.Count);
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);
        }
        return merged;
    }

    /// <summary>
    /// An HTML fragment of at most about <paramref name="length"/> characters of the text around the
    /// densest group of matches, with &lt;mark&gt; around matched words and whitespace collapsed.
    /// </summary>
    public static string Build(string text, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes, int length = DefaultLength)
    {
        var marks = Matches(text, terms, prefixes);
        int from = 0, to = text.Length;
        if (text.Length > length)
        {
            // The window (starting a little before a match) that holds the most matches.
            int bestStart = 0, best = -1;
            foreach (var m in marks)
            {
                int s = Math.Max(0, m.Start - length / 6);
                int n = marks.Count(x => x.Start >= s && x.End <= s + length);
                if (n > best) { best = n; bestStart = s; }
            }
            from = bestStart;
            if (from > 0)
            {
                // Start at a word boundary.
                int sp = text.IndexOfAny([' ', '\n', '\t'], from);
                var next = marks.FirstOrDefault(x => x.End > from);
                if (sp >= 0 && sp < from + 20 && (next == default || sp < next.Start)) from = sp + 1;
            }
            to = Math.Min(text.Length, from + length);
            if (to < text.Length)
            {
                int sp = text.LastIndexOfAny([' ', '\n', '\t'], to - 1, Math.Min(20, to - from));
                if (sp > from) to = sp;
                // Never cut a mark in half.
                foreach (var m in marks) if (m.Start < to && m.End > to) to = m.End;
            }
        }
        var sb = new StringBuilder();
        if (from > 0) sb.Append('…');
        int pos = from;
        foreach (var m in marks)
        {
            if (m.End <= from || m.Start >= to) continue;
            int s = Math.Max(m.Start, from), e = Math.Min(m.End, to);
            Append(sb, text, pos, s);
            sb.Append("<mark>");
            Append(sb, text, s, e);
            sb.Append("</mark>");
            pos = e;
        }
        Append(sb, text, pos, to);
        if (to < text.Length) sb.Append('…');
        return sb.ToString().Trim();
    }

    private static void Append(StringBuilder sb, string text, int from, int to)
    {
        if (to <= from) return;
        var piece = new StringBuilder(to - from);
        bool space = false;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space) { piece.Append(' '); space = false; }
            piece.Append(c);
        }
        if (space) piece.Append(' ');
        Encode(sb, piece);
    }

    /// <summary>Escapes the five HTML-significant characters; other text (ë, €) stays readable.</summary>
    private static void Encode(StringBuilder sb, StringBuilder piece)
    {
        for (int i = 0; i < piece.Length; i++)
        {
            char c = piece[i];
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        }
    }
}
