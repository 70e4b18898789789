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
        return new Command("index", "Maintain the full-text search index") { rebuild };
    }
}
