using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaoMonitor.Extraction;

/// <summary>
/// DOCX through DocumentFormat.OpenXml: one line per paragraph (list numbering as Word shows it is
/// not stored in the text, so numbered lids keep whatever numbers the author typed); explicit page
/// breaks start a new page.
/// </summary>
public sealed class DocxExtractor(ExtractionLimits limits)
{
    public ExtractedDocument Extract(string path)
    {
        WordprocessingDocument doc;
        try { doc = WordprocessingDocument.Open(path, isEditable: false); }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw new ExtractionException("corrupt", $"the DOCX file is damaged: {e.Message}");
        }
        using (doc)
        {
            var body = doc.MainDocumentPart?.Document?.Body
                ?? throw new ExtractionException("corrupt", "the DOCX file has no document body");
            var pages = new List<ExtractedPage>();
            var sb = new StringBuilder();
            foreach (var block in body.ChildElements)
            {
                if (block is Table table)
                {
                    foreach (var row in table.Elements<TableRow>())
                        sb.Append(string.Join("  ", row.Elements<TableCell>().Select(c => c.InnerText.Trim()))).Append('\n');
                    continue;
                }
                if (block is not Paragraph p) continue;
                foreach (var run in p.Elements<Run>())
                {
                    foreach (var el in run.ChildElements)
                    {
                        if (el is Break { Type.Value: var t } && t == BreakValues.Page)
                        {
                            pages.Add(new ExtractedPage(pages.Count + 1, sb.ToString(), false));
                            sb.Clear();
                        }
                        else if (el is Text text) sb.Append(text.Text);
                        else if (el is TabChar) sb.Append('\t');
                        else if (el is Break) sb.Append('\n');
                    }
                }
                sb.Append('\n');
                if (sb.Length > limits.MaxTextChars)
                    throw new ExtractionException("too-large", $"the DOCX text is longer than {limits.MaxTextChars:N0} characters");
            }
            pages.Add(new ExtractedPage(pages.Count + 1, sb.ToString(), false));
            return new ExtractedDocument("application/vnd.openxmlformats-officedocument.wordprocessingml.document", pages);
        }
    }
}
