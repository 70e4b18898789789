using System.Text.RegularExpressions;
using CaoMonitor.Domain;
using CaoMonitor.Normalisation;

namespace CaoMonitor.Segmentation;

/// <summary>
/// Splits a cao into hoofdstukken, artikelen, leden and bijlagen. Headings are recognised line by
/// line (Artikel 12, Art. 5.3, Artikel 4a, § 3, 3.2.1 Titel, Hoofdstuk 5, Bijlage 2); the table of
/// contents is recognised and kept out of the structure; leden are numbered 1./2. or a./b. and must
/// follow each other, so a line that merely starts with a number is not taken for a lid.
/// </summary>
public static partial class CaoSegmenter
{
    private enum Level { Chapter = 0, Article = 1, Lid = 2 }

    private sealed record Heading(ClauseKind Kind, string Number, string Title);

    private sealed class Node(ClauseKind kind, string? number, string? title, int start, int? parent, string path, int bodyStart)
    {
        public ClauseKind Kind = kind;
        public string? Number = number;
        public string? Title = title;
        public int Start = start;
        public int End = start;
        public int? Parent = parent;
        public string Path = path;
        public int BodyStart = bodyStart;
        public bool HasChildren;
        public bool Indexed = true;
        public char LidStyle; // '1' numeric, 'a' lettered, '\0' none yet
        public string LastLid = "";
    }

    public static IReadOnlyList<Clause> Segment(NormalisedText doc)
    {
        var lines = TextLine.Split(doc.Text);
        var toc = TableOfContents(lines);
        var nodes = new List<Node>();
        int? chapter = null, article = null, lid = null;

        // Text before the first heading: the cover page (name, parties, period).
        int firstHeading = Enumerable.Range(0, lines.Count).FirstOrDefault(i => !toc.Contains(i) && ParseHeading(lines[i].Text) is not null, lines.Count);
        int tocStart = toc.Count > 0 ? toc.Min() : int.MaxValue;
        int coverEnd = Math.Min(firstHeading, tocStart);
        if (coverEnd > 0 && lines.Take(coverEnd).Any(l => !l.IsBlank))
        {
            var cover = new Node(ClauseKind.Section, null, "Voorblad", 0, null, "Voorblad", 0);
            cover.End = coverEnd < lines.Count ? lines[coverEnd].Start : doc.Text.Length;
            nodes.Add(cover);
        }
        if (toc.Count > 0)
        {
            var t = new Node(ClauseKind.Section, null, "Inhoud", lines[toc.Min()].Start, null, "Inhoud", lines[toc.Min()].Start)
            { Indexed = false };
            t.End = lines[toc.Max()].End;
            nodes.Add(t);
        }

        void Close(ref int? idx, int at) { if (idx is { } i) nodes[i].End = at; idx = null; }

        for (int i = firstHeading; i < lines.Count; i++)
        {
            if (toc.Contains(i)) continue;
            var line = lines[i];
            if (line.IsBlank) continue;
            var h = ParseHeading(line.Text);
            if (h is not null)
            {
                // "Artikel 5" alone on a line, its title on the next.
                var title = h.Title;
                int bodyStart = line.End;
                if (title.Length == 0 && NextNonBlank(lines, i) is { } ni && IsTitleLike(lines[ni].Text))
                {
                    title = lines[ni].Text.Trim();
                    bodyStart = lines[ni].End;
                    i = ni;
                }
                if (h.Kind is ClauseKind.Chapter or ClauseKind.Appendix)
                {
                    Close(ref lid, line.Start); Close(ref article, line.Start); Close(ref chapter, line.Start);
                    var path = h.Kind == ClauseKind.Chapter ? $"H{h.Number}" : $"Bijlage {h.Number}";
                    nodes.Add(new Node(h.Kind, h.Number, NullIfEmpty(title), line.Start, null, path, bodyStart));
                    chapter = nodes.Count - 1;
                }
                else
                {
                    Close(ref lid, line.Start); Close(ref article, line.Start);
                    var own = line.Text.TrimStart().StartsWith('§') ? $"§ {h.Number}" : $"Art. {h.Number}";
                    var path = chapter is { } c ? $"{nodes[c].Path} > {own}" : own;
                    if (chapter is { } pc) nodes[pc].HasChildren = true;
                    nodes.Add(new Node(ClauseKind.Article, h.Number, NullIfEmpty(title), line.Start, chapter, path, bodyStart));
                    article = nodes.Count - 1;
                }
                continue;
            }

            // Leden live in the innermost container: article, else appendix or chapter.
            var container = article ?? chapter;
            if (container is { } ci && LidMarker(line.Text) is { } marker && AcceptsLid(nodes[ci], marker))
            {
                Close(ref lid, line.Start);
                var cn = nodes[ci];
                cn.HasChildren = true;
                cn.LastLid = marker;
                nodes.Add(new Node(ClauseKind.Paragraph, marker, null, line.Start, ci, $"{cn.Path} > lid {marker}", line.Start));
                lid = nodes.Count - 1;
            }
        }
        int end = doc.Text.Length;
        Close(ref lid, end); Close(ref article, end); Close(ref chapter, end);

        AddIntros(nodes, doc.Text);
        return ToClauses(nodes, doc);
    }

