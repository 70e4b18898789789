using System.CommandLine;
using CaoMonitor.Domain;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

/// <summary>What the store holds, in one table: per type and sector, and the failures.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var cmd = new Command("status", "Summarise the store: documents per type and sector, pages, clauses, failures");
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            var docs = store.ListDocuments(currentOnly: true);
            var ok = docs.Where(d => d.Document.Status == DocumentStatus.Ok).ToList();
            var t = new Table().AddColumns("type", "sector", "agreements", "versions", "pages", "clauses");
            foreach (var g in ok.GroupBy(d => (d.Version.Type, d.Version.Sector ?? "-")).OrderBy(g => g.Key.Type).ThenBy(g => g.Key.Item2))
                t.AddRow(g.Key.Type.Code(), Markup.Escape(g.Key.Item2), g.Select(d => d.Version.AgreementId).Distinct().Count().ToString(),
                    g.Count().ToString(), g.Sum(d => d.Document.PageCount).ToString(), g.Sum(d => d.Document.ClauseCount).ToString());
            AnsiConsole.Write(t);
            AnsiConsole.MarkupLine($"Store {Markup.Escape(store.DataDir)}: {ok.Count} document versions of {ok.Select(d => d.Version.AgreementId).Distinct().Count()} agreements, " +
                                   $"{ok.Sum(d => d.Document.PageCount)} pages ({ok.Sum(d => d.OcrPages)} by OCR), {ok.Sum(d => d.Document.ClauseCount)} clauses.");
            foreach (var d in ok.Where(d => d.Version.Type != DocumentType.Policy && d.Version.Start is null))
                AnsiConsole.MarkupLine($"[yellow]warning[/] {Markup.Escape(d.Version.Id)}: no period (start date) found; it counts in no monitor year until the registry gives one");
            // Each document's clauses and text are read once for both structure warnings.
            var structure = ok.Select(d =>
            {
                var clauses = store.GetClauses(d.Id);
                var text = store.GetText(d.Id) ?? "";
                int? lost = text.Length > 0 && CaoMonitor.Segmentation.StructureQuality.MuchUncovered(text, clauses, out var n) ? n : null;
                return (Doc: d, Twice: CaoMonitor.Segmentation.StructureQuality.HoldsTextTwice(clauses), Lost: lost, TextLength: text.Length);
            }).ToList();
            foreach (var s in structure.Where(s => s.Twice))
                AnsiConsole.MarkupLine($"[yellow]warning[/] {Markup.Escape(s.Doc.Version.Id)}: the document holds its text twice");
            foreach (var s in structure.Where(s => s.Lost is not null))
                AnsiConsole.MarkupLine($"[yellow]warning[/] {Markup.Escape(s.Doc.Version.Id)}: {s.Lost:N0} of {s.TextLength:N0} characters ({100.0 * s.Lost!.Value / s.TextLength:F0}%) are in no clause; " +
                                       "search, labels and export miss that text (see quality structure)");
            foreach (var f in docs.Where(d => d.Document.Status == DocumentStatus.Failed))
                AnsiConsole.MarkupLine($"[red]failed[/] {Markup.Escape(Path.GetFileName(f.Document.SourceFile))}: {Markup.Escape(f.Document.Error ?? "")}");
            return 0;
        });
        return cmd;
    }
}
