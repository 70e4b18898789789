using System.CommandLine;
using CaoMonitor.Registry;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

internal static class RegistryCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A registry CSV: ours (corpus/registry.csv) or the ministry's cao tables (employees-by-cao.csv, onderzoekcaos.csv)" };
        var import = new Command("import", "Import registry rows (cao versions, sectors, employees)") { file };
        import.SetAction(pr =>
        {
            var f = pr.GetValue(file)!;
            if (!f.Exists) return CliOptions.Fail($"'{f.FullName}' does not exist");
            IReadOnlyList<RegistryEntry> rows;
            try { rows = RegistryFile.Read(f.FullName); }
            catch (InvalidDataException e) { return CliOptions.Fail(e.Message); }
            using var store = CliOptions.OpenStore(pr);
            rows = RegistryFile.FillFromMinistry(rows, store.ListRegistry());
            store.UpsertRegistry(rows);
            Console.WriteLine($"imported {rows.Count} registry rows from {f.Name}; employees known for {rows.Count(r => r.Version.Employees is not null)}");
            return 0;
        });
        var list = new Command("list", "List the registry");
        list.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            var t = new Table().AddColumns("id", "agreement", "name", "type", "sector", "start", "end", "employees", "file");
            foreach (var r in store.ListRegistry())
            {
                var v = r.Version;
                t.AddRow(Markup.Escape(v.Id), Markup.Escape(v.AgreementId), Markup.Escape(v.Name), r.TypeKnown ? v.Type.ToString() : "", Markup.Escape(v.Sector ?? ""),
                    v.Start?.ToString() ?? "", v.End?.ToString() ?? "", v.Employees?.ToString() ?? "", Markup.Escape(v.File ?? ""));
            }
            AnsiConsole.Write(t);
            return 0;
        });
        return new Command("registry", "The cao registry: metadata and employee counts") { import, list };
    }
}
