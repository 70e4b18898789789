using System.Text;
using System.Text.RegularExpressions;
using CaoMonitor.Domain;
using CaoMonitor.Extraction;

namespace CaoMonitor.Normalisation;

/// <summary>
/// Turns extracted pages into clean text: Unicode clean-up, running headers/footers and page
/// numbers removed, words hyphenated at line ends joined (real hyphens kept), and lines that break a
/// sentence joined, so a paragraph is one line. Headings, list items and table rows keep their own
/// lines because segmentation reads them line by line.
/// </summary>
public static partial class TextNormaliser
{
    private sealed class Line(int page, string text)
    {
        public int Page = page;
        public string Text = text;
        /// <summary>The sentence runs on: the line break after this line becomes a space.</summary>
        public bool JoinNext;
        /// <summary>A blank line inside a sentence: not written.</summary>
        public bool Skip;
    }

    /// <param name="joinSplitWords">Join words the extractor split by a stray space (see <see cref="JoinSplitWords"/>); off
    /// only to compare.</param>
    public static NormalisedText Normalise(IReadOnlyList<ExtractedPage> pages, bool joinSplitWords = true)
    {
        var perPage = pages.Select(p => CleanUnicode(p.Text).Split('\n').Select(CleanLine).ToList()).ToList();
        RemoveRunningLines(perPage);
        var numbers = pages.Select(p => p.Number).ToList();
        var pageOffset = RemoveGluedPageNumbers(perPage, numbers);
        RemoveGluedRunningTitles(perPage, numbers, pageOffset);
        // A heading word the extractor split by a stray space ("Artik el 45 a.", "Hoofd stuk 3"; 59 line starts in the real 2024
        // corpus, whose articles otherwise ran on in the article before). Joined only once the glued page numbers and running
        // titles are cut off, so that one behind them ("CAO 2022 ... 76 A RTIKEL 7") starts its line too.
        foreach (var page in perPage)
            for (int k = 0; k < page.Count; k++)
                page[k] = DoubledDot().Replace(SplitDigitsNumber().Replace(SplitHeadingWord().Replace(page[k], m => m.Value.Replace(" ", "")), "${s}${n}${m}."), "${s}${n}.");

        var lines = new List<Line>();
        for (int i = 0; i < perPage.Count; i++)
            lines.AddRange(perPage[i].Select(t => new Line(pages[i].Number, t)));
        JoinDetachedMarkers(lines);
        Dehyphenate(lines);
        if (joinSplitWords) JoinSplitWords(lines);
        JoinSentences(lines);
        return Build(lines, pages);
    }

