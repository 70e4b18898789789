using System.CommandLine;
using System.Text.Json;
using CaoMonitor.Domain;
using CaoMonitor.Registry;
using CaoMonitor.Segmentation;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

/// <summary>
/// `quality structure`: how clean the stored segmentation is (see <see cref="StructureQuality"/>), and
/// optionally a seeded random sample of clause paths, with their pages, for a human judge.
/// </summary>
internal static class QualityCommand
{
    public sealed record StructureJson(int Documents, int Clauses, int TocClauses, double TocPer1000, int HeadingOnly, double HeadingOnlyPer1000,
        int Long, double LongPer1000, int BrokenSentence, double BrokenSentencePer1000, int DuplicatePaths,
        int CaoDocuments, int WithPeriod, int CoverPeriodRead, long TextChars, long UncoveredChars, IReadOnlyList<UncoveredJson> MostUncovered);
    public sealed record UncoveredJson(string Version, int Chars, int TextChars);

    public sealed record SampleJson(int N, string Cao, string Path, int PageStart, string Text, string Context);

    public static Command Create()
    {
        var json = CliOptions.Json();
        var sample = new Option<int>("--sample") { Description = "Write a random sample of this many leaf clauses of cao's (JSON Lines) to --sample-out" };
        var seed = new Option<int>("--seed") { Description = "Seed of the sample", DefaultValueFactory = _ => 16 };
        var output = new Option<FileInfo?>("--sample-out") { Description = "File for the sample" };
        var structure = new Command("structure", "Per 1,000 clauses: table-of-contents/index clauses, heading-only clauses, clauses over 4,000 characters, sentences broken by a line break")
            { json, sample, seed, output };
        structure.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            var docs = store.ListDocuments(currentOnly: true).Where(d => d.Document.Status == DocumentStatus.Ok).OrderBy(d => d.Version.Id, StringComparer.Ordinal).ToList();
            var clauses = docs.ToDictionary(d => d.Id, d => store.GetClauses(d.Id));
            var texts = docs.ToDictionary(d => d.Id, d => store.GetText(d.Id) ?? "");
            var f = StructureQuality.Measure(docs.Select(d => clauses[d.Id]));
            var caos = docs.Where(d => d.Version.Type != DocumentType.Policy).ToList();
            int coverRead = caos.Count(d =>
            {
                var text = texts[d.Id];
                var pages = store.GetPages(d.Id);
                var head = pages.Count > 1 ? text[..pages[1].End] : text;
                var c = CoverPage.Read(head, text);
                return c.Start is not null && c.End is not null;
            });
            // Text in no leaf clause, per document (StructureQuality.Uncovered): the worst three are named.
            var uncovered = docs.Select(d => new UncoveredJson(d.Version.Id, StructureQuality.Uncovered(texts[d.Id], clauses[d.Id]), texts[d.Id].Length)).ToList();
            var result = new StructureJson(f.Documents, f.Clauses, f.TocClauses, f.TocPer1000, f.HeadingOnly, f.HeadingOnlyPer1000, f.Long, f.LongPer1000,
                f.BrokenSentence, f.BrokenSentencePer1000, f.DuplicatePaths, caos.Count, caos.Count(d => d.Version.Start is not null), coverRead,
                uncovered.Sum(u => (long)u.TextChars), uncovered.Sum(u => (long)u.Chars),
                uncovered.Where(u => u.Chars > 0).OrderByDescending(u => u.Chars).Take(3).ToList());

            if (pr.GetValue(sample) is > 0 and var size)
            {
                if (pr.GetValue(output) is not { } file) return CliOptions.Fail("--sample needs --sample-out FILE");
                var pool = caos.SelectMany(d => StructureQuality.TextBearing(clauses[d.Id]).Where(c => c.IsLeaf).Select(c => (d, c)))
                    .OrderBy(x => x.d.Version.Id, StringComparer.Ordinal).ThenBy(x => x.c.Start).ToList();
                var rnd = new Random(pr.GetValue(seed));
                var picked = pool.OrderBy(_ => rnd.Next()).Take(size).ToList();
                using var w = new StreamWriter(file.FullName);
                int n = 0;
                foreach (var (d, c) in picked)
                {
                    var text = texts[d.Id];
                    var pages = store.GetPages(d.Id).Where(p => p.Number >= c.PageStart && p.Number <= c.PageEnd).ToList();
                    var context = pages.Count == 0 ? "" : text[pages[0].Start..pages[^1].End];
                    w.WriteLine(JsonSerializer.Serialize(new SampleJson(++n, d.Version.Id, c.Path, c.PageStart, c.Text, context),
                        new JsonSerializerOptions(CliOptions.JsonOut) { WriteIndented = false }));
                }
            }

            if (pr.GetValue(json)) { CliOptions.PrintJson(result); return 0; }
            var t = new Table().AddColumns("measure", "count", "per 1,000 clauses");
            t.AddRow("clauses", f.Clauses.ToString(), "");
            t.AddRow("table of contents / index", f.TocClauses.ToString(), f.TocPer1000.ToString("0.0"));
            t.AddRow("heading only", f.HeadingOnly.ToString(), f.HeadingOnlyPer1000.ToString("0.0"));
            t.AddRow($"over {StructureQuality.LongClause:N0} characters", f.Long.ToString(), f.LongPer1000.ToString("0.0"));
            t.AddRow("line break inside a sentence", f.BrokenSentence.ToString(), f.BrokenSentencePer1000.ToString("0.0"));
            t.AddRow("duplicate paths", f.DuplicatePaths.ToString(), f.DuplicatePathsPer1000.ToString("0.0"));
            AnsiConsole.Write(t);
            AnsiConsole.MarkupLine($"Text in no clause (stretches of {StructureQuality.UncoveredStretch:N0}+ characters, contents and signatures included): " +
                $"{result.UncoveredChars:N0} of {result.TextChars:N0} characters" +
                (result.MostUncovered.Count == 0 ? "." : "; most in " + string.Join(", ", result.MostUncovered.Select(u => Markup.Escape($"{u.Version} ({u.Chars:N0} of {u.TextChars:N0})"))) + "."));
            AnsiConsole.MarkupLine($"{caos.Count} cao's: {result.WithPeriod} with a period, {coverRead} with a period read from the cover.");
            return 0;
        });
        var cmd = new Command("quality", "Measure the quality of stored data") { structure };
        return cmd;
    }
}
