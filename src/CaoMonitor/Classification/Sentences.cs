namespace CaoMonitor.Classification;

/// <summary>
/// Sentence boundaries of a clause, as start offsets. Negation, strength cues, attribute ownership and
/// the evidence sentence shown to readers work per sentence. Splits at ". ", "; ", "!", "?" and at line
/// breaks that end a sentence, end a title or open a list item, but not inside amounts ("€ 1.000,-",
/// "1.500,00"), after abbreviations ("art. 5", "o.a.", "m.b.t.", "jo.") or after a list number.
/// </summary>
public sealed class Sentences
{
    readonly List<int> starts;
    Sentences(List<int> starts) => this.starts = starts;

    public int Count => starts.Count;

    public static Sentences Split(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length - 1; i++)
        {
            char c = text[i];
            bool end = c == ';' || c == '!' || c == '?' || (c == '\n' && LineBreakEndsSentence(text, i));
            if (c == '.' && char.IsWhiteSpace(text[i + 1]) && !IsAbbreviation(text, i)) end = true;
            if (!end) continue;
            int next = i + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next < text.Length && next > starts[^1]) { starts.Add(next); i = next - 1; }
        }
        return new Sentences(starts);
    }

    /// <summary>
    /// PDF text breaks lines in mid-sentence (and at page ends), so a line break only ends a sentence
    /// after sentence punctuation or before a list item ("a.", "2.", "-", "•"). A heading line runs on
    /// into the first sentence, which is harmless.
    /// </summary>
    static bool LineBreakEndsSentence(string text, int nl)
    {
        int p = nl - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        if (p < 0) return false;
        if (text[p] is '.' or ':' or ';' or '!' or '?') return true;
        int n = nl + 1;
        while (n < text.Length && char.IsWhiteSpace(text[n])) n++;
        if (n >= text.Length) return false;
        if (text[n] is '-' or '•' or '–' or '*' or '·' or '▪') return true;
        // "a. " / "b) " / "12. " / "3.2 " at the start of the next line.
        int k = n;
        while (k < text.Length && char.IsDigit(text[k])) k++;
        if (k > n && k - n <= 3 && k < text.Length && (text[k] == '.' || text[k] == ')')) return true;
        if (k == n && n + 1 < text.Length && char.IsLetter(text[n]) && (text[n + 1] == '.' || text[n + 1] == ')')
            && n + 2 < text.Length && char.IsWhiteSpace(text[n + 2])) return true;
        return false;
    }

    /// <summary>The whole sentence (or sentences) around a span, trimmed: what a reader sees as evidence.</summary>
    public static (int Start, int End) Around(string text, int start, int end)
    {
        var s = Split(text);
        int first = s.IndexOf(Math.Clamp(start, 0, Math.Max(0, text.Length - 1)));
        int last = s.IndexOf(Math.Clamp(Math.Max(start, end - 1), 0, Math.Max(0, text.Length - 1)));
        int from = s.Bounds(first).Start, to = Math.Min(text.Length, s.Bounds(last).End);
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
        return (from, to);
    }

    static readonly string[] Abbreviations =
        ["art", "artt", "nr", "bijv", "o.a", "m.b.t", "i.p.v", "e.d", "etc", "resp", "max", "min", "ca", "incl", "excl",
         "evt", "zgn", "d.w.z", "t.a.v", "t.b.v", "m.u.v", "vlg", "blz", "jo", "lid", "sub", "cf", "z.s.m", "t/m", "c.q", "o.b.v", "a.s", "m.i.v", "p.p", "w.o", "o.g.v", "i.v.m", "a.g.v", "d.d", "ivm", "mbt", "dhr", "mevr", "mr", "drs", "ir", "jl", "Stb", "Stcrt", "par", "hfdst", "bijl", "pag"];

    /// <summary>The word before a dot is an abbreviation or a list number ("1." at the start of a lid).</summary>
    static bool IsAbbreviation(string text, int dot)
    {
        int s = dot;
        while (s > 0 && !char.IsWhiteSpace(text[s - 1]) && text[s - 1] != '(') s--;
        var word = text.AsSpan(s, dot - s);
        if (word.Length == 0) return true;
        bool digits = true;
        foreach (var ch in word) if (!char.IsDigit(ch) && ch != '.') { digits = false; break; }
        // "1." or "12.3." opening a lid is numbering, not a sentence end; "in 2025." still ends one.
        if (digits && word.Length <= 3 && (s == 0 || text[s - 1] == '\n')) return true;
        if (word.Length == 1 && char.IsLetter(word[0])) return true;
        foreach (var a in Abbreviations)
            if (word.Equals(a, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Start and end offsets of a sentence.</summary>
    public (int Start, int End) Bounds(int index) =>
        (starts[index], index + 1 < starts.Count ? starts[index + 1] : int.MaxValue);

    /// <summary>
    /// The sentence holding <paramref name="position"/> in <paramref name="text"/> (the text this was split from):
    /// its start and end offsets, the end clamped to the text's length. Not trimmed (see <see cref="Around"/>).
    /// </summary>
    public (int Start, int End) At(string text, int position)
    {
        var (start, end) = Bounds(IndexOf(position));
        return (start, Math.Min(end, text.Length));
    }

    /// <summary>Index of the sentence holding a position.</summary>
    public int IndexOf(int pos)
    {
        int lo = 0, hi = starts.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
