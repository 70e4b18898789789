using System.Text.RegularExpressions;
using CaoMonitor.Domain;
using CaoMonitor.Normalisation;

namespace CaoMonitor.Segmentation;

/// <summary>
/// Policy documents (letters, advice, reports) have no articles: they are split into sections at
/// headings (numbered, or a short line without closing punctuation standing alone) and into
/// paragraphs at blank lines. The table of contents is no clause; a run of unnumbered heading-like
/// lines (a title page: title, subtitle, sender, date) is a paragraph, not a row of empty sections.
/// </summary>
public static partial class PolicySegmenter
{
    public static IReadOnlyList<Clause> Segment(NormalisedText doc)
    {
        var lines = TextLine.Split(doc.Text);
        var toc = CaoSegmenter.TableOfContents(lines);
        var clauses = new List<Clause>();
        var used = new HashSet<string>(StringComparer.Ordinal);   // paths, unique within the document as in a cao
        int? section = null;
        int sectionNo = 0;
        int i = 0;
        while (i < lines.Count)
        {
            if (lines[i].IsBlank) { i++; continue; }
            if (toc.Contains(i))
            {
                // The contents end the section they follow and belong to no clause.
                if (section is { } open) clauses[open] = Close(clauses[open], lines[i].Start, doc);
                section = null;
                i++;
                continue;
            }
            bool prevBlank = i == 0 || lines[i - 1].IsBlank || toc.Contains(i - 1);
            bool numbered = Numbered().IsMatch(lines[i].Text.Trim());
            if ((prevBlank || numbered) && IsHeading(lines, i) && (numbered || !NextIsHeading(lines, i, toc)))
            {
                if (section is { } s) clauses[s] = Close(clauses[s], lines[i].Start, doc);
                sectionNo++;
                var m = Numbered().Match(lines[i].Text.Trim());
                var number = m.Success ? m.Groups["num"].Value : sectionNo.ToString();
                var title = m.Success ? m.Groups["title"].Value.Trim() : lines[i].Text.Trim();
                clauses.Add(new Clause(ClauseKind.Section, number, title, CaoSegmenter.Unique($"§ {number} {Short(title)}", used), lines[i].Start, lines[i].Start, 0, 0, "")
                { Ordinal = clauses.Count });
                used.Add(clauses[^1].Path);
                section = clauses.Count - 1;
                i++;
                continue;
            }
            // A paragraph: consecutive non-blank lines, up to a blank line or a heading.
            int start = lines[i].Start, end = lines[i].End;
            int j = i + 1;
            while (j < lines.Count && !lines[j].IsBlank && !toc.Contains(j) && !(Numbered().IsMatch(lines[j].Text.Trim()) && IsHeading(lines, j)))
            { end = lines[j].End; j++; }
            var parentPath = section is { } ps ? clauses[ps].Path + " > " : "";
            int paraNo = clauses.Count(c => c.ParentOrdinal == section && c.Kind == ClauseKind.Paragraph) + 1;
            clauses.Add(new Clause(ClauseKind.Paragraph, paraNo.ToString(), null, $"{parentPath}alinea {paraNo}", start, end,
                doc.PageAt(start), doc.PageAt(Math.Max(start, end - 1)), doc.Text[start..end])
            { Ordinal = clauses.Count, ParentOrdinal = section, IsLeaf = true });
            i = j;
        }
        if (section is { } last) clauses[last] = Close(clauses[last], doc.Text.Length, doc);
        // A section heading with no paragraphs under it (a chapter heading right above its first
        // sub-section) is a heading only: shown, but not indexed or classified.
        return clauses;
    }

    /// <summary>Whether the next line with text (past the contents) is a heading too.</summary>
    private static bool NextIsHeading(List<TextLine> lines, int i, HashSet<int> toc)
    {
        int j = i + 1;
        while (j < lines.Count && (lines[j].IsBlank || toc.Contains(j))) j++;
        return j < lines.Count && IsHeading(lines, j);
    }

    private static Clause Close(Clause section, int end, NormalisedText doc)
    {
        while (end > section.Start && char.IsWhiteSpace(doc.Text[end - 1])) end--;
        return section with
        {
            End = end,
            PageStart = doc.PageAt(section.Start),
            PageEnd = doc.PageAt(Math.Max(section.Start, end - 1)),
            Text = doc.Text[section.Start..end],
        };
    }

    private static bool IsHeading(List<TextLine> lines, int i)
    {
        var t = lines[i].Text.Trim();
        if (t.Length is < 3 or > 100 || ".,;:".Contains(t[^1])) return false;
        // A heading stands alone: the next line is blank or starts a new block, and there is text after it.
        bool alone = i + 1 < lines.Count && (lines[i + 1].IsBlank || char.IsUpper(lines[i + 1].Text.TrimStart().FirstOrDefault()));
        if (!alone || i + 1 >= lines.Count) return false;
        if (Numbered().IsMatch(t)) return true;
        return char.IsUpper(t[0]) && t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 10;
    }

    private static string Short(string title) => title.Length <= 40 ? title : title[..40].TrimEnd() + "…";

    [GeneratedRegex(@"^(?<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?<title>\p{Lu}.*)$")]
    private static partial Regex Numbered();
}
