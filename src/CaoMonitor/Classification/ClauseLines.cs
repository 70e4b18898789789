namespace CaoMonitor.Classification;

/// <summary>
/// The lines of a clause that state nothing, found before any rule looks for evidence: table-of-contents
/// and index lines, abbreviation and definition-list entries (the taxonomy's <c>noise_lines</c>), a run of
/// lines ending in page numbers, and heading lines ("Artikel 12 Ontwikkelbudget", "4. Persoonlijk
/// opleidingsvoucher"). Evidence, context terms and strength cues on those lines do not count; a heading
/// can still name the subject the way an article title does.
/// </summary>
internal sealed class ClauseLines
{
    /// <summary>Masked stretches of the text (start inclusive, end exclusive), in order.</summary>
    public readonly List<(int Start, int End, string Why)> Masked = [];
    /// <summary>The first heading line of the clause (the article's own heading when the segmenter kept it in the text).</summary>
    public string? Heading;
    /// <summary>Share of the clause's non-blank characters that is masked as table of contents or index.</summary>
    public double TocShare;
    /// <summary>Engine 30: the clause holds an alphabetical glossary (see <see cref="GlossaryStart"/>), masked from its first line on.</summary>
    public bool Glossary;
    /// <summary>Every non-blank line of the clause is masked (nothing in it states anything).</summary>
    public bool AllMasked;

    public bool IsMasked(int pos)
    {
        foreach (var (s, e, _) in Masked)
        {
            if (pos < s) return false;
            if (pos < e) return true;
        }
        return false;
    }

    public bool Overlaps(int start, int end)
    {
        foreach (var (s, e, _) in Masked)
        {
            if (end <= s) return false;
            if (start < e) return true;
        }
        return false;
    }