    /// <summary>Text between a container's heading and its first child becomes an "inleiding" clause, so no text is lost.</summary>
    private static void AddIntros(List<Node> nodes, string text)
    {
        var count = nodes.Count;
        for (int i = 0; i < count; i++)
        {
            var n = nodes[i];
            if (!n.HasChildren) continue;
            int firstChild = Enumerable.Range(i + 1, count - i - 1).Where(j => nodes[j].Parent == i).Select(j => nodes[j].Start).DefaultIfEmpty(n.End).Min();
            if (firstChild > n.BodyStart && text[n.BodyStart..firstChild].Trim().Length >= 20)
                nodes.Add(new Node(ClauseKind.Paragraph, null, null, n.BodyStart, i, $"{n.Path} > inleiding", n.BodyStart) { End = firstChild });
        }
    }

    private static List<Clause> ToClauses(List<Node> nodes, NormalisedText doc)
    {
        var order = Enumerable.Range(0, nodes.Count).OrderBy(i => nodes[i].Start).ThenBy(i => Depth(nodes, i)).ToList();
        var newIndex = new int[nodes.Count];
        for (int k = 0; k < order.Count; k++) newIndex[order[k]] = k;
        var hasChild = new bool[nodes.Count];
        foreach (var n in nodes) if (n.Parent is { } p) hasChild[p] = true;

        var result = new List<Clause>(nodes.Count);
        foreach (var i in order)
        {
            var n = nodes[i];
            int s = n.Start, e = Math.Max(n.Start, n.End);
            // Trailing white space belongs to no clause.
            while (e > s && char.IsWhiteSpace(doc.Text[e - 1])) e--;
            result.Add(new Clause(n.Kind, n.Number, n.Title, n.Path, s, e, doc.PageAt(s), doc.PageAt(Math.Max(s, e - 1)), doc.Text[s..e])
            {
                Ordinal = newIndex[i],
                ParentOrdinal = n.Parent is { } p ? newIndex[p] : null,
                IsLeaf = !hasChild[i] && n.Indexed,
            });
        }
        return result;
    }

    private static int Depth(List<Node> nodes, int i)
    {
        int d = 0;
        for (var p = nodes[i].Parent; p is { } pi; p = nodes[pi].Parent) d++;
        return d;
    }

    private static bool AcceptsLid(Node container, string marker)
    {
        char style = char.IsDigit(marker[0]) ? '1' : 'a';
        if (container.LidStyle == '\0')
        {
            if (marker is not ("1" or "a")) return false;
            container.LidStyle = style;
            return true;
        }
        if (style != container.LidStyle) return false; // a./b. inside numbered leden are sub-items
        return style == '1'
            ? int.Parse(marker) == int.Parse(container.LastLid) + 1
            : marker[0] == container.LastLid[0] + 1;
    }

    private static string? LidMarker(string line)
    {
        var m = LidPattern().Match(line);
        return m.Success ? m.Groups["n"].Value.ToLowerInvariant() : null;
    }

    private static int? NextNonBlank(List<TextLine> lines, int i)
    {
        for (int j = i + 1; j < lines.Count; j++) if (!lines[j].IsBlank) return j;
        return null;
    }

    private static bool IsTitleLike(string line)
    {
        var t = line.Trim();
        return t.Length is > 0 and <= 80 && char.IsUpper(t[0]) && !".;,:".Contains(t[^1])
               && ParseHeading(t) is null && LidMarker(t) is null && t.Split(' ').Length <= 10;
    }

