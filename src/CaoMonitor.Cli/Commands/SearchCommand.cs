using System.CommandLine;
using System.Net;
using CaoMonitor.Ingestion;
using CaoMonitor.Monitoring;
using CaoMonitor.Search;
using CaoMonitor.Storage;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

internal static class SearchCommand
{
    /// <summary>The public JSON shape of `search --json` (one object per hit; documented in the Search README).</summary>
    public sealed record HitJson(long DocumentId, long ClauseId, string Name, string Article, int Page, double Score, string Snippet, string Text,
        string AgreementId, string VersionId, string Type, string? Sector, string? Start, string? End, string? Title, int PageEnd,
        int MatchedClauses, IReadOnlyList<EarlierVersion> EarlierVersions)
    {
        /// <summary>The effective VWNW/LLO labels of the clause (empty before classification).</summary>
        public IReadOnlyList<LabelJson> Labels { get; init; } = [];
    }

    /// <summary>A hit's label: code, its Dutch name, strength and the amount with its period.</summary>
    public sealed record LabelJson(string Code, string Label, string Strength, decimal? AmountEur, string? Period);

    public static Command Create()
    {
        var query = new Argument<string?>("query") { Description = "The query (see the Search README): words, OR, -word, \"phrase\", word*, NEAR(a b, 5), sector: jaar: cao: type: categorie:", Arity = ArgumentArity.ZeroOrOne };
        var sector = new Option<string?>("--sector") { Description = "Only cao's of this sector (part of the name)" };
        var year = new Option<int?>("--year") { Description = "Only cao's in force some time in this year" };
        var type = new Option<string?>("--type") { Description = "sector, company or policy" };
        var cao = new Option<string?>("--cao") { Description = "Agreement id or part of the cao's name" };
        var category = new Option<string?>("--category") { Description = "VWNW/LLO label code or prefix (needs classification)" };
        var page = new Option<int>("--page") { Description = "Result page, from 1", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = $"Hits per page (1-{Searcher.MaxPageSize})", DefaultValueFactory = _ => 10 };
        var allVersions = new Option<bool>("--all-versions") { Description = "Every version of an agreement its own hit (default: the newest, with the number of earlier versions)" };
        var like = new Option<long?>("--like") { Description = "More like this: clauses of other cao's most similar to this clause id" };
        var json = CliOptions.Json();
        var cmd = new Command("search", "Full-text search over the clauses of current cao's and policy documents")
            { query, sector, year, type, cao, category, page, size, allVersions, like, json };
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            var searcher = new Searcher(store);
            SearchResult result;
            try
            {
                if (pr.GetValue(like) is { } clauseId)
                    result = searcher.MoreLikeThis(clauseId, pr.GetValue(page), pr.GetValue(size), facets: !pr.GetValue(json), allVersions: pr.GetValue(allVersions));
                else if (string.IsNullOrWhiteSpace(pr.GetValue(query)) && pr.GetValue(sector) is null && pr.GetValue(year) is null
                         && pr.GetValue(type) is null && pr.GetValue(cao) is null && pr.GetValue(category) is null)
                    return CliOptions.Fail("give a query, a filter (--sector, --year, --type, --cao, --category) to browse, or --like CLAUSE_ID");
                else
                    result = searcher.Search(new SearchRequest(pr.GetValue(query) ?? "")
                    {
                        Sector = pr.GetValue(sector), Year = pr.GetValue(year), Type = pr.GetValue(type), Cao = pr.GetValue(cao),
                        Category = pr.GetValue(category), Page = pr.GetValue(page), Size = pr.GetValue(size), Facets = !pr.GetValue(json),
                        AllVersions = pr.GetValue(allVersions),
                    });
            }
            catch (SearchException e)
            {
                return CliOptions.Fail(e.Message);
            }
            if (pr.GetValue(json))
            {
                CliOptions.PrintJson(result.Hits.Select(h => new HitJson(h.DocumentId, h.ClauseId, h.Name, h.Article, h.PageStart, h.Score,
                    h.Snippet, h.Text, h.AgreementId, h.VersionId, h.Type, h.Sector, h.Start, h.End, h.Title, h.PageEnd, h.MatchedClauses, h.EarlierVersions)
                {
                    Labels = h.Labels.Select(l => new LabelJson(l.Code, MeasureText.Category(l.Code), l.Strength, l.AmountEur, l.Period)).ToList(),
                }));
                // The JSON stays a list of hits; a suggestion for an empty result goes to stderr for the person reading along.
                if (result.Suggestion is { } s)
                    Console.Error.WriteLine($"no hits; \"{s.Query}\" has {s.Total}");
                return 0;
            }
            Print(result);
            return 0;
        });
        return cmd;
    }

    private static void Print(SearchResult r)
    {
        int first = (r.Page - 1) * r.Size;
        if (r.Origin is { } o)
            AnsiConsole.MarkupLine($"[grey]like:[/] {Markup.Escape(o.Name)} {Markup.Escape(o.Article)}: {Highlight(o.Snippet)}");
        var t = new Table().AddColumns("#", "score", "cao", "period", "article", "p.", "snippet");
        t.Columns[6].Width(70);
        int n = first;
        foreach (var h in r.Hits)
            t.AddRow((++n).ToString(), h.Score.ToString("0.00"), Markup.Escape(h.Name), $"{h.Start} – {h.End}",
                Markup.Escape(h.Article + (h.Title is { } title ? "  " + title : "")) +
                (h.MatchedClauses > 1 ? $"\n[grey]{h.MatchedClauses} leden[/]" : "") +
                (h.EarlierVersions.Count > 0 ? $"\n[grey]ook in {h.EarlierVersions.Count} eerdere {(h.EarlierVersions.Count == 1 ? "versie" : "versies")}[/]" : "") +
                (h.Labels.Count > 0 ? "\n[grey]" + Markup.Escape(string.Join(", ", h.Labels.Select(l =>
                    $"{l.Code} {l.Strength}{(l.AmountEur is { } a ? $" € {a:0.##}{(l.Period is { } p ? " " + p : "")}" : "")}"))) + "[/]" : ""),
                h.PageStart.ToString(), Highlight(h.Snippet));
        AnsiConsole.Write(t);
        if (r.Suggestion is { } s)
            AnsiConsole.MarkupLine($"no hits for {Markup.Escape(r.Query)}; did you mean [bold]{Markup.Escape(s.Query)}[/] ({s.Total} hits)?");
        else if (r.Browsing && r.Hits.Count > 0)
            AnsiConsole.MarkupLine("[grey]filters only: every article they allow, by cao name, newest version, in text order[/]");
        AnsiConsole.MarkupLine(r.Hits.Count == 0 ? $"no hits for {Markup.Escape(r.Query)}"
            : $"hits {first + 1}-{first + r.Hits.Count} of {r.Total} articles (clause {r.Hits[0].ClauseId} is the first; --like ID finds similar clauses in other cao's; --all-versions shows earlier versions as hits)");
        if (r.Facets is { } f)
        {
            static string Line(IEnumerable<FacetCount> fs) => string.Join(", ", fs.Take(12).Select(x => $"{Markup.Escape(x.Value)} ({x.Count})"));
            AnsiConsole.MarkupLine($"[grey]sector:[/] {Line(f.Sector)}");
            AnsiConsole.MarkupLine($"[grey]jaar:[/] {Line(f.Year)}");
            AnsiConsole.MarkupLine($"[grey]type:[/] {Line(f.Type)}");
            AnsiConsole.MarkupLine(f.Category is null ? "[grey]categorie: (not classified yet)[/]" : $"[grey]categorie:[/] {Line(f.Category)}");
        }
    }

    /// <summary>The HTML snippet as console markup: marks in yellow, entities decoded, the rest escaped.</summary>
    internal static string Highlight(string html)
    {
        var parts = html.Split(["<mark>", "</mark>"], StringSplitOptions.None);
        return string.Concat(parts.Select((p, i) => i % 2 == 1
            ? $"[bold yellow]{Markup.Escape(WebUtility.HtmlDecode(p))}[/]"
            : Markup.Escape(WebUtility.HtmlDecode(p))));
    }

    /// <summary>`caomonitor bench search`: the search benchmark (see SearchBenchmark); not part of the tests.</summary>
    public static Command CreateBenchSearch()
    {
        var clauses = new Option<int>("--clauses") { Description = "Synthetic leaf clauses to generate", DefaultValueFactory = _ => 1_000_000 };
        var source = new Option<DirectoryInfo?>("--source") { Description = "Documents whose sentences are recombined (default: the store's clauses, else corpus/)" };
        var work = new Option<DirectoryInfo?>("--work") { Description = "Folder for the temporary database (default: a new temp folder, removed afterwards)" };
        var rounds = new Option<int>("--rounds") { Description = "Times the query mix is run", DefaultValueFactory = _ => 3 };
        var json = CliOptions.Json();
        var search = new Command("search", "Generate a large synthetic store, time the index build and a fixed query mix against bare Lucene")
            { clauses, source, work, rounds, json };
        search.SetAction(pr =>
        {
            var texts = new List<string>();
            var titles = new List<string>();
            void Collect(CaoStore s)
            {
                texts.AddRange(s.Leaves(currentOnly: true).Select(c => c.Text));
                titles.AddRange(s.ArticleTitles());
            }
            if (pr.GetValue(source) is null)
                using (var store = CliOptions.OpenStore(pr)) Collect(store);
            string? temp = null;
            try
            {
                if (texts.Count == 0)
                {
                    var dir = pr.GetValue(source)?.FullName ?? Path.GetFullPath("corpus");
                    if (!Directory.Exists(dir)) return CliOptions.Fail($"no clauses in the store and no source folder {dir}; pass --source DIR");
                    temp = Directory.CreateTempSubdirectory("caomonitor-bench-src-").FullName;
                    Console.Error.WriteLine($"reading sentences from {dir} ...");
                    using var s = CaoStore.Open(temp);
                    new IngestBatch(s, new IngestPipeline(s)).Run([dir]);
                    Collect(s);
                }
                var workDir = pr.GetValue(work)?.FullName ?? Directory.CreateTempSubdirectory("caomonitor-bench-").FullName;
                try
                {
                    var report = SearchBenchmark.Run(texts, titles.Distinct().ToList(), pr.GetValue(clauses), workDir, m => Console.Error.WriteLine(m), pr.GetValue(rounds));
                    if (pr.GetValue(json)) { CliOptions.PrintJson(report); return 0; }
                    var t = new Table().AddColumns("measure", "value");
                    t.AddRow("clauses / documents", $"{report.Clauses:N0} / {report.Documents:N0}");
                    t.AddRow("index size", $"{report.IndexBytes / 1048576.0:N0} MB");
                    t.AddRow("index build", $"{report.IndexSeconds:0.0} s, {report.BuildClausesPerS:N0} clauses/s");
                    t.AddRow("peak memory", $"{report.PeakMb:N0} MB");
                    foreach (var l in new[] { report.Bare, report.Ours, report.OursWithFacets })
                        t.AddRow(Markup.Escape(l.Name), $"p50 {l.P50Ms:0.00} ms, p95 {l.P95Ms:0.00} ms, mean {l.MeanMs:0.00} ms, max {l.MaxMs:0.0} ms");
                    t.AddRow("ours / bare", $"p50 {report.RatioP50:0.00}x, p95 {report.RatioP95:0.00}x");
                    t.AddRow("ours by phase (mean ms)", Markup.Escape(string.Join(", ", report.OursPhasesMs.Select(p => $"{p.Key} {p.Value:0.00}"))));
                    t.AddRow("queries", $"{report.Queries} x {report.Rounds} rounds, {report.Cores} cores");
                    AnsiConsole.Write(t);
                    return 0;
                }
                finally
                {
                    if (pr.GetValue(work) is null) TryDelete(workDir);
                }
            }
            finally
            {
                if (temp is not null) TryDelete(temp);
            }
        });
        return search;
    }

    // The stores opened on these folders are disposed by now, which releases their pooled connections.
    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
