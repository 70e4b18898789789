using System.Text;

namespace CaoMonitor.Tests.Support;

/// <summary>
/// Writes small valid PDFs (Helvetica text, one string per line) for hostile-input tests: 2,000 pages,
/// or one line of megabytes. Real poppler reads them; nothing here parses PDF.
/// </summary>
public static class TestPdf
{
    public static void Write(string path, IEnumerable<IReadOnlyList<string>> pages)
    {
        var pageList = pages.ToList();
        using var fs = File.Create(path);
        var offsets = new List<long>();
        void Obj(string body)
        {
            offsets.Add(fs.Position);
            var bytes = Encoding.Latin1.GetBytes($"{offsets.Count} 0 obj\n{body}\nendobj\n");
            fs.Write(bytes);
        }
        fs.Write("%PDF-1.4\n"u8);
        int n = pageList.Count;
        // 1 catalog, 2 pages, 3 font, then page i: 4+2i, its content 5+2i.
        Obj("<< /Type /Catalog /Pages 2 0 R >>");
        var kids = string.Join(" ", Enumerable.Range(0, n).Select(i => $"{4 + 2 * i} 0 R"));
        Obj($"<< /Type /Pages /Kids [{kids}] /Count {n} >>");
        Obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        for (int i = 0; i < n; i++)
        {
            Obj($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>");
            var content = new StringBuilder("BT /F1 10 Tf 50 800 Td 12 TL\n");
            foreach (var line in pageList[i])
                content.Append('(').Append(line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)")).Append(") Tj T*\n");
            content.Append("ET");
            var stream = content.ToString();
            Obj($"<< /Length {Encoding.Latin1.GetByteCount(stream)} >>\nstream\n{stream}\nendstream");
        }
        long xref = fs.Position;
        var sb = new StringBuilder($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        fs.Write(Encoding.Latin1.GetBytes(sb.ToString()));
    }
}
