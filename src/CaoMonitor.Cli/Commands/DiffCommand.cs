using System.CommandLine;
using System.Globalization;
using CaoMonitor.Diff;
using CaoMonitor.Storage;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

/// <summary>diff A B: what changed between two versions of one cao, provisions first, then the articles.</summary>
internal static class DiffCommand
{
    public sealed record VersionJson(long Id, string VersionId, string Name, string? Start, string? End);
    public sealed record ArticleRefJson(long ClauseId, string? Number, string? Title, string Path);
    public sealed record ArticlePairJson(string Change, ArticleRefJson? Old, ArticleRefJson? New, double Similarity);
    public sealed record ArticleCountsJson(int Total, int Unchanged, int Renumbered, int Changed, int Added, int Removed);
    public sealed record DiffJson(VersionJson A, VersionJson B, ArticleCountsJson Articles, IReadOnlyList<ProvisionChange> ProvisionChanges, IReadOnlyList<ArticlePairJson> ArticlePairs);

    public static Command Create()
    {
        var a = new Argument<string>("A") { Description = "Earlier version: document id or version id (e.g. metaal-2023)" };
        var b = new Argument<string>("B") { Description = "Later version of the same cao: document id or version id" };
        var json = CliOptions.Json();
        var cmd = new Command("diff", "What changed between two versions of one cao: provision changes per category (added, removed, strength, amount, period), then the articles, matched by content") { a, b, json };
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            var da = Find(store, pr.GetValue(a)!);
            var db = Find(store, pr.GetValue(b)!);
            if (da is null) return CliOptions.Fail($"no document or version '{pr.GetValue(a)}' (see `caomonitor documents`)");
            if (db is null) return CliOptions.Fail($"no document or version '{pr.GetValue(b)}' (see `caomonitor documents`)");
            if (da.Version.AgreementId != db.Version.AgreementId)
                return CliOptions.Fail($"{da.Version.Id} and {db.Version.Id} are not versions of the same cao ({da.Version.AgreementId}, {db.Version.AgreementId})");
            var d = VersionDiff.Compute(store, da, db);
            if (pr.GetValue(json)) { CliOptions.PrintJson(ToJson(d)); return 0; }
            Print(d);
            return 0;
        });
        return cmd;
    }

    private static StoredDocument? Find(CaoStore store, string key) =>
        long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? store.GetDocument(id)
            : store.ListDocuments(currentOnly: true).FirstOrDefault(d => d.Version.Id.Equals(key, StringComparison.OrdinalIgnoreCase));

    public static DiffJson ToJson(VersionDiffResult d)
    {
        static VersionJson V(StoredDocument x) => new(x.Id, x.Version.Id, x.Version.Name, CaoStore.Iso(x.Version.Start), CaoStore.Iso(x.Version.End));
        static ArticleRefJson? R(DiffArticle? x) => x is null ? null : new(x.Clause.Id, x.Clause.Number, x.Clause.Title, x.Clause.Path);
        return new DiffJson(V(d.A), V(d.B),
            new ArticleCountsJson(d.Pairs.Count, d.Count(ArticleChange.Unchanged), d.Count(ArticleChange.Renumbered), d.Count(ArticleChange.Changed),
                d.Count(ArticleChange.Added), d.Count(ArticleChange.Removed)),
            d.ProvisionChanges,
            d.Pairs.Select(p => new ArticlePairJson(p.Change.ToString().ToLowerInvariant(), R(p.Old), R(p.New), Math.Round(p.Similarity, 3))).ToList());
    }

    private static void Print(VersionDiffResult d)
    {
        Console.Out.WriteLine($"{d.A.Version.Name} ({d.A.Version.Id}) -> {d.B.Version.Name} ({d.B.Version.Id})");
        if (d.ProvisionChanges.Count == 0) Console.Out.WriteLine("No provision changes.");
        else
        {
            var t = new Table().Title("Provision changes").AddColumns("category", "change", "before", "after", "clause A", "clause B");
            static string S(ProvisionState? s) => s is null ? "-" : s.Strength + (s.Amount is { } a ? $", EUR {a.ToString("0.##", CultureInfo.InvariantCulture)}" : "") + (s.Period is { } p ? " " + p : "");
            foreach (var c in d.ProvisionChanges)
                t.AddRow(Markup.Escape(c.Code), c.Change, Markup.Escape(S(c.Before)), Markup.Escape(S(c.After)), c.ClauseA?.ToString(CultureInfo.InvariantCulture) ?? "-", c.ClauseB?.ToString(CultureInfo.InvariantCulture) ?? "-");
            AnsiConsole.Write(t);
        }
        Console.Out.WriteLine($"Articles: {d.Pairs.Count}; {d.Count(ArticleChange.Changed)} changed, {d.Count(ArticleChange.Renumbered)} renumbered only, " +
                              $"{d.Count(ArticleChange.Added)} added, {d.Count(ArticleChange.Removed)} removed, {d.Count(ArticleChange.Unchanged)} unchanged");
        foreach (var p in d.Pairs.Where(p => p.Change is not ArticleChange.Unchanged))
        {
            var o = p.Old is null ? "" : $"{p.Old.Clause.Path} {p.Old.Clause.Title}".Trim();
            var n = p.New is null ? "" : $"{p.New.Clause.Path} {p.New.Clause.Title}".Trim();
            Console.Out.WriteLine(p.Change switch
            {
                ArticleChange.Added => $"  added      {n}",
                ArticleChange.Removed => $"  removed    {o}",
                ArticleChange.Renumbered => $"  renumbered {o} -> {n}",
                _ => $"  changed    {n}{(o != n ? $" (was {o})" : "")}",
            });
        }
    }
}
