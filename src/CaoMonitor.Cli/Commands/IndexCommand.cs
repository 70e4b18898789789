using System.CommandLine;
using CaoMonitor.Search;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

internal static class IndexCommand
{
    public static Command Create()
    {
        var rebuild = new Command("rebuild", "Re-index every leaf clause of every current document (after changing synonyms or compound lists)");
        rebuild.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            SearchIndex.RebuildStats stats = null!;
            if (!AnsiConsole.Profile.Capabilities.Interactive)
            {
                int lastPercent = -1;
                stats = SearchIndex.Rebuild(store, (done, total) =>
                {
                    int percent = total == 0 ? 100 : done * 100 / total;
                    if (percent / 10 != lastPercent / 10) { lastPercent = percent; Console.WriteLine($"indexed {done}/{total} clauses"); }
                });
            }
            else
            {
                AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("Indexing clauses");
                        stats = SearchIndex.Rebuild(store, (done, total) => { task.MaxValue = Math.Max(1, total); task.Value = done; });
                        task.Value = task.MaxValue;
                    });
            }
            AnsiConsole.MarkupLine($"indexed {stats.Clauses} clauses in {stats.Elapsed.TotalSeconds:0.0} s ({stats.ClausesPerSecond:0} clauses/s)");
            return 0;
        });

        var json = CliOptions.Json();
        var check = new Option<bool>("--check") { Description = "Only report differences; do not repair them (exit code 1 when there are any)" };
        var verify = new Command("verify", "Compare the index with the store (documents and their clauses) and repair what differs") { check, json };
        verify.SetAction(pr =>
        {
            // A bare store: opening it through IngestPipeline.OpenStore would repair before --check could report.
            using var store = CaoMonitor.Storage.CaoStore.Open(pr.GetValue(CliOptions.Data)!.FullName);
            var report = SearchIndex.Verify(store, repair: !pr.GetValue(check));
            if (pr.GetValue(json)) { CliOptions.PrintJson(report); return report.Healthy || report.Repaired ? 0 : 1; }
            AnsiConsole.MarkupLine($"{report.Documents} current documents, {report.Indexed} in the index with {report.Clauses} clauses");
            if (report.Healthy) AnsiConsole.MarkupLine("the index agrees with the store");
            else
                AnsiConsole.MarkupLine($"{(report.Repaired ? "repaired" : "found")}: {report.Missing.Count} documents missing or incomplete" +
                    $" ({string.Join(", ", report.Missing.Take(10))}), {report.Stale.Count} stale ({string.Join(", ", report.Stale.Take(10))})");
            return report.Healthy || report.Repaired ? 0 : 1;
        });
        return new Command("index", "Maintain the full-text search index (data/index/)") { rebuild, verify };
    }
}
