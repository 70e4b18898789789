using System.CommandLine;
using System.Text;
using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

/// <summary>classify (JSON Lines in/out), eval (against a gold set), reclassify (the store).</summary>
internal static class ClassifyCommands
{
    public static Command Classify()
    {
        var input = new Option<string>("--in") { Description = "JSON Lines input, one {\"id\",\"text\"[,\"title\"]} per line; - for stdin", Required = true };
        var output = new Option<string>("--out") { Description = "JSON Lines output; - for stdout", DefaultValueFactory = _ => "-" };
        var cmd = new Command("classify", "Classify clauses from JSON Lines (a public interface, see the README)") { input, output };
        cmd.SetAction(pr =>
        {
            var inPath = pr.GetValue(input)!;
            var outPath = pr.GetValue(output)!;
            if (inPath != "-" && !File.Exists(inPath)) return CliOptions.Fail($"input file '{inPath}' does not exist");
            using var reader = inPath == "-" ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : new StreamReader(inPath, Encoding.UTF8);
            using var writer = outPath == "-" ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false }
                                              : new StreamWriter(outPath, false, new UTF8Encoding(false));
            var result = ClassifyJsonl.Run(reader, writer, new ClauseClassifier(), Console.Error);
            writer.Flush();
            if (outPath != "-") Console.Error.WriteLine($"classified {result.Classified} of {result.Lines} lines into {outPath}");
            return result.Ok ? 0 : CliOptions.Fail($"{result.Errors.Count} input line(s) could not be read (see above); the others were classified");
        });
        return cmd;
    }

    public static Command Eval()
    {
        var gold = new Option<string>("--gold") { Description = "Gold set (JSON Lines with labels): the bundled gold set or the real-clauses development set (../shared/data/real-clauses-dev/real-clauses-dev.jsonl)", Required = true };
        var ambiguous = new Option<bool>("--include-ambiguous") { Description = "Also score clauses the gold file marks \"ambiguous\" (left out by default)" };
        var quiet = new Option<bool>("--summary") { Description = "Only the figures, not every error" };
        var json = CliOptions.Json();
        var cmd = new Command("eval", "Measure the classifier on a gold set: P/R/F1 per category, micro P/R, provision-or-not F1, near-miss rate, strength accuracy, amount exact match, every error") { gold, ambiguous, quiet, json };
        cmd.SetAction(pr =>
        {
            var path = pr.GetValue(gold)!;
            if (!File.Exists(path)) return CliOptions.Fail($"gold file '{path}' does not exist");
            IReadOnlyList<GoldClause> set;
            try { set = GoldSet.Load(path); }
            catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException) { return CliOptions.Fail(e.Message); }
            var report = Evaluator.Evaluate(new ClauseClassifier(), set, pr.GetValue(ambiguous));
            if (pr.GetValue(json)) CliOptions.PrintJson(report);
            else Console.Out.Write(report.ToText(includeErrors: !pr.GetValue(quiet)));
            return 0;
        });
        return cmd;
    }

    public static Command Reclassify()
    {
        var all = new Option<bool>("--all") { Description = "Classify every clause, not only those labelled by another classifier version" };
        var cmd = new Command("reclassify", "Classify the stored clauses again with the current rules (incremental: only clauses whose classifier version changed)") { all };
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            var writer = new ClassificationWriter();
            ClassificationWriter.ReclassifyResult? result = null;
            if (Console.IsOutputRedirected)
                result = writer.Reclassify(store, pr.GetValue(all));
            else
                AnsiConsole.Progress().Start(ctx =>
                {
                    var task = ctx.AddTask("reclassifying");
                    result = writer.Reclassify(store, pr.GetValue(all), (done, total) => { task.MaxValue = Math.Max(1, total); task.Value = done; });
                });
            var r = result!;
            Console.Out.WriteLine($"{r.Reclassified} of {r.Clauses} clauses classified ({r.Labels} labels) in {r.Elapsed.TotalSeconds:0.0} s; " +
                                  $"taxonomy {r.TaxonomyVersion}, classifier {r.ClassifierVersion}");
            return 0;
        });
        return cmd;
    }
}
