using System.Text;
using CaoMonitor.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CaoMonitor.Search;

/// <summary>
/// Highlights a hit with Lucene's Highlighter: the query's terms (phrases only where the phrase
/// matches) marked in the clause's ORIGINAL text, around the best-scoring fragment. Everything
/// else is HTML-encoded by our encoder (document text is untrusted; the library's encoder would
/// also turn € and ë into entities).
/// </summary>
internal static class Snippets
{
    public const int DefaultLength = 240;
    private static readonly DutchAnalyzer Analyzer = DutchAnalyzer.ForIndex();

    /// <summary>
    /// An HTML fragment of about <paramref name="length"/> characters around the best group of
    /// matches, with &lt;mark&gt; around matched words, whitespace collapsed, "…" where text was cut.
    /// Without a match in the text: the start of the text.
    /// </summary>
    public static string Build(string text, Query query, int length = DefaultLength) =>
        Highlight(text, query, SearchSchema.Text, length) ?? Plain(text, length);

    /// <summary>The title as HTML, marked where the query matched it.</summary>
    public static string Title(string title, Query query) =>
        Highlight(title, query, SearchSchema.Title, int.MaxValue) ?? Encode(title);

    private static string? Highlight(string text, Query query, string field, int length)
    {
        if (text.Length == 0) return null;
        var scorer = new QueryScorer(query, field) { ExpandMultiTermQuery = true };
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SnippetEncoder(), scorer)
        {
            TextFragmenter = text.Length <= length + length / 4 ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, length),
            MaxDocCharsToAnalyze = CaoTokenizer.MaxChars,
        };
        using var tokens = Analyzer.GetTokenStream(field, text);
        var best = highlighter.GetBestTextFragments(tokens, text, false, 1).FirstOrDefault(f => f is not null && f.Score > 0);
        if (best is null) return null;
        var html = best.ToString().Trim();
        // The fragment's position is not public: compare its plain text with the (collapsed, encoded) whole.
        var plain = html.Replace("<mark>", "").Replace("</mark>", "");
        var whole = Encode(text).Trim();
        if (!whole.StartsWith(plain, StringComparison.Ordinal)) html = "…" + html;
        if (!whole.EndsWith(plain, StringComparison.Ordinal)) html += "…";
        return html;
    }

    /// <summary>Where the query's terms stand in the text (character offsets), as the highlighter finds them: phrases only where the phrase matches.</summary>
    public static List<Domain.Span> Spans(string text, Query query)
    {
        var recorder = new SpanRecorder();
        if (text.Length == 0) return recorder.Spans;
        var scorer = new QueryScorer(query, SearchSchema.Text) { ExpandMultiTermQuery = true };
        var highlighter = new Highlighter(recorder, new SnippetEncoder(), scorer)
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = CaoTokenizer.MaxChars,
        };
        using var tokens = Analyzer.GetTokenStream(SearchSchema.Text, text);
        highlighter.GetBestTextFragments(tokens, text, false, 1);
        return recorder.Spans;
    }

    /// <summary>Records the offsets of scored token groups instead of writing markup.</summary>
    private sealed class SpanRecorder : IFormatter
    {
        public List<Domain.Span> Spans { get; } = [];

        public string HighlightTerm(string originalText, TokenGroup tokenGroup)
        {
            if (tokenGroup.TotalScore > 0 && tokenGroup.EndOffset > tokenGroup.StartOffset)
                Spans.Add(new Domain.Span(tokenGroup.StartOffset, tokenGroup.EndOffset));
            return originalText;
        }
    }

    /// <summary>The start of the text, encoded, cut at a word boundary.</summary>
    public static string Plain(string text, int length = DefaultLength)
    {
        if (text.Length <= length) return Encode(text).Trim();
        int to = text.LastIndexOfAny([' ', '\n', '\t'], length, Math.Min(40, length));
        if (to <= 0) to = length;
        return Encode(text[..to]).Trim() + "…";
    }

    internal static string Encode(string s)
    {
        var sb = new StringBuilder(s.Length + 16);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        }
        if (space) sb.Append(' ');
        return sb.ToString();
    }

    /// <summary>Escapes the five HTML-significant characters and collapses whitespace; ë and € stay readable.</summary>
    private sealed class SnippetEncoder : IEncoder
    {
        public string EncodeText(string originalText) => Encode(originalText);
    }
}
