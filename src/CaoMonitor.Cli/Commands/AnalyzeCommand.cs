using System.CommandLine;
using CaoMonitor.Analysis;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

internal static class AnalyzeCommand
{
    /// <summary>The JSON shape of `analyze --json`: one object per token.</summary>
    public sealed record TokenJson(string Term, string Text, int Start, int End, int Position, string Type, bool Expansion);

    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "Text to analyse", Arity = ArgumentArity.ZeroOrOne };
        var stem = new Option<bool>("--stem") { Description = "Read words from stdin, one per line, and print one stem per line" };
        var query = new Option<bool>("--query") { Description = "Use the query chain (no synonyms, no compound parts) instead of the index chain" };
        var json = CliOptions.Json();
        var cmd = new Command("analyze", "Show how the Dutch analyser turns text into index terms") { text, stem, query, json };
        cmd.SetAction(pr =>
        {
            if (pr.GetValue(stem))
            {
                using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
                string? line;
                while ((line = Console.In.ReadLine()) is not null) stdout.WriteLine(line.Trim().Length == 0 ? "" : DutchAnalyzer.Stem(line));
                return 0;
            }
            var input = pr.GetValue(text);
            if (input is null) return CliOptions.Fail("give a text to analyse, or --stem to stem words from stdin");
            var analyzer = pr.GetValue(query) ? DutchAnalyzer.ForQuery() : DutchAnalyzer.ForIndex();
            var tokens = analyzer.Analyze(input);
            if (pr.GetValue(json))
            {
                CliOptions.PrintJson(tokens.Select(t => new TokenJson(t.Term, input[t.Start..t.End], t.Start, t.End, t.Position,
                    t.Type.ToString().ToLowerInvariant(), t.IsExpansion)));
                return 0;
            }
            var table = new Table().AddColumns("pos", "term", "text", "offsets", "type", "expansion");
            foreach (var t in tokens)
                table.AddRow(t.Position.ToString(), Markup.Escape(t.Term), Markup.Escape(input[t.Start..t.End]), $"{t.Start}-{t.End}",
                    t.Type.ToString(), t.IsExpansion ? "yes" : "");
            AnsiConsole.Write(table);
            return 0;
        });
        return cmd;
    }
}
