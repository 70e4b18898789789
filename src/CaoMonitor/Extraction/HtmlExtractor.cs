using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CaoMonitor.Extraction;

/// <summary>
/// HTML through AngleSharp: drops script, style, nav and other page chrome, keeps headings and
/// block structure as lines so segmentation sees "Artikel 5" on a line of its own. One page.
/// </summary>
public sealed class HtmlExtractor
{
    private static readonly HashSet<string> Dropped =
        ["SCRIPT", "STYLE", "NAV", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "CANVAS", "HEAD", "FORM", "BUTTON", "SELECT"];

    private static readonly HashSet<string> Blocks =
        ["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "TR", "TABLE", "SECTION", "ARTICLE", "MAIN", "BR", "UL", "OL",
         "BLOCKQUOTE", "PRE", "DT", "DD", "DL", "HEADER", "FOOTER", "ASIDE", "FIGCAPTION", "CAPTION", "HR", "ADDRESS"];

    public ExtractedDocument Extract(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var doc = parser.ParseDocument(html);
        var sb = new StringBuilder();
        if (doc.Body is { } body) Walk(body, sb);
        var text = string.Join('\n', sb.ToString().Split('\n').Select(l => l.Trim()));
        return new ExtractedDocument("text/html", [new ExtractedPage(1, text, Ocr: false)]);
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IElement e when Dropped.Contains(e.TagName):
                    continue;
                case IElement e when e.TagName is "TD" or "TH":
                    Walk(e, sb);
                    sb.Append("  ");
                    continue;
                case IElement e when Blocks.Contains(e.TagName):
                    sb.Append('\n');
                    Walk(e, sb);
                    sb.Append('\n');
                    continue;
                case IElement e:
                    Walk(e, sb);
                    continue;
                case IText t:
                    // Collapse HTML white space; line structure comes from block elements.
                    sb.Append(System.Text.RegularExpressions.Regex.Replace(t.Data, @"\s+", " ", System.Text.RegularExpressions.RegexOptions.None, PatternBudget.Default));
                    continue;
            }
        }
    }
}