    public static ClauseLines Analyse(string text, IReadOnlyList<Rule> noiseRules, string? title)
    {
        var result = new ClauseLines();
        var lines = new List<(int Start, int End)>();
        for (int i = 0; i <= text.Length;)
        {
            int nl = text.IndexOf('\n', i);
            int end = nl < 0 ? text.Length : nl;
            lines.Add((i, end));
            if (nl < 0) break;
            i = nl + 1;
        }
        var kinds = new string?[lines.Count];
        for (int li = 0; li < lines.Count; li++)
        {
            var (s, e) = lines[li];
            var line = text.AsSpan(s, e - s);
            if (line.IsWhiteSpace()) continue;
            foreach (var r in noiseRules)
                if (r.IsMatch(line)) { kinds[li] = r.Id; break; }
        }
        // A run of two or more lines ending (or starting) in a page number is a table of contents or an index.
        for (int li = 0; li < lines.Count; li++)
        {
            if (kinds[li] is not null || !PageNumbered(text, lines[li])) continue;
            int prev = PrevNonBlank(text, lines, li), next = NextNonBlank(text, lines, li);
            if ((prev >= 0 && (kinds[prev] is "toc-page" || PageNumbered(text, lines[prev]))) ||
                (next >= 0 && PageNumbered(text, lines[next])))
                kinds[li] = "toc-page";
        }
        // A run of three or more short lines that each open with a section number ("7.3 Verlofbudget",
        // "7.4 Levensfasebudget.") is a table of contents, with or without page numbers or dot leaders.
        for (int li = 0; li < lines.Count; li++)
        {
            int run = 0;
            while (li + run < lines.Count && SectionEntry(text, lines[li + run])) run++;
            if (run >= 3)
                for (int k = li; k < li + run; k++) kinds[k] ??= "toc-numbered";
            li += run;
        }
        // A keyword index without page numbers ("Functioneringsgesprek", "Fusie", "Garantielonen", "Koopdagen (zie
        // Vitaliteitsverlof)"): a run of six or more short capitalised lines without sentence punctuation, in alphabetical order.
        for (int li = 0; li < lines.Count; li++)
        {
            if (!IndexEntry(text, lines[li], out char first)) continue;
            var run = new List<int> { li };
            var subs = new List<int>();
            char last = first;
            int j = li + 1;
            for (; j < lines.Count; j++)
            {
                if (text.AsSpan(lines[j].Start, lines[j].End - lines[j].Start).IsWhiteSpace()) continue;
                // Engine 18: a sub-entry under a keyword ("Pensioen" then "- ouderdoms", "- arbeidsongeschiktheid") continues the index.
                if (IndexSubEntry(text, lines[j])) { subs.Add(j); continue; }
                if (!IndexEntry(text, lines[j], out char f) || f < last) break;
                run.Add(j); last = f;
            }
            if (run.Count >= 6 && last != first)
            {
                foreach (var k in run) kinds[k] ??= "toc-keyword-index";
                foreach (var k in subs) kinds[k] ??= "toc-keyword-index";
            }
            li = Math.Max(li, j - 1);
        }
        // Engine 30: a table of contents of numbered articles without page numbers ("99. Kwalificatieplichtige werknemer", "100.
        // Deeltijdonderwijs", "105A Regeling vervroegd uittreden (RVU)", chapter lines in capitals between): at least four such
        // lines whose numbers rise by at most one, from article 10 on, or at least six from any number. A numbered list of a few
        // short items ("1. Opleiding", "2. Loopbaanadvies") starts low and stays short.
        for (int li = 0; li < lines.Count; li++)
        {
            if (kinds[li] is not null || !ArticleEntry(text, lines[li], out int firstNumber)) continue;
            int last = firstNumber, count = 1, end = li;
            for (int j = li + 1; j < lines.Count; j++)
            {
                var s = text.AsSpan(lines[j].Start, lines[j].End - lines[j].Start).Trim();
                if (s.Length == 0 || InCapitals(s)) continue;
                if (ArticleEntry(text, lines[j], out int n) && n >= last && n <= last + 1) { count++; last = n; end = j; continue; }
                break;
            }
            if (count >= 6 || (count >= 4 && firstNumber >= 10))
                for (int k = li; k <= end; k++)
                    if (!text.AsSpan(lines[k].Start, lines[k].End - lines[k].Start).IsWhiteSpace()) kinds[k] ??= "toc-articles";
            li = end;
        }
        // Engine 30: a subject index that refers to articles, not pages ("Overwerk 4.7.6", "Pensioen 11.3, 18.3", "Sociaal Beleid
        // bijlage J"): a run of six or more such lines in alphabetical order.
        {
            var run = new List<int>();
            char lastLetter = '\0';
            void Flush()
            {
                if (run.Count >= 6) foreach (var k in run) kinds[k] ??= "toc-article-index";
                run.Clear();
            }
            for (int li = 0; li < lines.Count; li++)
            {
                if (text.AsSpan(lines[li].Start, lines[li].End - lines[li].Start).IsWhiteSpace()) continue;
                if (ArticleIndexEntry(text, lines[li], out char f))
                {
                    if (run.Count > 0 && f < lastLetter) Flush();
                    run.Add(li);
                    lastLetter = f;
                    continue;
                }
                Flush();
            }
            Flush();
        }
        // An index or a table of contents flowed into running text ("Aansprakelijkheid werkgever 9.2 Academisch
        // medisch specialisten 15.1 ..."): a dense run of section numbers inside a line, masked on its own.
        var runs = IndexRuns(text);
        int tocChars = 0, allChars = 0;
        for (int li = 0; li < lines.Count; li++)
        {
            var (s, e) = lines[li];
            int len = text.AsSpan(s, e - s).Trim().Length;
            allChars += len;
            if (kinds[li] is { } k && k.StartsWith("toc", StringComparison.Ordinal)) tocChars += len;
        }
        foreach (var (rs, re) in runs)
        {
            int li = LineOf(lines, rs);
            if (kinds[li] is not null && kinds[li]!.StartsWith("toc", StringComparison.Ordinal)) continue;
            tocChars += Math.Min(re, lines[li].End) - rs;
        }
        result.TocShare = allChars == 0 ? 0 : Math.Min(1, (double)tocChars / allChars);

        // Engine 30: an alphabetical glossary ("A", "▪ Arbeidsduur : de jaarurennorm ...", "B", "▪ BBL: een opleiding ...") defines
        // terms and arranges nothing; from its first letter or entry line to the end of the clause nothing counts, continuation
        // lines of an entry ("• ziekte, vakantie, BBL-opleidingsverlof ...") included.
        int glossary = GlossaryStart(text, lines);
        if (glossary >= 0)
        {
            result.Glossary = true;
            for (int li = glossary; li < lines.Count; li++)
                if (!text.AsSpan(lines[li].Start, lines[li].End - lines[li].Start).IsWhiteSpace()) kinds[li] ??= "glossary";
        }

        for (int li = 0; li < lines.Count; li++)
        {
            if (kinds[li] is null && IsHeading(text, lines, li, title))
            {
                kinds[li] = "heading";
                if (PrevNonBlank(text, lines, li) < 0) result.Heading = text[lines[li].Start..lines[li].End].Trim();
            }
        }
        MaskTrailingHeading(text, lines, kinds);
        result.AllMasked = true;
        for (int li = 0; li < lines.Count; li++)
            if (kinds[li] is null && !text.AsSpan(lines[li].Start, lines[li].End - lines[li].Start).IsWhiteSpace()) { result.AllMasked = false; break; }
        for (int li = 0; li < lines.Count; li++)
            if (kinds[li] is { } why) result.Masked.Add((lines[li].Start, lines[li].End, why));
        if (runs.Count > 0)
        {
            foreach (var (rs, re) in runs) result.Masked.Add((rs, re, "toc-index-run"));
            result.Masked.Sort((a, b) => a.Start.CompareTo(b.Start));
            // Keep the list ordered and without overlaps (Overlaps and IsMasked walk it in order).
            var merged = new List<(int Start, int End, string Why)>(result.Masked.Count);
            foreach (var m in result.Masked)
                if (merged.Count > 0 && m.Start < merged[^1].End)
                    merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, m.End), merged[^1].Why);
                else merged.Add(m);
            result.Masked.Clear();
            result.Masked.AddRange(merged);
        }
        return result;
    }

    /// <summary>A line that opens with an article keyword and number and a capitalised title ("Art ikel 36. Een andere functie").</summary>
    static readonly TieredRegex NextArticleLead = new(
        @"^(?i:a ?r ?t ?i ?k ?e ?l|art\.)\s*\d{1,3}(\.\d{1,2}){0,2}[a-z]?\.?\s*[:\-–]?\s*\p{Lu}",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(2));

    static readonly TieredRegex SectionNumber = new(
        @"(?<![\d.,])(\d{1,3}\.\d{1,2}(\.\d{1,2})?[a-z]?|\d{1,3})(?![\d,]|\.\d)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(2));

    /// <summary>
    /// Stretches where section numbers follow each other closely: at least six dotted numbers ("9.2.1", "15.1")
    /// no more than 60 characters apart, or at least eight numbers of any kind no more than 12 characters apart
    /// ("2 3 4 5 6 7 8 9 10"). Running text rarely cites six sections in a row without a sentence in between.
    /// </summary>
    static List<(int Start, int End)> IndexRuns(string text)
    {
        var found = new List<(int Start, int End)>();
        if (text.Length < 40) return found;
        var nums = new List<(int Start, int End, bool Dotted)>();
        foreach (System.Text.RegularExpressions.ValueMatch m in SectionNumber.EnumerateMatches(text))
            nums.Add((m.Index, m.Index + m.Length, text.AsSpan(m.Index, m.Length).Contains('.')));
        if (nums.Count < 6) return found;
        Collect(nums.FindAll(n => n.Dotted), 60, 6, text, found);
        Collect(nums, 12, 8, text, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    static void Collect(List<(int Start, int End, bool Dotted)> nums, int maxGap, int minRun, string text, List<(int Start, int End)> found)
    {
        int i = 0;
        while (i < nums.Count)
        {
            int j = i;
            // A run stops at a finished sentence ("... 9.2. De werkgever") as well as at a wide gap.
            while (j + 1 < nums.Count && nums[j + 1].Start - nums[j].End <= maxGap && !SentenceBreak(text, nums[j].End, nums[j + 1].Start)) j++;
            if (j - i + 1 >= minRun)
            {
                // Start at the entry word before the first number (the index entry it belongs to).
                int start = nums[i].Start;
                int back = Math.Max(0, start - maxGap);
                int ws = text.LastIndexOfAny(['.', ';', ':', '\n'], start - 1 < 0 ? 0 : start - 1, start - back);
                start = ws >= back ? ws + 1 : back;
                found.Add((start, nums[j].End));
            }
            i = j + 1;
        }
    }

    static bool SentenceBreak(string text, int from, int to)
    {
        for (int k = from; k < to - 1; k++)
            if (text[k] is '.' or '!' or '?' && text[k + 1] == ' ' && k + 2 < text.Length && char.IsUpper(text[k + 2])) return true;
        return false;
    }

    static int LineOf(List<(int Start, int End)> lines, int pos)
    {
        for (int i = 0; i < lines.Count; i++)
            if (pos <= lines[i].End) return i;
        return lines.Count - 1;
    }

    /// <summary>
    /// The next article's heading, glued to the end of this clause by the page layout ("9.2" then "Mogelijkheden
    /// voor instroom en loopbaanontwikkeling", or "12.2 Wat zijn de afspraken over opleiding?"): the last line, short,
    /// without closing punctuation (a question mark allowed), after a finished sentence or a bare section number.
    /// </summary>
    static void MaskTrailingHeading(string text, List<(int Start, int End)> lines, string?[] kinds)
    {
        int last = lines.Count - 1;
        while (last >= 0 && text.AsSpan(lines[last].Start, lines[last].End - lines[last].Start).IsWhiteSpace()) last--;
        if (last < 0 || kinds[last] is not null) return;
        var line = text.AsSpan(lines[last].Start, lines[last].End - lines[last].Start).Trim();
        // "Artikel 36. Een andere functie en omscholing." (also OCR-split: "Art ikel 36.") after a finished sentence opens the
        // next article, whatever punctuation its title ends with.
        if (line.Length <= 100 && NextArticleLead.IsMatch(line) && PrevNonBlank(text, lines, last) is var before and >= 0
            && EndsSentence(text, lines[before]))
        {
            kinds[last] = "heading";
            return;
        }
        if (line.Length < 3 || line.Length > 80 || line[^1] is '.' or ';' or ':' or ',' or '!') return;
        int words = Words(line);
        if (words > 10) return;
        int i = NumberLead(line);
        if (i >= line.Length || !char.IsUpper(line[i])) return;
        int lastSpace = line.LastIndexOf(' ');
        var lastWord = lastSpace < 0 ? line : line[(lastSpace + 1)..];
        foreach (var w in ContinuationWords)
            if (lastWord.Equals(w, StringComparison.OrdinalIgnoreCase)) return;
        // Bare section numbers between the heading and the sentence before it belong to the heading.
        var numbers = new List<int>();
        int prev = PrevNonBlank(text, lines, last);
        while (prev >= 0 && BareNumber(text, lines[prev])) { numbers.Add(prev); prev = PrevNonBlank(text, lines, prev); }
        if (prev < 0) return;  // the clause's only line: a heading-only clause is handled by the classifier
        var p = text.AsSpan(lines[prev].Start, lines[prev].End - lines[prev].Start).TrimEnd();
        bool finished = p.Length > 0 && p[^1] is '.' or '!' or '?';
        // Engine 21: a numbered section heading above a numbered sub-heading ("2. Subsidies" then "2.a. Leeftijdssubsidies ...
        // (BBL)") after a finished sentence: both open the next section.
        if (!finished && i > 0 && numbers.Count == 0 && kinds[prev] is null or "heading" && NumberedTitle(p.Trim())
            && PrevNonBlank(text, lines, prev) is var before2 and >= 0 && EndsSentence(text, lines[before2]))
        {
            kinds[last] = "heading";
            kinds[prev] = "heading";
            return;
        }
        // Engine 18: a heading in capitals wrapped over two lines ("12 STICHTING SCHOLINGSFONDS VOOR HET" then "SCHILDERSBEDRIJF")
        // after a finished sentence opens the next article.
        if (!finished && numbers.Count == 0 && kinds[prev] is null && p.Length <= 100 && InCapitals(line) && InCapitals(p)
            && PrevNonBlank(text, lines, prev) is var pp and >= 0 && EndsSentence(text, lines[pp]))
        {
            kinds[last] = "heading";
            kinds[prev] = "heading";
            return;
        }
        // A heading that is only a number-led line needs a number or a finished sentence before it; a list item
        // after a line ending in ":" or ";" is part of the clause.
        if (!finished) return;
        // A short last sentence line right after another; a line in capitals ("OPLEIDINGEN EN EDUCATIEF VERLOF") is a heading.
        if (numbers.Count == 0 && i == 0 && prev == last - 1 && !InCapitals(line)) return;
        kinds[last] = "heading";
        foreach (var n in numbers) kinds[n] = "heading";
    }

    /// <summary>Where the text of a line starts after its section number: "2. ", "9.2 ", and (engine 21) a lettered sub-number,
    /// "2.g. ", "7.6.a ", "4b. "; 0 when the line starts with no number.</summary>
    static int NumberLead(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && (char.IsDigit(line[i]) || line[i] is '.' or ' ')) i++;
        if (i > 0 && i + 1 < line.Length && char.IsDigit(line[0]) && (char.IsDigit(line[i - 1]) || line[i - 1] == '.')
            && line[i] is >= 'a' and <= 'z' && line[i + 1] is '.' or ' ')
        {
            i++;
            while (i < line.Length && line[i] is '.' or ' ') i++;
        }
        return i;
    }

    /// <summary>"2. Subsidies", "12.1 Opleidingen": a section number, then a short capitalised title without closing punctuation.</summary>
    static bool NumberedTitle(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line.Length > 80 || line[^1] is '.' or ';' or ':' or ',' or '!' or '?') return false;
        int i = NumberLead(line);
        if (i == 0 || i >= line.Length || !char.IsUpper(line[i])) return false;
        int words = Words(line);
        return words <= 8;
    }

    /// <summary>Words as the extractor spaced them: one more than the spaces.</summary>
    static int Words(ReadOnlySpan<char> s)
    {
        int n = 1;
        foreach (var ch in s) if (ch == ' ') n++;
        return n;
    }

    static bool InCapitals(ReadOnlySpan<char> line)
    {
        int letters = 0;
        foreach (var ch in line)
        {
            if (char.IsLower(ch)) return false;
            if (char.IsLetter(ch)) letters++;
        }
        return letters >= 6;
    }

    /// <summary>A line that is only a section number: "9.2", "12. 12.1".</summary>
    static bool BareNumber(string text, (int Start, int End) line)
    {
        var s = text.AsSpan(line.Start, line.End - line.Start).Trim();
        if (s.Length == 0 || s.Length > 12) return false;
        foreach (var ch in s) if (!(char.IsDigit(ch) || ch is '.' or ' ')) return false;
        return char.IsDigit(s[0]);
    }

    /// <summary>"- reglement", "- Kort verzuim (overlijden, huwelijk)": a keyword index's sub-entry, a dash and at most 13 words without sentence punctuation.</summary>
    static bool IndexSubEntry(string text, (int Start, int End) line)
    {
        var s = text.AsSpan(line.Start, line.End - line.Start).Trim();
        if (s.Length < 3 || s.Length > 100 || s[0] is not ('-' or '–') || s[1] != ' ') return false;
        if (s.IndexOfAny(".;:?!".AsSpan()) >= 0) return false;
        int words = Words(s);
        return words <= 13;
    }

    /// <summary>"Gereedschapsvergoeding", "Inlening arbeidskrachten", "Loongroepen (bijlage 1)": a short capitalised line of at most
    /// four words without sentence punctuation; <paramref name="first"/> is its first letter, lower-cased, for the alphabetical check.</summary>
    static bool IndexEntry(string text, (int Start, int End) line, out char first)
    {
        first = '\0';
        var s = text.AsSpan(line.Start, line.End - line.Start).Trim();
        if (s.Length < 1 || s.Length > 45 || !char.IsUpper(s[0])) return false;
        if (s.IndexOfAny(".;:?!".AsSpan()) >= 0) return false;
        int words = Words(s);
        if (words > 4) return false;
        first = char.ToLowerInvariant(s[0]);
        return true;
    }

    /// <summary>"7.3 Verlofbudget", "7.6.a Seniorenregeling ....": a dotted section number, then a short title without a sentence.</summary>
    static bool SectionEntry(string text, (int Start, int End) line)
    {
        var s = text.AsSpan(line.Start, line.End - line.Start).Trim();
        if (s.Length < 5 || s.Length > 80) return false;
        int k = 0, dots = 0;
        while (k < s.Length && (char.IsDigit(s[k]) || s[k] == '.')) { if (s[k] == '.') dots++; k++; }
        if (k == 0 || !char.IsDigit(s[0]) || dots == 0 || (dots == 1 && s[k - 1] == '.')) return false;
        if (k < s.Length && char.IsLower(s[k]) && k + 1 < s.Length && s[k + 1] is ' ') k++;
        if (k >= s.Length - 1 || s[k] != ' ' || !char.IsUpper(s[k + 1])) return false;
        var body = s[(k + 1)..];
        var rest = body.TrimEnd(".… ".AsSpan());
        if (rest.IndexOfAny(';', ':', ',') >= 0) return false;
        int words = Words(rest);
        // "12.1 De werknemer heeft recht op vijf dagen." is a numbered paragraph: a full stop after more than a few words ends a sentence.
        bool fullStop = body.Length - rest.Length == 1 && body[^1] == '.';
        return words <= 8 && !(fullStop && words > 3);
    }

    /// <summary>"99. Kwalificatieplichtige werknemer", "105A Regeling vervroegd uittreden (RVU)": an article number (a letter and a
    /// dot allowed), then a capitalised title of at most 80 characters without sentence punctuation; <paramref name="number"/> is the number.</summary>
    static bool ArticleEntry(string text, (int Start, int End) line, out int number)
    {
        number = 0;
        var s = text.AsSpan(line.Start, line.End - line.Start).Trim();
        if (s.Length < 4 || s.Length > 90) return false;
        int k = 0;
        while (k < s.Length && k < 4 && char.IsDigit(s[k])) k++;
        if (k is 0 or > 3) return false;
        number = int.Parse(s[..k]);
        if (k < s.Length && char.IsLetter(s[k]) && k + 1 < s.Length && s[k + 1] is ' ' or '.') k++;
        if (k < s.Length && s[k] == '.') k++;
        if (k >= s.Length || s[k] != ' ') return false;
        var title = s[k..].TrimStart();
        if (title.Length < 2 || title.Length > 80 || !char.IsUpper(title[0])) return false;
        return title.IndexOfAny(".;:!?".AsSpan()) < 0;
    }

    /// <summary>"Overwerk 4.7.6", "Pensioen 11.3, 18.3", "Sociaal beleidskader 1.7Sociaal plan 1.8", "Stagevergoeding bijlage G": a line of an
    /// index that starts with a word, has no sentence punctuation and ends in an article number ("4.7", "9.2.1", "15.9.2a") or an
    /// appendix letter; <paramref name="first"/> is its first letter, lower-cased.</summary>
    static bool ArticleIndexEntry(string text, (int Start, int End) line, out char first)
    {
        first = '\0';
        var s = text.AsSpan(line.Start, line.End - line.Start).Trim();
        if (s.Length < 4 || s.Length > 120 || !char.IsLetter(s[0])) return false;
        if (s.IndexOfAny(";:!?".AsSpan()) >= 0 || s[^1] == '.' || s.Contains(". ", StringComparison.Ordinal)) return false;
        if (!ArticleReferenceAtEnd.IsMatch(s)) return false;
        first = char.ToLowerInvariant(s[0]);
        return true;
    }

    static readonly TieredRegex ArticleReferenceAtEnd = new(
        @"\s(\d{1,2}\.\d{1,2}(\.\d{1,2})?[a-z]?|bijlage [A-Z0-9]{1,5})$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(2));

    /// <summary>A list bullet as the PDFs print it: dash, bullet, square, middle dot, en dash, and the Symbol font's private-use
    /// bullets (U+F0A7, U+F0B7, U+F02D).</summary>
    const string Bullet = @"[-•▪·*–\uf0a7\uf0b7\uf02d]";

    /// <summary>"▪ Bpvo (beroepspraktijkvormingsovereenkomst): de overeenkomst ..."," "Cao-partijen : de werkgevers- en ...": a glossary
    /// entry, a short term (a bracketed explanation allowed) and a colon, with the definition on the same line.</summary>
    static readonly TieredRegex GlossaryEntry = new(
        @"^\s*" + Bullet + @"?\s*\p{L}[\p{L}\p{N}\-/&'’. ]{0,50}(\([^()\n]{1,60}\))?\s?:\s*\S",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(2));

    /// <summary>
    /// Engine 30: the first line of an alphabetical glossary, or -1. A glossary has at least three entry lines ("Term : de ...")
    /// and at least one line that is a single capital letter ("A", "B", ...), the letters in alphabetical order, as a list of
    /// definitions under "Definities en begrippen" is laid out; it starts at its first letter or entry line.
    /// </summary>
    static int GlossaryStart(string text, List<(int Start, int End)> lines)
    {
        int entries = 0, letters = 0, first = -1;
        char last = '\0';
        for (int li = 0; li < lines.Count; li++)
        {
            var s = text.AsSpan(lines[li].Start, lines[li].End - lines[li].Start).Trim();
            if (s.Length == 1 && s[0] is >= 'A' and <= 'Z')
            {
                if (s[0] <= last) return -1;
                last = s[0]; letters++;
                if (first < 0) first = li;
            }
            else if (s.Length > 3 && GlossaryEntry.IsMatch(s))
            {
                entries++;
                if (first < 0) first = li;
            }
        }
        return entries >= 3 && letters >= 1 ? first : -1;
    }

    /// <summary>"- (laten) opmaken van ...", "• Aansturen van de medewerkers ...", "- beoordelen/stimuleren van ...": a list item that
    /// opens with a bare infinitive, the way a function description lists its tasks.</summary>
    static readonly TieredRegex TaskItem = new(
        @"^\s*" + Bullet + @"\s*(\(\p{L}+\)\s*)?(het\s+)?(\(\p{L}+\)\s*)?(?<verb>\p{L}{3,}(en|eren)(/\p{L}+)?)\s+(van|voor|op|aan|met|in|bij|over|en|de|het|een|naar|tot|zijn|haar)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(2));

    static readonly TieredRegex ListItem = new(
        @"^\s*" + Bullet + @"\s*\S",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(2));

    /// <summary>Words of a function book: a result area, core tasks, the function's aim, its requirements.</summary>
    static readonly TieredRegex FunctionBookWord = new(
        @"\bresulta(at|ten)\b|\bresultaatgebied\w*|\bkerntaken\b|\bkernactiviteiten\b|\bfunctiedoel\b|\bdoel van de functie\b|\bverantwoordelijkheidsgebied\w*|\bfunctie-?eisen\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(2));

    /// <summary>The headings of a function profile; three different ones in a clause make it a function description.</summary>
    static readonly TieredRegex FunctionBookHeading = new(
        @"\b(functienaam|functiefamilie|normfunctie|referentiefunctie|resultaatgebied\w*|kerntaken|kernactiviteiten|functiedoel|doel van de functie|kennis en vaardigheden|werk- en denkniveau|werkdenkniveau|plaats in de organisatie|organisatorische positie|functie-?eisen|resultaatindicatoren|gedragscriteria|verantwoordelijkheidsgebied\w*|rapporteert aan"
        // Engine 32: the grading factors of a job-grading handbook, which walks through a function's scores factor by factor.
        + @"|tijdsdruk|risico op schade|afbreukrisico\w*|afbreukverantwoordelijkheid|uitdrukkingsvaardigheid|bewegingsvaardigheid|oplettendheid|bezwarende omstandigheden|regelcapaciteit|handelingsvrijheid|samengesteldheid|overige functie-?eisen)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(2));

    static int FunctionBookHeadings(string text)
    {
        HashSet<string>? seen = null;
        foreach (System.Text.RegularExpressions.Match m in FunctionBookHeading.Matches(text))
        {
            (seen ??= new(StringComparer.OrdinalIgnoreCase)).Add(m.Value.StartsWith("resultaatgebied", StringComparison.OrdinalIgnoreCase) ? "resultaatgebied"
            : m.Value.StartsWith("afbreukrisico", StringComparison.OrdinalIgnoreCase) ? "afbreukrisico" : m.Value);
            if (seen.Count >= 3) break;
        }
        return seen?.Count ?? 0;
    }

    /// <summary>
    /// Engine 30: a function description (issue 11 item 3: never labelled). Its tasks stand as a list of bare infinitives ("- voeren van
    /// functioneringsgesprekken, maken van ontwikkelafspraken;", "• Zorgdragen voor de uitvoering van het personeelsbeleid"): at
    /// least four such items with at least three different verbs, at least half of the clause's list items, and a word of a function
    /// book ("Resultaat:", "Resultaatgebieden", "Kerntaken", "Functiedoel") in the clause, its title or its parent's title.
    /// </summary>
    internal static bool FunctionDescription(string text, string? title, string? parent)
    {
        // A profile or a whole function book flowed into one clause, tasks in prose or tables: three different headings of a
        // function book ("Functiedoel", "Resultaatgebieden", "Kennis en vaardigheden", "Plaats in de organisatie").
        if (FunctionBookHeadings(text) >= 3) return true;
        int items = 0, tasks = 0;
        var verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            if (!ListItem.IsMatch(line)) continue;
            items++;
            var m = TaskItem.Match(line.ToString());
            if (!m.Success) continue;
            var verb = m.Groups["verb"].Value;
            int slash = verb.IndexOf('/');
            if (slash > 0) verb = verb[..slash];
            // Nouns that end like an infinitive ("opleidingen", "mogelijkheden", "tijden") are no tasks.
            if (verb.Length < 5 || verb.EndsWith("ingen", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("heden", StringComparison.OrdinalIgnoreCase)
                || verb.EndsWith("ijden", StringComparison.OrdinalIgnoreCase)) continue;
            tasks++;
            verbs.Add(verb);
        }
        if (tasks < 4 || verbs.Count < 3 || tasks * 2 < items) return false;
        return FunctionBookWord.IsMatch(text) || FunctionBookWord.IsMatch(title ?? "") || FunctionBookWord.IsMatch(parent ?? "");
    }

    static readonly string[] ContinuationWords =
        ["de", "het", "een", "van", "op", "in", "voor", "met", "per", "en", "of", "aan", "bij", "tot", "die", "dat", "te", "om", "naar", "door", "over", "uit", "als", "is", "zijn", "wordt", "worden", "heeft", "hebben", "kan", "kunnen", "mag", "moet"];

    static int PrevNonBlank(string text, List<(int Start, int End)> lines, int li)
    {
        for (int i = li - 1; i >= 0; i--)
            if (!text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start).IsWhiteSpace()) return i;
        return -1;
    }

    static int NextNonBlank(string text, List<(int Start, int End)> lines, int li)
    {
        for (int i = li + 1; i < lines.Count; i++)
            if (!text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start).IsWhiteSpace()) return i;
        return -1;
    }

    static bool PageNumbered(string text, (int Start, int End) line) => EndsInPageNumber(text, line) || StartsWithPageNumber(text, line);

    /// <summary>"37 Functioneringsgesprekken en beoordelen": a page number, then a capitalised title without closing punctuation.</summary>
    static bool StartsWithPageNumber(string text, (int Start, int End) line)
    {
        var s = text.AsSpan(line.Start, line.End - line.Start).Trim();
        if (s.Length < 5 || s.Length > 90 || s[^1] is '.' or ';' or ':' or ',') return false;
        int k = 0;
        while (k < s.Length && char.IsDigit(s[k])) k++;
        return k is > 0 and <= 3 && k + 1 < s.Length && s[k] == ' ' && char.IsUpper(s[k + 1]);
    }

    /// <summary>"Scholingsbudget 14" / "91. EVC-toets 103": words, then a page number, no sentence punctuation.</summary>
    static bool EndsInPageNumber(string text, (int Start, int End) line)
    {
        var s = text.AsSpan(line.Start, line.End - line.Start).Trim();
        if (s.Length < 4 || s.Length > 100) return false;
        int k = s.Length;
        while (k > 0 && char.IsDigit(s[k - 1])) k--;
        if (k == s.Length || s.Length - k > 3 || k == 0 || !char.IsWhiteSpace(s[k - 1])) return false;
        var words = s[..k].TrimEnd();
        // "5.1 Ontwikkelingsbudget blz. 30": the page number may carry its own word.
        foreach (var w in (string[])["blz.", "pag.", "p.", "blz", "pagina"])
            if (words.EndsWith(w, StringComparison.OrdinalIgnoreCase) && words.Length > w.Length && char.IsWhiteSpace(words[^(w.Length + 1)]))
            { words = words[..^w.Length].TrimEnd(); break; }
        if (words.Length == 0 || words[^1] is '.' or ';' or ',' or ':' or '€' or '-' or '–') return false;
        // "binnen 4 weken na 1 januari 2024" wraps, but the words before a page number have no verb endings to test cheaply;
        // a run of such lines (required by the caller) is what makes it an index.
        return char.IsLetter(words[^1]) || words[^1] == ')';
    }

    /// <summary>
    /// A heading: a short line without closing punctuation that opens the clause or follows a finished
    /// sentence or a blank line, starts with a capital or a number, and is followed by more text.
    /// PDF lines wrap inside sentences, so a short line after an unfinished one is the end of a sentence.
    /// </summary>
    static bool IsHeading(string text, List<(int Start, int End)> lines, int li, string? title)
    {
        var line = text.AsSpan(lines[li].Start, lines[li].End - lines[li].Start).Trim();
        if (line.Length < 3 || line.Length > 80) return false;
        if (line[^1] is '.' or ';' or ':' or ',' or '?' or '!') return false;
        int nextLine = NextNonBlank(text, lines, li);
        if (nextLine < 0) return false;
        // A narrow column wraps a sentence after a few words: the next line going on in lower case, or a line
        // ending in a word that cannot end a heading, is the start of a paragraph, not its heading.
        var next = text.AsSpan(lines[nextLine].Start, lines[nextLine].End - lines[nextLine].Start).TrimStart();
        if (next.Length > 0 && char.IsLower(next[0]) && nextLine == li + 1) return false;
        int lastSpace = line.LastIndexOf(' ');
        var lastWord = lastSpace < 0 ? line : line[(lastSpace + 1)..];
        foreach (var w in ContinuationWords)
            if (lastWord.Equals(w, StringComparison.OrdinalIgnoreCase)) return false;
        int words = Words(line);
        if (words > 10) return false;
        // Skip a number or list marker: "4. ", "6.1.8 ", "Artikel 12 ", "a. ".
        int i = 0;
        while (i < line.Length && (char.IsDigit(line[i]) || line[i] is '.' or ' ' or ')')) i++;
        if (i == 0 && line.Length > 2 && char.IsLower(line[0]) && line[1] is '.' or ')' && line[2] == ' ') i = 3;
        if (i >= line.Length) return false;
        bool titled = !string.IsNullOrWhiteSpace(title) && line.Contains(title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
        if (!titled && !char.IsUpper(line[i])) return false;
        if (line.StartsWith("artikel", StringComparison.OrdinalIgnoreCase) || line.StartsWith("art.", StringComparison.OrdinalIgnoreCase)) return true;
        if (titled) return true;
        int prev = PrevNonBlank(text, lines, li);
        if (prev < 0) return true;
        if (prev < li - 1 || EndsSentence(text, lines[prev], semicolon: true)) return true;
        // Engine 20: a section number alone on the line above ("12.1" then "Vakantie, levensfasebudget en verlof"), itself opening
        // the clause or standing after a blank line or a finished sentence, makes the line its title, as in a table of contents.
        if (!DottedBareNumber(text, lines[prev])) return false;
        int before = PrevNonBlank(text, lines, prev);
        return before < 0 || before < prev - 1 || EndsSentence(text, lines[before], semicolon: true);
    }

    /// <summary>Whether a line ends a sentence: its last character (trailing blanks aside) is '.', '!' or '?', or with
    /// <paramref name="semicolon"/> also ';'.</summary>
    static bool EndsSentence(string text, (int Start, int End) line, bool semicolon = false)
    {
        var s = text.AsSpan(line.Start, line.End - line.Start).TrimEnd();
        return s.Length > 0 && (s[^1] is '.' or '!' or '?' || semicolon && s[^1] == ';');
    }

    /// <summary>"12.1", "9.2.3": a section number with a dot between digits, alone on its line (a list number such as "1." is not one).</summary>
    static bool DottedBareNumber(string text, (int Start, int End) line)
    {
        var s = text.AsSpan(line.Start, line.End - line.Start).Trim().TrimEnd('.');
        if (s.Length < 3 || s.Length > 9 || !char.IsDigit(s[0]) || !char.IsDigit(s[^1])) return false;
        bool dot = false;
        foreach (var ch in s)
        {
            if (ch == '.') dot = true;
            else if (!char.IsDigit(ch)) return false;
        }
        return dot;
    }
}
