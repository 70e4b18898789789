using System.CommandLine;
using CaoMonitor.Domain;
using CaoMonitor.Storage;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

internal static class DocumentsCommand
{
    /// <summary>The public JSON shape of `documents --json` (documented in the README).</summary>
    public sealed record DocumentJson(long Id, string VersionId, string AgreementId, int Revision, bool Current, string Name, string Type,
        string? Sector, string? Parties, string? Start, string? End, bool? Avv, int? Employees, string File, string Sha256, int Pages,
        int OcrPages, int Clauses, string Status, string? ErrorReason, string? Error, IReadOnlyList<string> Derived, string Extractor);

    public static DocumentJson ToJson(StoredDocument d) => new(d.Id, d.Version.Id, d.Version.AgreementId, d.Document.Revision, d.IsCurrent,
        d.Version.Name, d.Version.Type.Code(), d.Version.Sector, d.Version.Parties, CaoStore.Iso(d.Version.Start), CaoStore.Iso(d.Version.End),
        d.Version.Avv, d.Version.Employees, Path.GetFileName(d.Document.SourceFile), d.Document.Sha256, d.Document.PageCount, d.OcrPages,
        d.Document.ClauseCount, d.Document.Status == DocumentStatus.Ok ? "ok" : "failed", d.ErrorReason, d.Document.Error, d.Version.Derived, d.Extractor);

    public static Command Create()
    {
        var json = CliOptions.Json();
        var all = new Option<bool>("--all") { Description = "Include earlier revisions of changed files" };
        var cmd = new Command("documents", "List stored document versions, failed files included") { json, all };
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            var docs = store.ListDocuments(currentOnly: !pr.GetValue(all));
            if (pr.GetValue(json)) { CliOptions.PrintJson(docs.Select(ToJson)); return 0; }
            var t = new Table().AddColumns("id", "version", "name", "type", "sector", "period", "pages", "clauses", "status");
            foreach (var d in docs)
            {
                var v = d.Version;
                t.AddRow(d.Id.ToString(), Markup.Escape(v.Id), Markup.Escape(Trim(v.Name, 50)), v.Type.Code(), Markup.Escape(v.Sector ?? ""),
                    $"{CaoStore.Iso(v.Start)} – {CaoStore.Iso(v.End)}", d.Document.PageCount.ToString(), d.Document.ClauseCount.ToString(),
                    d.Document.Status == DocumentStatus.Ok ? "ok" : $"[red]failed[/]: {Markup.Escape(Trim(d.Document.Error ?? "", 60))}");
            }
            AnsiConsole.Write(t);
            AnsiConsole.MarkupLine($"{docs.Count(d => d.Document.Status == DocumentStatus.Ok)} documents, {docs.Count(d => d.Document.Status != DocumentStatus.Ok)} failed");
            return 0;
        });
        return cmd;
    }

    private static string Trim(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