    public static string CleanUnicode(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool lineHasText = false; // a letter or digit stood before on this line
        foreach (var c in s)
        {
            if (c == '\n') lineHasText = false;
            else if (char.IsLetterOrDigit(c)) lineHasText = true;
            // A symbol font's glyph (private use area: a bullet, an arrow, a check mark) inside a line only separates
            // words ("Artikel 2 \uF09F Definities" reads "Artikel 2 Definities"); one that opens a line is kept (a bullet).
            if (c is >= '\uE000' and <= '\uF8FF' && lineHasText) { sb.Append(' '); continue; }
            switch (c)
            {
                case '\u00AD': sb.Append('\u00AD'); break; // soft hyphen: resolved in Dehyphenate/CleanLine
                case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\t': sb.Append(' '); break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\r': break;
                case '\u2010' or '\u2011': sb.Append('-'); break;
                case '\uFB00': sb.Append("ff"); break;
                case '\uFB01': sb.Append("fi"); break;
                case '\uFB02': sb.Append("fl"); break;
                case '\uFB03': sb.Append("ffi"); break;
                case '\uFB04': sb.Append("ffl"); break;
                case '\uFB05' or '\uFB06': sb.Append("st"); break;
                case '\u2018' or '\u2019' or '\u201B': sb.Append('\''); break; // cao’s -> cao's
                default: sb.Append(c); break;
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string CleanLine(string line)
    {
        // A soft hyphen at the end of a line marks a hyphenation point; elsewhere it is invisible.
        var t = MultiSpace().Replace(line, " ").TrimEnd();
        // Letter-spaced headings ("H O O F D S T U K 4") read as words.
        t = LetterSpaced().Replace(t, m => m.Value.Replace(" ", ""));
        bool softEnd = t.EndsWith('\u00AD');
        t = t.Replace("\u00AD", "", StringComparison.Ordinal);
        return softEnd ? t + "\u00AD" : t;
    }

    /// <summary>
    /// Headers, footers and page numbers: lines near the top or bottom of a page whose shape (digits
    /// ignored) recurs on many pages, and bare page numbers.
    /// </summary>
    private static void RemoveRunningLines(List<List<string>> pages)
    {
        const int Edge = 3;
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
            foreach (var key in EdgeIndexes(page, Edge).Select(i => Shape(page[i])).Distinct())
                counts[key] = counts.GetValueOrDefault(key) + 1;

        // "Artikel 16" alone on a line at the top of many pages recurs in shape only: each page has another number, and a running
        // header repeats its own. Such a bare article heading found at the edge of one page only is the article's heading; so is one
        // found at the edges of pages none of which follows another ("ARTIKEL 1" atop the first page of each part whose articles restart,
        // "Artikel 3" of the cao on page 3 and of a regulation on page 75). A running header repeats on the pages its article spans.
        var exactPages = new Dictionary<string, List<int>>();
        for (int pi = 0; pi < pages.Count; pi++)
            foreach (var key in EdgeIndexes(pages[pi], Edge).Select(i => pages[pi][i].Trim().ToLowerInvariant()).Where(t => BareArticleHeading().IsMatch(t)).Distinct())
                (exactPages.TryGetValue(key, out var on) ? on : exactPages[key] = []).Add(pi);
        var exact = exactPages.ToDictionary(kv => kv.Key, kv => kv.Value.Zip(kv.Value.Skip(1)).All(g => g.Second - g.First >= 2) ? 1 : kv.Value.Count);

        int threshold = pages.Count <= 3 ? 2 : Math.Max(3, (int)Math.Ceiling(pages.Count * 0.25));
        bool Running(string line) => counts.GetValueOrDefault(Shape(line)) >= threshold && line.Length < 160;
        RemoveRunningPrefixes(pages, threshold, Running);
        foreach (var page in pages)
            foreach (var i in EdgeIndexes(page, Edge))
            {
                var line = page[i];
                if (PageNumber().IsMatch(line)
                    || (pages.Count >= 2 && Running(line) && exact.GetValueOrDefault(line.Trim().ToLowerInvariant()) != 1))
                    page[i] = "";
            }
    }

    /// <summary>
    /// A running header that the extractor glued to the page's first line ("Cao Bouw 2024 (def)  5 1.1
    /// Intredekeuring"): the longest prefix of the first line, ending in a page number, whose shape
    /// recurs on many pages is cut off. Then the same is done with the first line that is no running line of
    /// its own (a header removed whole): a footer and its page number glued to the text under the header
    /// ("Versie 2024" / "A - bepalingen vet gedrukt  28 3.9.2 Regeling ..."), where the number runs with the pages.
    /// </summary>
    private static void RemoveRunningPrefixes(List<List<string>> pages, int threshold, Func<string, bool> running)
    {
        if (pages.Count < 3) return;
        var firsts = pages.Select(p => p.FindIndex(l => l.Trim().Length > 0)).ToList();
        var seconds = pages.Select((p, i) => firsts[i] >= 0 && running(p[firsts[i]]) ? p.FindIndex(firsts[i] + 1, l => l.Trim().Length > 0) : firsts[i]).ToList();
        CutRunningPrefixes(pages, threshold, firsts, false);
        CutRunningPrefixes(pages, threshold, seconds, true);
    }

    /// <param name="pageNumbered">Only a prefix whose number runs with the pages (a date's "1" in "versie 1 augustus"
    /// does not) is cut.</param>
    private static void CutRunningPrefixes(List<List<string>> pages, int threshold, List<int> firsts, bool pageNumbered)
    {
        List<string> Prefixes(string line)
        {
            var tokens = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var result = new List<string>();
            // "12 Artikel 5 Titel": a page number before a heading, no running header.
            if (tokens.Length == 0 || HeadingStart().IsMatch(line.Trim()) || HeadingStart().IsMatch(string.Join(' ', tokens.SkipWhile(t => t.All(char.IsDigit))))) return result;
            // Where the number runs with the pages, the footer may also stand alone on the pages where nothing was glued to it.
            for (int k = 3; k < Math.Min(tokens.Length + (pageNumbered ? 1 : 0), 16); k++)
                if (tokens[k - 1].All(char.IsDigit) && tokens[k - 1].Length <= 4 && tokens.Take(k).Any(w => w.Count(char.IsLetter) >= 3))
                    result.Add(string.Join(' ', tokens.Take(k)));
            return result;
        }
        string Key(string prefix, int page) => pageNumbered ? Shape(prefix) + " @" + (int.Parse(prefix[(prefix.LastIndexOf(' ') + 1)..]) - page) : Shape(prefix);
        var counts = new Dictionary<string, int>();
        for (int i = 0; i < pages.Count; i++)
            if (firsts[i] >= 0)
                foreach (var key in Prefixes(pages[i][firsts[i]]).Select(p => Key(p, i)).Distinct())
                    counts[key] = counts.GetValueOrDefault(key) + 1;
        for (int i = 0; i < pages.Count; i++)
        {
            if (firsts[i] < 0) continue;
            var line = pages[i][firsts[i]];
            var prefix = Prefixes(line).LastOrDefault(p => counts[Key(p, i)] >= threshold);
            if (prefix is null) continue;
            var tokens = prefix.Split(' ').Length;
            var rest = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(tokens);
            pages[i][firsts[i]] = string.Join(' ', rest);
        }
    }

    /// <summary>
    /// A page number the extractor glued to the first or last line of a page ("19 Hoofdstuk 3 Bezoldiging",
    /// "86Bijlage 3: Regeling", "- 42 - REGLEMENT ..."), which hides the heading behind it. A leading number
    /// counts as the page number when it stands at a page's edge and differs from the page's position by
    /// the same amount on at least three pages (printed numbering often starts after the cover).
    /// </summary>
    /// <returns>The distance between printed and extracted page numbers where it was found.</returns>
    private static int? RemoveGluedPageNumbers(List<List<string>> pages, List<int> numbers)
    {
        const int Edge = 3;
        var offsets = new Dictionary<int, int>();
        var found = new List<(int Page, int Line, int Offset, int Length)>();
        for (int i = 0; i < pages.Count; i++)
            foreach (var k in EdgeIndexes(pages[i], Edge))
            {
                var m = GluedPageNumber().Match(pages[i][k]);
                if (!m.Success) continue;
                int offset = int.Parse(m.Groups["n"].Value) - numbers[i];
                found.Add((i, k, offset, m.Length));
            }
        foreach (var g in found.GroupBy(f => f.Offset)) offsets[g.Key] = g.Select(f => f.Page).Distinct().Count();
        if (offsets.Count == 0) return null;
        var best = offsets.MaxBy(kv => kv.Value);
        if (best.Value < 3 || best.Value * 20 < pages.Count) return null;
        foreach (var f in found.Where(f => f.Offset == best.Key))
            pages[f.Page][f.Line] = pages[f.Page][f.Line][f.Length..];
        // The page number run together with the lid or article number behind it ("395 De medewerker": page 39, lid 5;
        // "9518.4. Titel"): where the digits start with the page's printed number and a number of that shape remains.
        for (int i = 0; i < pages.Count; i++)
        {
            var printed = (numbers[i] + best.Key).ToString();
            foreach (var k in EdgeIndexes(pages[i], Edge))
            {
                var line = pages[i][k];
                var run = LeadingDigits().Match(line);
                if (!run.Success || run.Groups[1].Value.Length <= printed.Length || !run.Groups[1].Value.StartsWith(printed, StringComparison.Ordinal)) continue;
                var rest = line[(run.Groups[1].Index + printed.Length)..];
                if (!NumberAfterPage().IsMatch(rest)) continue;
                // A one-digit page number: "12. De ..." on page 1 is lid 12, and "12.1 Titel" there article 12.1. Only a
                // decimal article number no cao reaches whole ("92.2 Gewetensbezwaren" on page 9: chapter 92) loses it.
                if (printed.Length < 2 && !(DecimalHeading().IsMatch(rest) && int.Parse(run.Groups[1].Value) > 30)) continue;
                pages[i][k] = rest;
            }
        }
        return best.Key;
    }

    /// <summary>
    /// A running title glued to the text that starts a page, with no space or with the page number between
    /// ("CAO VO 2023/2024Bijlage 10. Sociale zekerheid", "CAO VO 2023/2024 149i. dienstbetrekking"), which
    /// hides the heading or lid behind it. The title is the longest text that starts the first line of many
    /// pages (at least a quarter, and three); it is cut off, with a page number right behind it.
    /// </summary>
    private static void RemoveGluedRunningTitles(List<List<string>> pages, List<int> numbers, int? pageOffset)
    {
        if (pages.Count < 4) return;
        int threshold = Math.Max(3, (int)Math.Ceiling(pages.Count * 0.25));
        var firsts = pages.Select(p => p.FindIndex(l => l.Trim().Length > 0)).ToList();
        var starts = Enumerable.Range(0, pages.Count).Where(i => firsts[i] >= 0)
            .Select(i => (Page: i, Text: pages[i][firsts[i]].Trim())).Where(f => f.Text.Length >= 12).ToList();
        var group = starts.GroupBy(f => f.Text[..10], StringComparer.Ordinal).MaxBy(g => g.Count());
        if (group is null || group.Count() < threshold) return;
        var title = group.Select(f => f.Text).Aggregate((a, b) => a[..Enumerable.Range(0, Math.Min(a.Length, b.Length)).TakeWhile(k => a[k] == b[k]).Count()]);
        // The page numbers that follow may share their first digits ("... 2024 1" of 139 and 149): not the title's.
        var cut = Regex.Match(title, @"\s\d{1,3}$", RegexOptions.None, PatternBudget.Default);
        if (cut.Success) title = title[..cut.Index];
        title = title.TrimEnd();
        if (title.Length < 10 || title.Count(char.IsLetter) < 3 || !title.Contains(' ') || HeadingStart().IsMatch(title)) return;
        // Glued on some pages ("2024Bijlage", "2024 149i."): a heading that merely repeats ("Salarisschalen
        // functiegroep 15") is followed by a space and its own words.
        int glued = group.Count(f => f.Text.Length > title.Length && f.Text.StartsWith(title, StringComparison.Ordinal)
                                     && GluedAfterTitle().IsMatch(f.Text[title.Length..]));
        if (glued < 2) return;
        // A page number run together with a number of the text ("2024 9518.4. Nevenwerkzaamheden": page 95, article
        // 18.4; "2024 4910. Bij ...": page 49, lid 10): the pages where the number stands clear give the distance
        // between printed and extracted page numbers, and that tells how many of the digits are the page's.
        // Where the page edges gave that distance already, the number behind the title is the page's only when it is that one.
        int? offset = pageOffset ?? group.Where(f => f.Text.StartsWith(title, StringComparison.Ordinal))
            .Select(f => (f.Page, M: GluedNumberAfterTitle().Match(f.Text[title.Length..])))
            .Where(x => x.M.Success).GroupBy(x => int.Parse(x.M.Value) - numbers[x.Page])
            .Where(g => g.Count() >= 3).OrderByDescending(g => g.Count()).Select(g => (int?)g.Key).FirstOrDefault();
        foreach (var (page, text) in group)
        {
            if (!text.StartsWith(title, StringComparison.Ordinal)) continue;
            var after = text[title.Length..];
            string rest;
            if (offset is { } o)
            {
                var printed = (numbers[page] + o).ToString();
                var number = NumberAfterTitle().Match(after);
                rest = number.Success && number.Groups[1].Value.StartsWith(printed, StringComparison.Ordinal)
                       && (number.Groups[1].Value.Length > printed.Length || GluedNumberAfterTitle().IsMatch(after))
                    ? after[(number.Groups[1].Index + printed.Length)..].TrimStart()
                    : after.TrimStart();
            }
            else
                rest = GluedNumberAfterTitle().Replace(after, "").TrimStart();
            pages[page][firsts[page]] = rest;
        }
    }

    private static IEnumerable<int> EdgeIndexes(List<string> page, int edge)
    {
        var nonEmpty = Enumerable.Range(0, page.Count).Where(i => page[i].Trim().Length > 0).ToList();
        return nonEmpty.Take(edge).Concat(nonEmpty.TakeLast(edge)).Distinct().ToList();
    }

    private static string Shape(string line) => Digits().Replace(line.Trim().ToLowerInvariant(), "#");

    /// <summary>
    /// A hanging list number ("1." or "a.") that the PDF's reading order put on a line of its own is
    /// joined with the text it numbers, so "1.\n\nDe werknemer…" reads "1. De werknemer…".
    /// </summary>
    private static void JoinDetachedMarkers(List<Line> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (!DetachedMarker().IsMatch(lines[i].Text)) continue;
            int j = i + 1;
            while (j < lines.Count && lines[j].Text.Length == 0 && j - i <= 3) j++;
            if (j == lines.Count || lines[j].Text.Length == 0 || DetachedMarker().IsMatch(lines[j].Text)) continue;
            lines[i].Text = lines[i].Text.Trim() + " " + lines[j].Text.TrimStart();
            for (int k = i + 1; k <= j; k++) lines[k].Text = "";
        }
    }

    /// <summary>
    /// Joins "werk-" + "nemer" into "werknemer". Keeps the hyphen where it is real: inside an existing
    /// compound (van-werk-naar-werk, O&amp;O-fonds), before a capital or digit, before "en"/"of"
    /// ("loon- en salaris"), or where the document itself writes the hyphenated form elsewhere.
    /// The joined fragment moves up so the next line keeps its start.
    /// </summary>
    private static void Dehyphenate(List<Line> lines)
    {
        Dictionary<string, int>? vocabulary = null;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            bool soft = line.EndsWith('\u00AD');
            if (!soft && !(line.Length >= 2 && line[^1] == '-' && char.IsLetter(line[^2]))) continue;
            int j = i + 1;
            while (j < lines.Count && lines[j].Text.Length == 0) j++;
            if (j == lines.Count) { if (soft) lines[i].Text = line[..^1]; break; }
            var next = lines[j].Text.TrimStart();
            var m = FirstWord().Match(next);
            if (!m.Success) { if (soft) lines[i].Text = line[..^1]; continue; }
            var right = m.Value; // with its punctuation, so "budget." moves up whole
            // "scho-" + "lings- of": the rest keeps its own hyphen, or "- of" would start a line (a bullet).
            if (char.IsLetter(right[^1]) && next.Length > right.Length && next[right.Length] == '-'
                && (next.Length == right.Length + 1 || next[right.Length + 1] == ' '))
                right += "-";
            var rightWord = right.TrimEnd('.', ',', ';', ':', '!', '?', ')', '-');
            var stem = line[..^1];
            var left = LastWord().Match(stem).Value;

            bool keep;
            if (soft) keep = false;
            else if (left.Length == 0 || left.Contains('&') || char.IsUpper(left[^1])) keep = true;
            else if (left.Contains('-'))
            {
                // Inside a compound the hyphen is real when either side of it is a word of its own
                // ("van-werk-naar-" + "werk", "doe-het-" + "zelfbranche"), not when a word was cut
                // and neither piece is a word ("risico-inventarisa-" + "tie").
                vocabulary ??= Vocabulary(lines);
                var lastPart = left[(left.LastIndexOf('-') + 1)..];
                keep = (next.Length > right.Length && next[right.Length] == '-')
                       || vocabulary.ContainsKey(rightWord.ToLowerInvariant())
                       || vocabulary.ContainsKey(lastPart.ToLowerInvariant())
                       || vocabulary.GetValueOrDefault((left + "-" + rightWord).ToLowerInvariant()) > 0;
            }
            else if (!char.IsLower(right[0])) keep = true;
            else if (rightWord is "en" or "of" or "tot" or "en/of") keep = true;
            else
            {
                vocabulary ??= Vocabulary(lines);
                keep = vocabulary.GetValueOrDefault((left + "-" + rightWord).ToLowerInvariant())
                       > vocabulary.GetValueOrDefault((left + rightWord).ToLowerInvariant());
            }
            lines[i].Text = (keep ? line : stem) + right;
            lines[j].Text = next[right.Length..].TrimStart();
        }
    }

    /// <summary>
    /// Two-word expressions that Dutch writes apart although their joined form is a word too ("ten minste" beside
    /// "tenminste", "in gang" beside "ingang", "aan bod" beside "aanbod"): the second word is rare in a cao, so the
    /// document's own counts cannot tell them from a split word.
    /// </summary>
    private static readonly HashSet<string> KeptApart = new(StringComparer.Ordinal)
    {
        "ten minste", "ten hoogste", "ten slotte", "ten laste", "ten gunste", "ten tijde", "ten opzichte", "ten behoeve",
        "in gang", "aan bod", "ter zake", "te boven", "in acht", "te kort", "te veel", "te laat", "zo lang", "zo veel",
        "op zich", "op na", "in stand", "te voet", "om heen", "er toe", "er van", "er over", "er voor", "er bij",
    };

    /// <summary>
    /// A word the PDF's glyph spacing split by a stray space ("wor den", "sol liciteren", "andere p assende functie",
    /// "rech t") is joined again when the document itself is the evidence: the joined word occurs whole elsewhere in it,
    /// and the pieces are not both words of the document ("in de", "op een", "voor dat" stay apart even where "inde" or
    /// "voordat" occur). Where one piece is a word of the document ("we rknemer", "werkne mer", "bepal en"), the joined
    /// word must also occur at least twice and three times as often as the pair, so a real pair ("te korten" beside
    /// "tekorten") stays. Only letters are joined: a piece with a digit, a capital inside, a hyphen, a slash or a dot
    /// (amounts, article numbers, codes, abbreviations, web addresses) is never touched, and an all-capital piece
    /// ("CAO", "AOW") neither. Written by hand: no library served to this project repairs split Dutch words, and a
    /// word list would not know the cao's own compounds ("werkgeversbijdrage") that its text does.
    /// </summary>
    private static void JoinSplitWords(List<Line> lines)
    {
        Dictionary<string, int>? vocabulary = null;
        var candidates = new List<(int Line, int Space, string A, string B, string Joined)>();
        for (int i = 0; i < lines.Count; i++)
        {
            var t = lines[i].Text;
            if (t.Length < 3 || t.IndexOf(' ') < 0) continue;
            foreach (Match m in SplitPair(t).Matches(t))
            {
                vocabulary ??= Vocabulary(lines);
                var a = m.Groups["a"].Value;
                var b = m.Groups["b"].Value;
                if (a.Length == 1 && b.Length == 1) continue;
                var joined = (a + b).ToLowerInvariant();
                if (vocabulary.GetValueOrDefault(joined) == 0) continue;
                candidates.Add((i, m.Groups["a"].Index + a.Length, a, b, joined));
            }
        }
        if (candidates.Count == 0) return;
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        // How often a piece stands in a candidate pair (each place once): the rest of its count is where it stands alone.
        var inPairs = new Dictionary<string, int>(StringComparer.Ordinal);
        var places = new HashSet<(int, int)>();
        foreach (var c in candidates)
        {
            var key = c.A.ToLowerInvariant() + " " + c.B;
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
            if (places.Add((c.Line, c.Space - c.A.Length))) inPairs[c.A.ToLowerInvariant()] = inPairs.GetValueOrDefault(c.A.ToLowerInvariant()) + 1;
            if (places.Add((c.Line, c.Space + 1))) inPairs[c.B] = inPairs.GetValueOrDefault(c.B) + 1;
        }
        int Alone(string piece) => vocabulary!.GetValueOrDefault(piece) - inPairs.GetValueOrDefault(piece);
        int lastLine = -1, lastEnd = -1;
        var joins = new List<(int Line, int Space, string Note)>();
        foreach (var c in candidates)
        {
            var key = c.A.ToLowerInvariant() + " " + c.B;
            if (KeptApart.Contains(key)) continue;
            // A piece that was already joined to its left neighbour is not joined again ("sol lici teren" joins once).
            if (c.Line == lastLine && c.Space - c.A.Length <= lastEnd) continue;
            int pair = pairs[key], whole = vocabulary!.GetValueOrDefault(c.Joined);
            int aloneA = Alone(c.A.ToLowerInvariant()), aloneB = Alone(c.B);
            // A word of the document stands alone at least twice; a piece that stands alone once may be a word as well.
            bool wordA = aloneA >= 2, wordB = aloneB >= 2;
            if (wordA && wordB) continue;
            if (wordA || wordB)
            {
                if (whole < 2 || whole < 3 * pair) continue;
                // "het best aan", "beantwoord en": the other piece stands alone elsewhere too, so it is a word.
                if ((wordA ? aloneB : aloneA) >= 1) continue;
            }
            // A short word is easily made by accident ("a la carte" beside one "ala"): it must clearly outnumber the pair.
            if (c.Joined.Length <= 4 && whole < 3 * pair) continue;
            // "kost en inwoning", "de teelt en", "groepen D en E": before "en" a piece must be no word of its own anywhere.
            if (c.B == "en" && (c.A.Length < 2 || aloneA >= 1)) continue;
            // "in te korten" beside "tekorten": "te" before an infinitive stays apart.
            if (c.A is "te" or "Te" && c.B.EndsWith("en", StringComparison.Ordinal)) continue;
            joins.Add((c.Line, c.Space, SplitWordLog is null ? "" : $"{c.A}|{c.B}|{aloneA}|{aloneB}|{pair}|{whole}"));
            lastLine = c.Line; lastEnd = c.Space + 1 + c.B.Length;
        }
        if (SplitWordLog is { } log)
            lock (log)
                foreach (var (line, space, note) in joins)
                    log.WriteLine(note + "\t" + lines[line].Text[..space] + "[_]" + lines[line].Text[(space + 1)..]);
        for (int k = joins.Count - 1; k >= 0; k--)
        {
            var (line, space, _) = joins[k];
            lines[line].Text = lines[line].Text.Remove(space, 1);
        }
    }

    /// <summary>For measuring the repair's precision: with CAOMONITOR_SPLITWORD_LOG set to a file, every line in which a
    /// split word is joined is appended to it with the joined space marked [_] (one line per join), after the pieces and their counts in the
    /// document: a|b|a alone|b alone|count of the pair|count of the joined word.</summary>
    private static readonly StreamWriter? SplitWordLog =
        Environment.GetEnvironmentVariable("CAOMONITOR_SPLITWORD_LOG") is { Length: > 0 } path ? new StreamWriter(path, append: true) { AutoFlush = true } : null;

    /// <summary>
    /// A line that does not end a sentence runs on into the next one: always when the next starts in
    /// lower case (also across blank lines and page breaks), and when it starts with a capital only if
    /// the line is long body text ending in a word or comma with no blank line between. Headings, list
    /// items and table rows are never joined.
    /// </summary>
    private static void JoinSentences(List<Line> lines)
    {
        int head = -1, length = 0; // first line and length of the paragraph being built
        for (int i = 0; i < lines.Count; i++)
        {
            var t = lines[i].Text;
            if (t.Length == 0) continue;
            if (head < 0) { head = i; length = 0; }
            length += t.Length + 1;
            var first = lines[head].Text;
            bool join = false;
            int j = i + 1, blanks = 0;
            while (j < lines.Count && lines[j].Text.Length == 0) { j++; blanks++; }
            if (!".!?:;".Contains(t[^1]) && !t.EndsWith('\u00AD') && j < lines.Count && !(blanks > 3 && lines[j].Page == lines[i].Page))
            {
                var n = lines[j].Text.TrimStart();
                // Body text that stops on a comma or a word that cannot end a sentence: what follows continues it.
                bool runsOn = t[^1] == ',' || ContinuationWord(t).IsMatch(t);
                // "... zoals bedoeld in" / "artikel 5.4 van deze cao": a heading word in lower case after a
                // sentence that runs on is a reference, not a heading.
                bool reference = char.IsLower(n[0]) && (runsOn || length >= 60);
                if (!ListItem().IsMatch(n) && (!HeadingStart().IsMatch(n) || reference))
                {
                    bool heading = HeadingStart().IsMatch(first) || DecimalHeading().IsMatch(first) && length <= 100;
                    // A numbered paragraph ("9.1 De werknemer zal, indien ... door" / "werkgever worden aangemeld")
                    // looks like a heading, but a long line or one that runs on is a sentence.
                    if (heading && (t.Length >= 70 || runsOn)) heading = false;
                    // A heading's title may wrap ("Artikel 43 Hoeveel krijgt de werknemer" / "betaald voor verschoven uren?").
                    if (char.IsLower(n[0])) join = !heading || length > 100 || blanks == 0 && n.Length <= 60 && !".;:,".Contains(n[^1]);
                    else
                        // Before a capital, a digit or an amount only where the line plainly stops mid-sentence:
                        // after a comma or a word that cannot end one ("van de" / "Stichting", "per" / "1 januari").
                        join = (blanks == 0 || lines[j].Page != lines[i].Page) && length >= 50 && !heading
                               && runsOn
                               && (char.IsUpper(n[0]) || n[0] == '€' || char.IsDigit(n[0])) && n.Length > 30;
                }
            }
            if (!join) { head = -1; continue; }
            lines[i].JoinNext = true;
            for (int k = i + 1; k < j; k++) lines[k].Skip = true;
            i = j - 1;
        }
    }

    private static Dictionary<string, int> Vocabulary(List<Line> lines)
    {
        var v = new Dictionary<string, int>();
        bool cut = false; // the previous non-empty line ended in a hyphen
        foreach (var l in lines)
        {
            if (l.Text.Length == 0) continue;
            bool first = true;
            foreach (Match m in Word(l.Text).Matches(l.Text))
            {
                // Words cut at a line end, and the rest of a cut word on the next line, are not
                // evidence of how the document spells them.
                bool rest = first && cut;
                first = false;
                if (rest || (m.Index + m.Length == l.Text.Length && l.Text.EndsWith('-'))) continue;
                var w = m.Value.ToLowerInvariant();
                v[w] = v.GetValueOrDefault(w) + 1;
            }
            cut = l.Text.EndsWith('-');
        }
        return v;
    }

    private static NormalisedText Build(List<Line> lines, IReadOnlyList<ExtractedPage> source)
    {
        var sb = new StringBuilder();
        var pages = new List<Page>();
        var ocr = source.ToDictionary(p => p.Number, p => p.Ocr);
        int li = 0;
        foreach (var p in source)
        {
            int start = sb.Length;
            var pageLines = new List<Line>();
            for (; li < lines.Count && lines[li].Page == p.Number; li++) if (!lines[li].Skip) pageLines.Add(lines[li]);
            // Blank lines at a page's edges are where headers and footers were, not paragraph breaks,
            // so an article that runs on to the next page stays one paragraph.
            int first = pageLines.FindIndex(l => l.Text.Length > 0), last = pageLines.FindLastIndex(l => l.Text.Length > 0);
            bool blank = false;
            for (int k = first; first >= 0 && k <= last; k++)
            {
                var t = pageLines[k].Text;
                if (t.Length == 0) { if (!blank) sb.Append('\n'); blank = true; continue; }
                blank = false;
                sb.Append(t).Append(pageLines[k].JoinNext ? ' ' : '\n');
            }
            pages.Add(new Page(p.Number, start, sb.Length, ocr[p.Number]));
        }
        return new NormalisedText(sb.ToString(), pages);
    }

    [GeneratedRegex(@"[ ]{2,}")] private static partial Regex MultiSpace();
    // A page number before a line's text: "19 Hoofdstuk", "86Bijlage", "- 42 - REGLEMENT", "27 8. Voor", "18 7.4 Scholingsverlof" (a decimal
    // article's heading at the top of the page, which otherwise ran on in the article before; session 31); not "12,5 uur", "3. De", "4a",
    // nor a date or an amount of time ("1 januari 2025 tot en met ...", "12 maanden") that happens to start a page.
    [GeneratedRegex(@"^\s*(?:[-–—]\s*)?(?<n>\d{1,4})(?:(?:\s*[-–—])?\s+(?!(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|uur|uren|jaar|jaren|maand|maanden|week|weken|dag|dagen|werkdagen|procent|euro|keer|x)\b)(?=\p{Lu}|\d{1,2}[.)]?\s+\p{Lu}|\d{1,2}\s+[a-h]\s+\p{Lu}|\d{1,2}\.\s|\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+\p{Lu}|[a-z][.)]\s|\p{Ll}{3,})|(?=\p{Lu}\p{Ll}|\p{Lu}{2,}))")] private static partial Regex GluedPageNumber();
    [GeneratedRegex(@"^\s*(?:\d{1,2}|[a-z])[.)]\s*$")] private static partial Regex DetachedMarker();
    [GeneratedRegex(@"^\s*\d{1,4}(?![\d.,:])")] private static partial Regex GluedNumberAfterTitle();
    [GeneratedRegex(@"^\s*(\d{2,7})")] private static partial Regex LeadingDigits();
    [GeneratedRegex(@"^\s?(\d{1,7})")] private static partial Regex NumberAfterTitle();
    // What a page number glued before it leaves: a lid ("5 De", "10. Bij", "3. In") or an article number ("18.4. Titel", "1.3 Titel").
    [GeneratedRegex(@"^(?:\d{1,2}\.?\s+\p{Lu}|\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu})")] private static partial Regex NumberAfterPage();
    [GeneratedRegex(@"^(?:\p{L}|\s\d{1,4}\p{L})")] private static partial Regex GluedAfterTitle();
    [GeneratedRegex(@"\d+")] private static partial Regex Digits();
    [GeneratedRegex(@"^(?:artikel|art\.)\s*\d{1,3}(?:[.:]\d{1,3})?[a-z]?\.?$")] private static partial Regex BareArticleHeading();
    private const string ContinuationWordText = @"\b(?:de|het|een|van|voor|op|aan|in|met|bij|naar|door|over|om|tot|te|per|vanaf|na|uiterlijk|ten|en|of|dat|die|als|is|zijn|wordt|worden|heeft|hebben|bedraagt|maximaal|minimaal|ca\.|circa|onder|tussen|zoals|de\s+heer|mevrouw)$";
    [GeneratedRegex(ContinuationWordText, RegexOptions.IgnoreCase)] private static partial Regex ContinuationWordTimed();
    [GeneratedRegex(ContinuationWordText, RegexOptions.IgnoreCase, PatternBudget.NoClock)] private static partial Regex ContinuationWordShort();
    private static Regex ContinuationWord(string input) => PatternBudget.IsShort(input) ? ContinuationWordShort() : ContinuationWordTimed();
    [GeneratedRegex(@"(?i)\b(?:h o o f d s t u k|a r t i k e l|b i j l a g e|d e e l|i n h o u d(?: s o p g a v e)?|p a r a g r a a f)\b")] private static partial Regex LetterSpaced();
    [GeneratedRegex(@"^\s*(?i:a ?r ?t ?i ?k ?e ?l|h ?o ?o ?f ?d ?s ?t ?u ?k|b ?i ?j ?l ?a ?g ?e)(?=\s+\d)")] private static partial Regex SplitHeadingWord();
    /// <summary>A two-digit number OCR split into its digits and the dot ("1 0 . Kilometervergoeding", "1 2 . Werknemers met ..."; session 33,
    /// 13 line starts in the real 2022 corpus, whose items and sections ran on in the one before): read "10.". Only with a word after it,
    /// not in a table row ("1 1 . 684,80").</summary>
    [GeneratedRegex(@"^(?<s>\s*)(?<n>[1-9]) (?<m>\d) \.(?=\s+\p{L})")] private static partial Regex SplitDigitsNumber();
    /// <summary>A lid's number with its dot doubled ("2.. De werkgever is bevoegd ...", "5.. Een werkgever kan ..."; session 33, 5 line
    /// starts in the real 2024 and 2022 corpora, whose leden ran on in the lid before): read "2.".</summary>
    [GeneratedRegex(@"^(?<s>\s*)(?<n>\d{1,2})\.\.(?=\s+\p{Lu})")] private static partial Regex DoubledDot();
    [GeneratedRegex(@"^(?:(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]\s|[•▪●○■□◦\-–—*·]\s?)")] private static partial Regex ListItem();
    [GeneratedRegex(@"^(?i:artikel|art\.|hoofdstuk|bijlage|deel|paragraaf|afdeling|thema|titel|§)\s*\d|^(?i:bijlage|deel|hoofdstuk)\s+[A-Z]{1,5}\b")] private static partial Regex HeadingStart();
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}")] private static partial Regex DecimalHeading();
    [GeneratedRegex(@"^\s*(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*(?:[-–—]|(?:van|of|/)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
    [GeneratedRegex(@"^[\p{L}][\p{L}\p{Mn}'’]*[.,;:!?)]*")] private static partial Regex FirstWord();
    [GeneratedRegex(@"[\p{L}\p{N}&'’-]*$")] private static partial Regex LastWord();
    private const string WordText = @"[\p{L}][\p{L}\p{N}&'-]*[\p{L}]";
    [GeneratedRegex(WordText)] private static partial Regex WordTimed();
    [GeneratedRegex(WordText, RegexOptions.None, PatternBudget.NoClock)] private static partial Regex WordShort();
    private static Regex Word(string input) => PatternBudget.IsShort(input) ? WordShort() : WordTimed();
    // Two pieces of letters with one space between: the first a lower-case piece or a capitalised one (a sentence's
    // first word), the second all lower case; neither touches a digit, hyphen, slash, dot, ampersand or apostrophe
    // (an article number, amount, code or abbreviation), the second may end in punctuation. The second piece is in a
    // lookahead, so "wor den vergoed" gives both pairs and the joining decides.
    private const string SplitPairText = @"(?<![\p{L}\p{N}\p{M}\-&'/.@_])(?<a>\p{Lu}?\p{Ll}+|\p{Lu}) (?=(?<b>\p{Ll}+)(?![\p{L}\p{N}\p{M}\-&'/@_])(?![.,;:!?)]*[\p{L}\p{N}]))";
    [GeneratedRegex(SplitPairText)] private static partial Regex SplitPairTimed();
    [GeneratedRegex(SplitPairText, RegexOptions.None, PatternBudget.NoClock)] private static partial Regex SplitPairShort();
    private static Regex SplitPair(string input) => PatternBudget.IsShort(input) ? SplitPairShort() : SplitPairTimed();
}
