using System.CommandLine;
using CaoMonitor.Domain;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

internal static class ShowCommand
{
    public sealed record LabelJson(string Code, string Strength, string Source, decimal? AmountEur, string? Period);
    public sealed record ArticleJson(long Id, string? Number, string? Title, string Kind, string Path, int PageStart, int PageEnd, string Text, IReadOnlyList<LabelJson>? Labels);
    public sealed record ShowJson(DocumentsCommand.DocumentJson Document, IReadOnlyList<ArticleJson> Chapters, IReadOnlyList<ArticleJson> Articles, IReadOnlyList<ArticleJson> Clauses);

    public static Command Create()
    {
        var id = new Argument<long>("id") { Description = "Document id (see `caomonitor documents`)" };
        var json = CliOptions.Json();
        var cmd = new Command("show", "Print a document's structure: chapters, articles, leden, appendices") { id, json };
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            var doc = store.GetDocument(pr.GetValue(id));
            if (doc is null) return CliOptions.Fail($"no document with id {pr.GetValue(id)}");
            var clauses = store.GetClauses(doc.Id);
            if (pr.GetValue(json))
            {
                // Effective labels (review decisions applied) of the leaf clauses.
                var labels = new CaoMonitor.Classification.LabelStore(store).ForDocument(doc.Id);
                ArticleJson J(Clause c) => new(c.Id, c.Number, c.Title, c.Kind.ToString().ToLowerInvariant(), c.Path, c.PageStart, c.PageEnd, c.Text,
                    c.IsLeaf ? labels[c.Id].Select(l => new LabelJson(l.Code, l.Strength, l.Source, l.AmountEur, l.Period)).ToList() : null);
                // Policy documents have sections where cao's have articles.
                var articleKind = doc.Version.Type == DocumentType.Policy ? ClauseKind.Section : ClauseKind.Article;
                CliOptions.PrintJson(new ShowJson(DocumentsCommand.ToJson(doc),
                    clauses.Where(c => c.Kind is ClauseKind.Chapter or ClauseKind.Appendix).Select(J).ToList(),
                    clauses.Where(c => c.Kind == articleKind).Select(J).ToList(),
                    clauses.Where(c => c.IsLeaf).Select(J).ToList()));
                return 0;
            }
            var v = doc.Version;
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(v.Name)}[/]  ({v.Type.Code()}, {Markup.Escape(v.Sector ?? "-")}, {v.Start} – {v.End}, {doc.Document.PageCount} pages)");
            if (doc.Document.Error is { } err) AnsiConsole.MarkupLine($"[red]failed:[/] {Markup.Escape(err)}");
            var tree = new Tree(Markup.Escape(v.Id));
            var nodes = new Dictionary<long, TreeNode>();
            foreach (var c in clauses)
            {
                var label = Markup.Escape($"{c.Path}{(c.Title is { } t ? "  " + t : "")}  p. {c.PageStart}{(c.PageEnd != c.PageStart ? "-" + c.PageEnd : "")}");
                var node = c.ParentId is { } p && nodes.TryGetValue(p, out var parent) ? parent.AddNode(label) : tree.AddNode(label);
                nodes[c.Id] = node;
            }
            AnsiConsole.Write(tree);
            return 0;
        });
        return cmd;
    }
}