    private static Heading? ParseHeading(string line)
    {
        var t = line.Trim();
        if (t.Length is 0 or > 120) return null;
        foreach (var (pattern, kind) in HeadingPatterns)
        {
            var m = pattern.Match(t);
            if (!m.Success) continue;
            var title = m.Groups["title"].Value.Trim().TrimStart('-', '–', '—', ':', '.').Trim();
            if (!PlausibleTitle(title)) return null;
            // Article letters are lower case (4a), chapter and appendix numerals upper case (IV, B).
            var num = m.Groups["num"].Value;
            return new Heading(kind, kind == ClauseKind.Article ? num.ToLowerInvariant() : num.ToUpperInvariant(), title);
        }
        return null;
    }

    /// <summary>"Artikel 5 is van toepassing op..." is a sentence, not a heading.</summary>
    private static bool PlausibleTitle(string title) =>
        title.Length == 0 || (title.Length <= 100 && (char.IsUpper(title[0]) || char.IsDigit(title[0]) || title[0] is '(' or '"' or '\'')
                              && !".;,".Contains(title[^1]));

    private static readonly (Regex, ClauseKind)[] HeadingPatterns =
    [
        (ChapterPattern(), ClauseKind.Chapter),
        (AppendixPattern(), ClauseKind.Appendix),
        (ArticlePattern(), ClauseKind.Article),
        (SectionSignPattern(), ClauseKind.Article),
        (DecimalPattern(), ClauseKind.Article),
    ];

    /// <summary>
    /// Lines of the table of contents: from a line "Inhoud(sopgave)" up to the first heading that
    /// repeats one the contents already listed; plus any line with dot leaders and a page number.
    /// </summary>
    private static HashSet<int> TableOfContents(List<TextLine> lines)
    {
        var toc = new HashSet<int>();
        for (int i = 0; i < lines.Count; i++)
            if (DotLeader().IsMatch(lines[i].Text)) toc.Add(i);

        int start = lines.FindIndex(l => TocTitle().IsMatch(l.Text.Trim()));
        if (start >= 0)
        {
            var seen = new HashSet<string>();
            for (int i = start; i < lines.Count; i++)
            {
                var text = PageSuffix().Replace(DotLeaderTail().Replace(lines[i].Text, ""), "");
                var h = ParseHeading(text);
                if (h is not null)
                {
                    var key = $"{h.Kind}:{h.Number}";
                    if (!seen.Add(key) && !DotLeader().IsMatch(lines[i].Text) && !PageSuffix().IsMatch(lines[i].Text)) break;
                }
                toc.Add(i);
                if (i - start > 600) { toc.RemoveWhere(k => k >= start && !DotLeader().IsMatch(lines[k].Text)); break; }
            }
        }
        return toc;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    [GeneratedRegex(@"^(?:hoofdstuk|hfdst\.)\s+(?<num>\d{1,3}[a-z]?|[IVXLC]{1,6})\b\.?(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChapterPattern();
    [GeneratedRegex(@"^bijlage\s+(?<num>\d{1,3}[a-z]?|[IVXLC]{1,6}|[A-Z])\b\.?(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AppendixPattern();
    [GeneratedRegex(@"^(?:artikel|art\.)\s*(?<num>\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)\b\.?(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticlePattern();
    [GeneratedRegex(@"^§\s*(?<num>\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)\b\.?(?<title>.*)$")]
    private static partial Regex SectionSignPattern();
    [GeneratedRegex(@"^(?<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?<title>\p{Lu}.*)$")]
    private static partial Regex DecimalPattern();
    [GeneratedRegex(@"^(?<n>\d{1,2}|[a-z])[.)]\s+\S")]
    private static partial Regex LidPattern();
    [GeneratedRegex(@"(?:\.{3,}|…+|(?:\s\.){3,})\s*\d{1,4}\s*$")]
    private static partial Regex DotLeader();
    [GeneratedRegex(@"\s*(?:\.{3,}|…+|(?:\s\.){3,}).*$")]
    private static partial Regex DotLeaderTail();
    [GeneratedRegex(@"\s+\d{1,4}\s*$")]
    private static partial Regex PageSuffix();
    [GeneratedRegex(@"^(inhoud|inhoudsopgave|inhoudstafel)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TocTitle();
}
