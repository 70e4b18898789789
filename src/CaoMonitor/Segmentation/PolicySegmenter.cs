using System.Text.RegularExpressions;
using CaoMonitor.Domain;
using CaoMonitor.Normalisation;

namespace CaoMonitor.Segmentation;

/// <summary>
/// Policy documents (letters, advice, reports) have no articles: they are split into sections at
/// headings (numbered, or a short line without closing punctuation standing alone) and into
/// paragraphs at blank lines.
/// </summary>
public static partial class PolicySegmenter
{
    public static IReadOnlyList<Clause> Segment(NormalisedText doc)
    {
        var lines = TextLine.Split(doc.Text);
        var clauses = new List<Clause>();
        int? section = null;
        int sectionNo = 0;
        int i = 0;
        while (i < lines.Count)
        {
            if (lines[i].IsBlank) { i++; continue; }
            bool prevBlank = i == 0 || lines[i - 1].IsBlank;
            if (prevBlank && IsHeading(lines, i))
            {
                if (section is { } s) clauses[s] = Close(clauses[s], lines[i].Start, doc);
                sectionNo++;
                var m = Numbered().Match(lines[i].Text.Trim());
                var number = m.Success ? m.Groups["num"].Value : sectionNo.ToString();
                var title = m.Success ? m.Groups["title"].Value.Trim() : lines[i].Text.Trim();
                clauses.Add(new Clause(ClauseKind.Section, number, title, $"§ {number} {Short(title)}", lines[i].Start, lines[i].Start, 0, 0, "")
                { Ordinal = clauses.Count });
                section = clauses.Count - 1;
                i++;
                continue;
            }
            // A paragraph: consecutive non-blank lines, up to a blank line or a heading.
            int start = lines[i].Start, end = lines[i].End;
            int j = i + 1;
            while (j < lines.Count && !lines[j].IsBlank) { end = lines[j].End; j++; }
            var parentPath = section is { } ps ? clauses[ps].Path + " > " : "";
            int paraNo = clauses.Count(c => c.ParentOrdinal == section && c.Kind == ClauseKind.Paragraph) + 1;
            clauses.Add(new Clause(ClauseKind.Paragraph, paraNo.ToString(), null, $"{parentPath}alinea {paraNo}", start, end,
                doc.PageAt(start), doc.PageAt(Math.Max(start, end - 1)), doc.Text[start..end])
            { Ordinal = clauses.Count, ParentOrdinal = section, IsLeaf = true });
            i = j;
        }
        if (section is { } last) clauses[last] = Close(clauses[last], doc.Text.Length, doc);
        // A heading with no paragraphs under it is still text worth finding.
        return clauses.Select(c => c.Kind == ClauseKind.Section && !clauses.Any(x => x.ParentOrdinal == c.Ordinal) ? c with { IsLeaf = true } : c).ToList();
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
