using System.CommandLine;
using System.Globalization;
using System.Text;
using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

/// <summary>review decide|list|export-gold|sample|precision: human decisions on labels from the command line.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var cmd = new Command("review", "Human review of labels: decisions always win over the classifier");
        cmd.Subcommands.Add(Decide());
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(ExportGold());
        cmd.Subcommands.Add(Sample());
        cmd.Subcommands.Add(PrecisionCommand());
        return cmd;
    }

    private static Command Decide()
    {
        var clause = new Argument<long>("CLAUSE") { Description = "Clause id (see `show` or the web UI)" };
        var code = new Argument<string>("CODE") { Description = "Category code, e.g. LLO.BUDGET" };
        var action = new Argument<string>("ACTION") { Description = "confirm, reject or add" };
        var strength = new Option<string?>("--strength") { Description = "recht, inspanning or verwijzing (required for add)" };
        var amount = new Option<decimal?>("--amount") { Description = "Amount in euros" };
        var period = new Option<string?>("--period") { Description = "Period of the amount, e.g. 'per jaar'" };
        var by = new Option<string>("--by") { Description = "Who decides", DefaultValueFactory = _ => Environment.UserName };
        var note = new Option<string?>("--note") { Description = "Why" };
        var cmd = new Command("decide", "Record a decision on one label of one clause") { clause, code, action, strength, amount, period, by, note };
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            try
            {
                var s = pr.GetValue(strength);
                Strength? parsed = s is null ? null : Strengths.Parse(s) ?? throw new ArgumentException($"unknown strength '{s}' (recht, inspanning or verwijzing)");
                var d = new LabelStore(store).Decide(pr.GetValue(clause), pr.GetValue(code)!, Reviews.ParseAction(pr.GetValue(action)!), parsed,
                    pr.GetValue(amount), pr.GetValue(period), pr.GetValue(by)!, pr.GetValue(note));
                Console.Out.WriteLine($"{Reviews.ActionCode(d.Action)} {d.Code} on {d.VersionId} {d.Path} by {d.DecidedBy} at {d.DecidedAt}");
                return 0;
            }
            catch (ArgumentException e) { return CliOptions.Fail(e.Message); }
        });
        return cmd;
    }

    private static Command List()
    {
        var json = CliOptions.Json();
        var history = new Option<bool>("--history") { Description = "Every decision ever made, not only those in force" };
        var cmd = new Command("list", "List review decisions") { json, history };
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            var labels = new LabelStore(store);
            var rows = pr.GetValue(history) ? labels.History() : labels.Decisions();
            if (pr.GetValue(json)) { CliOptions.PrintJson(rows); return 0; }
            var t = new Table().AddColumns("when", "who", "version", "article", "code", "action", "strength", "amount");
            foreach (var d in rows)
                t.AddRow(d.DecidedAt, Markup.Escape(d.DecidedBy), Markup.Escape(d.VersionId), Markup.Escape(d.Path), d.Code, Reviews.ActionCode(d.Action),
                    d.Strength?.Code() ?? "", d.AmountEur?.ToString(CultureInfo.InvariantCulture) ?? "");
            AnsiConsole.Write(t);
            return 0;
        });
        return cmd;
    }

    private static Command ExportGold()
    {
        var output = new Option<string>("--out") { Description = "JSON Lines file in the gold-set format; - for stdout", DefaultValueFactory = _ => "-" };
        var cmd = new Command("export-gold", "Write every reviewed clause with its labels after review as gold-set lines") { output };
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            var path = pr.GetValue(output)!;
            using var w = path == "-" ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) : new StreamWriter(path, false, new UTF8Encoding(false));
            var n = new LabelStore(store).ExportGold(w);
            w.Flush();
            Console.Error.WriteLine($"{n} reviewed clauses exported");
            return 0;
        });
        return cmd;
    }

    private static Command Sample()
    {
        var per = new Option<int>("--per-category") { Description = "Labels to draw per category (all of a category when it has fewer)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the random draw: the same store, size and seed give the same sample", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--out") { Description = "Also write the sample for a reader as JSON Lines (n, clause_id, cao, path, title, text, code, strength)" };
        var cmd = new Command("sample", "Draw a stratified random sample of the current labels of cao's into the review queue (precision per category)") { per, seed, output };
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            IReadOnlyList<SampledLabel> sample;
            try { sample = ReviewSamples.Draw(store, pr.GetValue(per), pr.GetValue(seed)); }
            catch (ArgumentOutOfRangeException e) { return CliOptions.Fail(e.Message.Split(" (Parameter")[0]); }
            if (pr.GetValue(output) is { } path)
            {
                using var w = new StreamWriter(path, false, new UTF8Encoding(false));
                ReviewSamples.WriteJsonl(w, sample);
            }
            var t = new Table().AddColumns("n", "clause", "code", "strength", "cao", "article");
            foreach (var s in sample)
                t.AddRow(s.N.ToString(CultureInfo.InvariantCulture), s.ClauseId.ToString(CultureInfo.InvariantCulture), s.Code, s.Strength, Markup.Escape(s.Cao), Markup.Escape(s.Path));
            if (!Console.IsOutputRedirected) AnsiConsole.Write(t);
            else foreach (var s in sample) Console.Out.WriteLine($"{s.N}\t{s.ClauseId}\t{s.Code}\t{s.Strength}\t{s.Cao}\t{s.Path}");
            Console.Error.WriteLine($"{sample.Count} labels drawn ({sample.Select(s => s.Code).Distinct().Count()} categories, seed {pr.GetValue(seed)}) and put in the review queue's sample; " +
                "decide on them (review decide, or the web review page with 'steekproef'), then `review precision` and the monitor show the measured precision");
            return 0;
        });
        return cmd;
    }

    private static Command PrecisionCommand()
    {
        var json = CliOptions.Json();
        var cmd = new Command("precision", "Precision per category measured on the reviewed sample labels, with a 95% interval") { json };
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            var rows = new LabelStore(store).SamplePrecision();
            if (pr.GetValue(json))
            {
                CliOptions.PrintJson(rows.Select(r => new
                {
                    code = r.Code, reviewed = r.Reviewed, confirmed = r.Confirmed, measured = r.Measured, precision = r.Precision,
                    low = r.Interval?.Low, high = r.Interval?.High,
                }));
                return 0;
            }
            var t = new Table().AddColumns("code", "reviewed", "confirmed", "precision (95% interval)");
            foreach (var r in rows)
                t.AddRow(r.Code, r.Reviewed.ToString(CultureInfo.InvariantCulture), r.Confirmed.ToString(CultureInfo.InvariantCulture),
                    r.Measured ? $"{r.Precision:0.00} ({r.Interval!.Value.Low:0.00}-{r.Interval!.Value.High:0.00})" : $"not measured (fewer than {CategoryPrecision.MinimumReviewed} reviewed)");
            AnsiConsole.Write(t);
            return 0;
        });
        return cmd;
    }
}
