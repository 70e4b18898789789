using System.CommandLine;
using CaoMonitor.Ingestion;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Folders and files to ingest (pdf, html, docx, txt); a folder's registry.csv is read first", Arity = ArgumentArity.OneOrMore };
        var json = CliOptions.Json();
        var cmd = new Command("ingest", "Read documents into the store: extract, normalise, segment, index, classify") { paths, json };
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            var batch = new IngestBatch(store, new IngestPipeline(store));
            IngestSummary summary;
            try
            {
                summary = Run(batch, pr.GetValue(paths)!, quiet: pr.GetValue(json));
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
            {
                return CliOptions.Fail(e.Message);
            }
            if (pr.GetValue(json)) { CliOptions.PrintJson(summary.Outcomes); return 0; }
            PrintSummary(summary);
            return 0;
        });
        return cmd;
    }

    private static IngestSummary Run(IngestBatch batch, string[] paths, bool quiet)
    {
        if (quiet) return batch.Run(paths);
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            // Logs and CI: one line per file instead of a redrawn bar.
            return batch.Run(paths, p => Console.WriteLine($"[{p.Done}/{p.Total}] {Describe(p.Outcome!)} {p.File}"));
        }
        IngestSummary? result = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Ingesting");
                result = batch.Run(paths, p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                    task.Description = Markup.Escape(Shorten(p.File));
                });
                task.Description = "Done";
            });
        return result!;
    }

    private static string Describe(IngestOutcome o) => o.Status switch
    {
        IngestStatus.Added => "added    ",
        IngestStatus.NewRevision => "revised  ",
        IngestStatus.Unchanged => "unchanged",
        _ => "FAILED   ",
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : "…" + s[^39..];

    public static void PrintSummary(IngestSummary s)
    {
        var table = new Table().AddColumns("", "count");
        table.AddRow("registry rows read", s.RegistryRows.ToString());
        table.AddRow("documents added", s.Count(IngestStatus.Added).ToString());
        table.AddRow("new revisions", s.Count(IngestStatus.NewRevision).ToString());
        table.AddRow("unchanged (skipped)", s.Count(IngestStatus.Unchanged).ToString());
        table.AddRow("failed", s.Count(IngestStatus.Failed).ToString());
        table.AddRow("pages", s.Pages.ToString());
        table.AddRow("clauses", s.Clauses.ToString());
        table.AddRow("OCR'd pages", s.Outcomes.Sum(o => o.OcrPages).ToString());
        AnsiConsole.Write(table);
        var failures = s.Failures.ToList();
        if (failures.Count == 0) return;
        var ft = new Table().AddColumns("failed file", "reason");
        foreach (var f in failures) ft.AddRow(Markup.Escape(f.File), Markup.Escape(f.Error ?? ""));
        AnsiConsole.Write(ft);
    }
}
