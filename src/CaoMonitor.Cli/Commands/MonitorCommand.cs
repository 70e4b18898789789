using System.CommandLine;
using System.Globalization;
using CaoMonitor.Monitoring;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

/// <summary>monitor (compute and freeze a snapshot) and monitor compare (two snapshots).</summary>
internal static class MonitorCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "Monitor year (reference date in that year, default 1 January)", Required = true };
        var baseline = new Option<int?>("--baseline") { Description = "Baseline year (nulmeting); default from the definition file, else the year itself" };
        var outDir = new Option<string?>("--out") { Description = "Snapshot folder (default DATA/snapshots/YEAR)" };
        var dutch = new Option<bool>("--dutch") { Description = "CSV for Dutch spreadsheets: ';' delimiter and decimal comma" };
        var force = new Option<bool>("--force") { Description = "Replace a different snapshot already in the folder" };
        var definition = new Option<string?>("--definition") { Description = "Monitor definition file (default: the bundled monitor-definition.json)" };
        var cmd = new Command("monitor", "Compute the monitor for a year and freeze it as a snapshot (CSV files, report.html, snapshot.json)")
            { year, baseline, outDir, dutch, force, definition };
        cmd.SetAction(pr =>
        {
            MonitorDefinition def;
            try { def = pr.GetValue(definition) is { } f ? MonitorDefinition.LoadFile(f) : MonitorDefinition.Default; }
            catch (Exception e) when (e is IOException or InvalidDataException or RuleSyntaxException or System.Text.Json.JsonException or UnauthorizedAccessException)
            { return CliOptions.Fail($"monitor definition: {e.Message}"); }
            using var store = CliOptions.OpenStore(pr);
            var y = pr.GetValue(year);
            if (y is < 1990 or > 2100) return CliOptions.Fail($"year {y} is out of range (1990-2100)");
            // A year the store cannot answer is refused, never swapped for the nearest one.
            var (first, last) = MonitorRun.YearsCovered(store, pr.GetValue(baseline), def);
            if (y < first || y > last) return CliOptions.Fail($"year {y} is outside the years the store covers ({first}-{last})");
            var dir = pr.GetValue(outDir) ?? MonitorRun.DefaultDir(pr.GetValue(CliOptions.Data)!.FullName, y);
            MonitorRun.Result result;
            try { result = MonitorRun.Freeze(store, y, pr.GetValue(baseline), dir, pr.GetValue(dutch), pr.GetValue(force), def); }
            catch (ArgumentException e) { return CliOptions.Fail(e.Message); }
            catch (IOException e) { return CliOptions.Fail(e.Message); }
            Print(result.Snapshot);
            foreach (var v in result.Undated) AnsiConsole.MarkupLine($"[yellow]left out[/] {Markup.Escape(v)}: no start date (add it to the registry)");
            Console.Out.WriteLine(result.Summary);
            return 0;
        });
        cmd.Subcommands.Add(Compare());
        return cmd;
    }

    private static void Print(MonitorSnapshot s)
    {
        var y = s.Manifest.Year;
        var t = new Table().Title($"Monitor {y} (baseline {s.Manifest.BaselineYear})")
            .AddColumns("measure", "cao's (any)", "employees (any)", "cao's (recht)", "employees (recht)", "pp vs baseline");
        foreach (var f in s.Figures.Where(f => f.Key.Year == y && f.Key.Breakdown == "all" && f.Key.Strength == "any"))
        {
            var recht = s.Find(y, f.Key.Measure, "recht");
            t.AddRow(Markup.Escape(f.Key.Measure), $"{f.CaosWith}/{f.Caos} ({f.ShareCaos:P0})", $"{f.ShareEmployees:P0}",
                recht is null ? "" : $"{recht.CaosWith}/{recht.Caos} ({recht.ShareCaos:P0})", recht is null ? "" : $"{recht.ShareEmployees:P0}",
                f.CaosPpVsBaseline is { } pp ? pp.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "");
        }
        AnsiConsole.Write(t);
    }

    private static Command Compare()
    {
        var a = new Argument<string>("A") { Description = "Earlier snapshot folder" };
        var b = new Argument<string>("B") { Description = "Later snapshot folder" };
        var json = CliOptions.Json();
        var cmd = new Command("compare", "Compare the summary figures of two snapshots") { a, b, json };
        cmd.SetAction(pr =>
        {
            IReadOnlyList<SnapshotFolder.Change> changes;
            SnapshotFolder.Manifest ma, mb;
            try
            {
                ma = SnapshotFolder.ReadManifest(pr.GetValue(a)!);
                mb = SnapshotFolder.ReadManifest(pr.GetValue(b)!);
                changes = SnapshotFolder.Compare(pr.GetValue(a)!, pr.GetValue(b)!);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException) { return CliOptions.Fail(e.Message); }
            if (pr.GetValue(json)) { CliOptions.PrintJson(changes); return 0; }
            foreach (var (name, m) in new[] { ("A", ma), ("B", mb) })
                Console.Out.WriteLine($"{name}: year {m.Snapshot.Year}, corpus {m.Snapshot.CorpusHash[..12]}, classifier {m.Snapshot.ClassifierVersion}, definition {m.Snapshot.DefinitionHash[..12]}");
            if (changes.Count == 0) { Console.Out.WriteLine("No differences in the summary figures."); return 0; }
            var t = new Table().AddColumns("year", "measure", "strength", "cao share A", "cao share B", "employee share A", "employee share B");
            static string P(double? v) => v is { } x ? x.ToString("P1", CultureInfo.InvariantCulture) : "-";
            foreach (var c in changes)
                t.AddRow(c.Year.ToString(CultureInfo.InvariantCulture), Markup.Escape(c.Measure), c.Strength, P(c.ShareCaosA), P(c.ShareCaosB), P(c.ShareEmployeesA), P(c.ShareEmployeesB));
            AnsiConsole.Write(t);
            return 0;
        });
        return cmd;
    }
}
