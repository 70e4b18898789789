namespace CaoMonitor.Segmentation;

/// <summary>A line of normalised text with its offset; segmenters work line by line.</summary>
internal readonly record struct TextLine(int Start, string Text)
{
    public int End => Start + Text.Length;
    public bool IsBlank => Text.Length == 0;

    /// <summary>Whether the line's last character is one of <paramref name="marks"/> (".:;!?": it ends a sentence).</summary>
    public bool EndsIn(string marks) => Text.TrimEnd() is { Length: > 0 } t && marks.Contains(t[^1]);

    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            if (nl < 0) nl = text.Length;
            lines.Add(new TextLine(start, text[start..nl].TrimEnd()));
            start = nl + 1;
        }
        return lines;
    }
}
