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
    readonly HashSet<int>? rowStarts;
    Sentences(List<int> starts, HashSet<int>? rowStarts = null) { this.starts = starts; this.rowStarts = rowStarts; }

    /// <summary>Engine 35: sentence <paramref name="index"/> is a table row opened by <see cref="SplitTableRuns"/>; the row before it
    /// is another table cell, not the sentence that leads into it.</summary>
    public bool IsTableRow(int index) => rowStarts is not null && rowStarts.Contains(starts[index]);

    public int Count => starts.Count;

    public static Sentences Split(string text) => Split(text, []);

    /// <summary>
    /// As <see cref="Split(string)"/>; a run of lines without sentence punctuation that holds one of <paramref name="tableRows"/>
    /// is a table, and each of its lines that opens with a capital letter is a sentence (<see cref="SplitTableRuns"/>).
    /// </summary>
    public static Sentences Split(string text, IReadOnlyList<Rule> tableRows)
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
        var rows = tableRows.Count > 0 && text.Length > TableRunLength ? SplitTableRuns(text, starts, tableRows) : null;
        return new Sentences(starts, rows);
    }

    /// <summary>Engine 35: a run without sentence punctuation longer than this can be a table, not a sentence.</summary>
    internal const int TableRunLength = 400;

    /// <summary>
    /// Engine 35: a table converted to text ("Gebeurtenis Duur Voorwaarden", then one line per event) has no sentence
    /// punctuation, so its rows ran on into one "sentence" of thousands of characters, and a negation or an off-topic word in
    /// one row ("Er is geen vergoeding", "Vakbondsactiviteiten") silenced every other row. A run longer than
    /// <see cref="TableRunLength"/> characters with at least three line breaks before a capital letter, in which one of the
    /// taxonomy's <c>table_row_cues</c> matches, is such a table: each line that opens with a capital letter opens a sentence of
    /// its own. Other long runs (forms, address lists, prose) are left as they were: there a far-off cue still covers the run,
    /// as before engine 35.
    /// </summary>
    static HashSet<int>? SplitTableRuns(string text, List<int> starts, IReadOnlyList<Rule> tableRows)
    {
        List<int>? added = null;
        for (int k = 0; k < starts.Count; k++)
        {
            int from = starts[k], to = k + 1 < starts.Count ? starts[k + 1] : text.Length;
            if (to - from <= TableRunLength) continue;
            List<int>? rows = null;
            for (int i = from; i < to - 1; i++)
            {
                if (text[i] != '\n') continue;
                int n = i + 1;
                while (n < to && char.IsWhiteSpace(text[n])) n++;
                if (n < to && char.IsUpper(text[n]) && n > from) (rows ??= []).Add(n);
            }
            if (rows is null || rows.Count < 3 || !ClauseClassifier.AnyMatch(tableRows, text.AsSpan(from, to - from))) continue;
            (added ??= []).AddRange(rows);
        }
        if (added is null) return null;
        // Every row start lies strictly inside its run, so none is already a sentence start: sorting keeps them unique.
        starts.AddRange(added);
        starts.Sort();
        return [.. added];
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
