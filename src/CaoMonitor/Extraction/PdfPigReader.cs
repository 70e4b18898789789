using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.PdfFonts;

namespace CaoMonitor.Extraction;

/// <summary>One page as PdfPig read it: the text, and the counts that decide on OCR.</summary>
public sealed record PdfPigPage(int Number, string Text, int Letters, int Images, IReadOnlyList<LineHint> Hints, IReadOnlyList<string> Running);

/// <summary>
/// PDF text through PdfPig, text in content order per page (ContentOrderTextExtractor: two columns
/// stay apart, tables read row by row, line-end hyphens are kept for the normaliser to judge). Runs
/// only inside the extraction child (<see cref="ExtractionChild"/>): PdfPig has no cancellation and
/// no memory limit of its own, so the child's heap cap and the parent's clock provide them.
/// </summary>
public static class PdfPigReader
{
    /// <summary>Letters per page below which a page with an image counts as a scan.</summary>
    public const int ScanLetterThreshold = 10;

    /// <summary>Where a read's time went: PdfPig (open, pages, content-order text) and our layout work.</summary>
    public sealed class Timing
    {
        public TimeSpan Parse { get; set; }
        public TimeSpan Layout { get; set; }
    }

    public static IReadOnlyList<PdfPigPage> Read(string path, int maxPages, long maxTextChars, Timing? timing = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var layoutTicks = TimeSpan.Zero;
        PdfDocument doc;
        try
        {
            doc = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = 200 });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ExtractionException("encrypted", "the PDF is encrypted with a password");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ExtractionException)
        {
            throw Corrupt(e);
        }
        using (doc)
        {
            int count;
            try { count = doc.NumberOfPages; }
            catch (Exception e) when (e is not OutOfMemoryException) { throw Corrupt(e); }
            if (count == 0) throw new ExtractionException("empty", "the PDF has no pages");
            if (count > maxPages)
                throw new ExtractionException("too-many-pages", $"the PDF has {count:N0} pages; the limit is {maxPages:N0}");

            var lines = new List<List<PdfLine>>(count);
            long chars = 0;
            var counts = new List<(int Letters, int Images)>(count);
            for (int n = 1; n <= count; n++)
            {
                Page page;
                try { page = doc.GetPage(n); }
                catch (Exception e) when (e is not OutOfMemoryException) { throw Corrupt(e, n); }
                string text;
                try { text = ContentOrderTextExtractor.GetText(page); }
                catch (Exception e) when (e is not OutOfMemoryException) { throw Corrupt(e, n); }
                chars += text.Length;
                if (chars > maxTextChars)
                    throw new ExtractionException("too-large", $"the PDF's text is longer than {maxTextChars:N0} characters");
                int letters = page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                int images;
                try { images = page.NumberOfImages; }
                catch (Exception e) when (e is not OutOfMemoryException) { images = 0; _ = e; }
                counts.Add((letters, images));
                var mark = clock.Elapsed;
                lines.Add(PdfLine.Split(page, text));
                layoutTicks += clock.Elapsed - mark;
            }
            var before = clock.Elapsed;
            var result = Layout(lines, counts);
            layoutTicks += clock.Elapsed - before;
            if (timing is not null)
            {
                timing.Layout = layoutTicks;
                timing.Parse = clock.Elapsed - layoutTicks;
            }
            return result;
        }
    }

    private static ExtractionException Corrupt(Exception e, int? page = null)
    {
        var msg = e.Message.Split('\n')[0];
        if (msg.Length > 200) msg = msg[..200];
        var where = page is { } p ? $" on page {p}" : "";
        return e is PdfDocumentStackDepthException
            ? new ExtractionException("corrupt", $"the PDF's objects are nested too deeply{where}")
            : new ExtractionException("corrupt", $"the PDF is damaged{where}: {msg}");
    }

    /// <summary>
    /// Running headers and footers by position: a line in the top or bottom eighth of the page whose
    /// shape (digits ignored) recurs at the same height on many pages. Heading hints: lines larger or
    /// bolder than the document's body text.
    /// </summary>
    private static List<PdfPigPage> Layout(List<List<PdfLine>> pages, List<(int Letters, int Images)> counts)
    {
        var seen = new Dictionary<(string Shape, int Y), int>();
        foreach (var page in pages)
            foreach (var key in page.Where(l => l.Edge).Select(l => (l.Shape, l.YBucket)).Distinct())
                seen[key] = seen.GetValueOrDefault(key) + 1;
        int threshold = Math.Max(3, (int)Math.Ceiling(pages.Count * 0.3));

        // The body size: the font size that carries the most letters in the document.
        var bySize = new Dictionary<double, int>();
        foreach (var l in pages.SelectMany(p => p)) bySize[l.Size] = bySize.GetValueOrDefault(l.Size) + l.Letters;
        var body = bySize.Count == 0 ? 0 : bySize.MaxBy(kv => kv.Value).Key;
        var bodyBold = pages.SelectMany(p => p).Where(l => l.Bold).Sum(l => l.Letters) * 2 > pages.SelectMany(p => p).Sum(l => l.Letters);

        var result = new List<PdfPigPage>(pages.Count);
        for (int i = 0; i < pages.Count; i++)
        {
            bool Repeated(PdfLine l) => l.Edge && l.Shape.Length > 0 && seen[(l.Shape, l.YBucket)] >= threshold && l.Text.Length < 160;
            var drop = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);
            var placed = pages[i].Where(l => l.Letters > 0).ToList();
            foreach (var fromTop in new[] { true, false })
            {
                // Walk in from one edge: the running lines are the recurring lines there, set apart from the
                // body by more than a line's spacing (evenly spaced text that repeats is body, not a header).
                var order = (fromTop ? placed.Where(l => l.Top).OrderByDescending(l => l.Y) : placed.Where(l => !l.Top).OrderBy(l => l.Y)).ToList();
                int n = 0;
                while (n < order.Count && Repeated(order[n])) n++;
                if (n == 0) continue;
                var next = fromTop ? placed.Where(l => l.Y < order[n - 1].Y).MaxBy(l => l.Y) : placed.Where(l => l.Y > order[n - 1].Y).MinBy(l => l.Y);
                if (next is null || Math.Abs(next.Y - order[n - 1].Y) > 1.6 * Math.Max(order[n - 1].Size, next.Size))
                    drop.UnionWith(order.Take(n));
            }
            var kept = new List<PdfLine>();
            var running = new List<string>();
            foreach (var l in pages[i])
            {
                if (drop.Contains(l)) running.Add(l.Text.Trim());
                else kept.Add(l);
            }
            var hints = new List<LineHint>();
            for (int j = 0; j < kept.Count; j++)
            {
                var l = kept[j];
                if (l.Letters == 0 || body <= 0) continue;
                var rel = Math.Round(l.Size / body, 2);
                bool bold = l.Bold && !bodyBold;
                if (rel >= 1.1 || bold) hints.Add(new LineHint(j, rel, bold));
            }
            var text = string.Join('\n', kept.Select(l => l.Text));
            result.Add(new PdfPigPage(i + 1, text, counts[i].Letters, counts[i].Images, hints, running));
        }
        return result;
    }

    /// <summary>A line of ContentOrderTextExtractor's text with the letters that made it.</summary>
    private sealed record PdfLine(string Text, double Size, bool Bold, int Letters, bool Edge, int YBucket, string Shape, double Y = 0, bool Top = false)
    {
        public static List<PdfLine> Split(Page page, string text)
        {
            // The extractor's text is the letters' values in content order plus inserted white space,
            // so walking both side by side gives each visible character its letter.
            var letters = page.Letters;
            var owner = new int[text.Length];
            int li = 0, ci = 0;
            for (int pos = 0; pos < text.Length; pos++)
            {
                owner[pos] = -1;
                if (char.IsWhiteSpace(text[pos])) continue;
                while (li < letters.Count)
                {
                    var v = letters[li].Value ?? "";
                    while (ci < v.Length && char.IsWhiteSpace(v[ci])) ci++;
                    if (ci < v.Length) break;
                    li++; ci = 0;
                }
                if (li >= letters.Count) break;
                owner[pos] = li;
                ci++;
            }

            (text, owner) = DropFalseSpaces(text, owner, letters);

            double height = page.Height > 0 ? page.Height : 842;
            double bottom = page.CropBox.Bounds.Bottom;
            var lines = new List<PdfLine>();
            // Reused per line, and a font's boldness decided once per page (three name searches per letter were
            // a tenth of this pass): the same answers as before with less garbage in the child's small gen0 budget.
            var own = new List<Letter>();
            var sizes = new List<double>();
            var boldFonts = new Dictionary<FontDetails, bool>(ReferenceEqualityComparer.Instance);
            int start = 0;
            for (int pos = 0; pos <= text.Length; pos++)
            {
                if (pos < text.Length && text[pos] != '\n') continue;
                var lineText = text[start..pos].TrimEnd('\r');
                own.Clear();
                int last = -1;
                for (int k = start; k < pos; k++)
                    if (owner[k] >= 0 && owner[k] != last) { own.Add(letters[owner[k]]); last = owner[k]; }
                start = pos + 1;
                if (own.Count == 0) { lines.Add(new PdfLine(lineText, 0, false, 0, false, 0, "")); continue; }
                sizes.Clear();
                int boldCount = 0;
                foreach (var l in own)
                {
                    sizes.Add(l.PointSize);
                    if (l.FontDetails is { } f)
                    {
                        if (!boldFonts.TryGetValue(f, out var b)) boldFonts[f] = b = IsBold(f);
                        if (b) boldCount++;
                    }
                }
                sizes.Sort(); // the median point size (the middle of the sorted sizes, as Order().ElementAt(n / 2) took it)
                var size = Math.Round(sizes[own.Count / 2], 1);
                bool bold = boldCount * 2 > own.Count;
                var y = own.Average(l => l.StartBaseLine.Y) - bottom;
                var rel = y / height;
                bool edge = rel > 7.0 / 8 || rel < 1.0 / 8;
                lines.Add(new PdfLine(lineText, size, bold, own.Count, edge, (int)Math.Round(y / 4), ShapeOf(lineText), y, rel > 0.5));
            }
            return lines;
        }

        /// <summary>
        /// Justifying producers (groff) draw a space glyph inside a word and then move the next letter
        /// back over it; content order keeps the glyph ("overg ang"). A space whose neighbours touch
        /// on the page is no word break, so it goes (pdftotext judges spaces by position the same way).
        /// </summary>
        private static (string, int[]) DropFalseSpaces(string text, int[] owner, IReadOnlyList<Letter> letters)
        {
            var sb = new StringBuilder(text.Length);
            var kept = new List<int>(text.Length);
            int prev = -1; // owner of the last visible character
            for (int pos = 0; pos < text.Length; pos++)
            {
                var c = text[pos];
                if ((c == ' ' || c == '\n') && prev >= 0)
                {
                    int next = pos + 1;
                    while (next < text.Length && text[next] is ' ' or '\n') next++;
                    if (next < text.Length && owner[next] >= 0)
                    {
                        var (a, b) = (letters[prev], letters[owner[next]]);
                        if (c == ' ' && IsTouching(a, b)) continue;
                        // A glyph with a tiny point size (groff's hyphen) makes content order break the line
                        // before it ("scholings\n- of"); on the page it follows the previous letter directly.
                        if (c == '\n' && SameBaseline(a, b) && b.StartBaseLine.X - a.EndBaseLine.X is >= -0.5 and < 2)
                        {
                            if (!IsTouching(a, b)) { sb.Append(' '); kept.Add(-1); }
                            pos = next - 1;
                            continue;
                        }
                    }
                }
                if (owner[pos] >= 0) prev = owner[pos];
                sb.Append(c);
                kept.Add(owner[pos]);
            }
            return (sb.ToString(), kept.ToArray());
        }

        private static bool SameBaseline(Letter a, Letter b) =>
            Math.Abs(a.StartBaseLine.Y - b.StartBaseLine.Y) < Math.Max(1, Math.Max(a.PointSize, b.PointSize)) * 0.2;

        private static bool IsTouching(Letter a, Letter b)
        {
            var size = Math.Max(1, Math.Min(a.PointSize, b.PointSize));
            return Math.Abs(a.StartBaseLine.Y - b.StartBaseLine.Y) < size * 0.3
                && b.StartBaseLine.X - a.EndBaseLine.X < size * 0.1
                && b.StartBaseLine.X > a.StartBaseLine.X;
        }

        private static bool IsBold(FontDetails f) =>
            (f.IsBold || f.Weight >= 600 || f.Name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                || f.Name.Contains("Black", StringComparison.OrdinalIgnoreCase) || f.Name.Contains("Heavy", StringComparison.OrdinalIgnoreCase));

        private static string ShapeOf(string line)
        {
            var sb = new StringBuilder(line.Length);
            foreach (var c in line.Trim())
            {
                if (char.IsDigit(c)) { if (sb.Length == 0 || sb[^1] != '#') sb.Append('#'); }
                else if (!char.IsWhiteSpace(c)) sb.Append(char.ToLowerInvariant(c));
            }
            return sb.ToString();
        }
    }
}
