using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CaoMonitor.Domain;
using CaoMonitor.Storage;

namespace CaoMonitor.Search;

/// <summary>
/// Measures the index at scale (not a test: figures depend on the machine). Builds a store of
/// <c>clauses</c> synthetic leaf clauses by recombining real sentences, times the Lucene index build,
/// then runs one fixed mix of queries three ways on the same index: (a) bare Lucene top 10 on the
/// compiled queries and filters; (b) our search (parse, analyse, group into articles, collapse
/// versions, page details, Highlighter snippets); (c) (b) plus facets over all hits.
/// </summary>
public static partial class SearchBenchmark
{
    public sealed record Latency(string Name, double P50Ms, double P95Ms, double MeanMs, double MaxMs);

    /// <summary>The JSON of `bench search --json`: the issue's fields first, then detail.</summary>
    public sealed record Report(int Clauses, double BareP50Ms, double BareP95Ms, double OursP50Ms, double OursP95Ms,
        double FacetsP50Ms, double FacetsP95Ms, double BuildClausesPerS, double PeakMb,
        int Documents, double GenerateSeconds, double IndexSeconds, long IndexBytes, Latency Bare, Latency Ours, Latency OursWithFacets,
        double RatioP50, double RatioP95, int Queries, int Rounds, int Cores)
    {
        /// <summary>Where (b) spends its time: milliseconds per query and phase (collect is Lucene's matching and scoring, as in (a)).</summary>
        public IReadOnlyDictionary<string, double> OursPhasesMs { get; init; } = new Dictionary<string, double>();
    }

    /// <summary>The fixed query mix: words, phrases, prefixes, OR, NOT, NEAR, filters, as researchers type them.</summary>
    public static readonly IReadOnlyList<string> QueryMix =
    [
        "scholing", "ontwikkelbudget", "loopbaanscan", "studiekosten", "opleidingsfonds",
        "budget", "werknemer scholing", "recht op scholing", "\"persoonlijk ontwikkelbudget\"", "\"van werk naar werk\"",
        "vwnw", "llo", "opleid*", "loopbaan*", "scholing OR opleiding",
        "transitievergoeding", "sociaal plan", "\"sociaal plan\"", "outplacement", "herplaatsing",
        "boventallig", "mobiliteit", "EVC", "ervaringscertificaat", "ontwikkelgesprek",
        "\"persoonlijk ontwikkelplan\"", "BBL", "leerwerkplek", "duurzame inzetbaarheid", "\"duurzame inzetbaarheid\"",
        "NEAR(werkgever scholing, 5)", "NEAR(budget jaar, 10)", "scholing -veiligheid", "opleiding -niveau", "werkgever vergoedt",
        "€ 500", "1,5%", "loonsom opleiding", "O&O-fonds", "van-werk-naar-werk",
        "scholing sector:metaal", "ontwikkelbudget jaar:2025", "loopbaan type:company", "studieverlof", "werkgeversnetwerk",
        "detachering", "zij-instroom", "scholingsplan OR opleidingsplan", "pensioen loopbaan", "werktijd scholing",
    ];

    public static Report Run(IReadOnlyList<string> sourceTexts, IReadOnlyList<string> titles, int clauses, string workDir,
        Action<string>? log = null, int rounds = 3, int clausesPerDocument = 500)
    {
        log ??= _ => { };
        var sentences = Sentences(sourceTexts);
        if (sentences.Count < 20) throw new InvalidOperationException($"need at least 20 source sentences, found {sentences.Count}");
        if (titles.Count == 0) titles = ["Scholing", "Loopbaan", "Werktijden", "Salaris", "Vakantie"];
        Directory.CreateDirectory(workDir);
        using var store = CaoStore.Open(workDir);

        var sw = Stopwatch.StartNew();
        int documents = Generate(store, sentences, titles, clauses, clausesPerDocument, log);
        double generateSeconds = sw.Elapsed.TotalSeconds;
        log($"generated {clauses:N0} clauses in {documents:N0} documents in {generateSeconds:0.0} s; indexing");

        int lastTenth = -1;
        var stats = SearchIndex.Rebuild(store, (done, total) =>
        {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) { lastTenth = tenth; log($"  indexed {done:N0}/{total:N0}"); }
        });
        log($"indexed {stats.Clauses:N0} clauses in {stats.Elapsed.TotalSeconds:0.0} s ({stats.ClausesPerSecond:0} clauses/s)");

        var searcher = new Searcher(store);
        var compiled = QueryMix.Select(q => QueryCompiler.Compile(q)).ToList();
        // Open the reader and warm the JIT once, untimed.
        foreach (var q in QueryMix) searcher.Search(new SearchRequest(q) { Facets = true });

        SearchTimings.Reset();
        var bare = new List<double>();
        var ours = new List<double>();
        var full = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < QueryMix.Count; i++)
            {
                bare.Add(Time(() => searcher.Bare(compiled[i])));
                SearchTimings.Enabled = true;
                ours.Add(Time(() => searcher.Search(new SearchRequest(QueryMix[i]) { Facets = false })));
                SearchTimings.Enabled = false;
                full.Add(Time(() => searcher.Search(new SearchRequest(QueryMix[i]) { Facets = true })));
            }
            log($"  round {round + 1}/{rounds} done");
        }
        var b = Stats("bare Lucene top 10", bare);
        var o = Stats("our search, top 10 articles with snippets", ours);
        var f = Stats("our search + total + facets", full);
        long bytes = new DirectoryInfo(SearchIndex.FolderOf(store)).EnumerateFiles().Sum(x => x.Length);
        IndexReaders.Release(SearchIndex.FolderOf(store));
        double peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        return new Report(clauses, b.P50Ms, b.P95Ms, o.P50Ms, o.P95Ms, f.P50Ms, f.P95Ms, Math.Round(stats.ClausesPerSecond), Math.Round(peak),
            documents, generateSeconds, stats.Elapsed.TotalSeconds, bytes, b, o, f,
            o.P50Ms / Math.Max(b.P50Ms, 1e-6), o.P95Ms / Math.Max(b.P95Ms, 1e-6), QueryMix.Count, rounds, Environment.ProcessorCount)
        {
            OursPhasesMs = SearchTimings.PerQuery(ours.Count),
        };
    }

    private static double Time(Action a)
    {
        long t0 = Stopwatch.GetTimestamp();
        a();
        return Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
    }

    private static Latency Stats(string name, List<double> ms)
    {
        var s = ms.Order().ToArray();
        double P(double p) => s[Math.Clamp((int)Math.Ceiling(p * s.Length) - 1, 0, s.Length - 1)];
        return new Latency(name, P(0.50), P(0.95), s.Average(), s[^1]);
    }

    [GeneratedRegex(@"(?<=[.;:!?])\s+|\n+")] private static partial Regex SentenceBreak();

    /// <summary>Sentences of at least four words, deduplicated, from the source clause texts.</summary>
    public static List<string> Sentences(IEnumerable<string> texts) =>
        texts.SelectMany(t => SentenceBreak().Split(t))
            .Select(s => s.Trim())
            .Where(s => s.Count(char.IsWhiteSpace) >= 3 && s.Length <= 600)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static readonly string[] Sectors =
    [
        "metaal en techniek", "bouw en infra", "zorg en welzijn", "detailhandel", "horeca", "transport en logistiek", "onderwijs",
        "overheid", "financiele dienstverlening", "schoonmaak", "agrarisch", "voedingsindustrie", "chemie", "uitzendwerk",
        "ict", "energie", "cultuur", "beveiliging", "kinderopvang", "woningcorporaties",
    ];

    /// <summary>Stores documents of leaf clauses through Storage (no extraction, no clause writers): clause = 1-4 random sentences.</summary>
    private static int Generate(CaoStore store, List<string> sentences, IReadOnlyList<string> titles, int clauses, int perDoc, Action<string> log)
    {
        var rnd = new Random(20250101);
        int documents = (clauses + perDoc - 1) / perDoc;
        int written = 0;
        var text = new StringBuilder();
        for (int k = 0; k < documents; k++)
        {
            int n = Math.Min(perDoc, clauses - written);
            int year = 2018 + rnd.Next(9);
            int agreement = k / 3;
            var type = rnd.Next(4) == 0 ? DocumentType.Company : DocumentType.Sector;
            var end = new DateOnly(year + 1 + rnd.Next(2), 12, 31);
            var version = new CaoVersion($"bench-{agreement}-{year}-{k}", $"bench-{agreement}", $"Cao Bench {agreement} {year}", type,
                Sectors[agreement % Sectors.Length], null, new DateOnly(year, 1, 1), end, null, null, null);
            var leaves = new List<Clause>(n);
            for (int c = 0; c < n; c++)
            {
                text.Clear();
                int count = 1 + rnd.Next(4);
                for (int s = 0; s < count; s++) text.Append(s == 0 ? "" : " ").Append(sentences[rnd.Next(sentences.Count)]);
                int article = 1 + c / 3;
                leaves.Add(new Clause(ClauseKind.Article, article.ToString(CultureInfo.InvariantCulture), titles[(article * 7 + k) % titles.Count],
                    $"Art. {article}", 0, 0, 1 + c / 4, 1 + c / 4, text.ToString()) { Ordinal = c, IsLeaf = true });
            }
            store.SaveDocument(new DocumentWrite(version, "bench", $"bench-{k}", 0, "text/plain", "", [], leaves));
            written += n;
            if (k % 500 == 0) log($"  generated {written:N0}/{clauses:N0}");
        }
        return documents;
    }
}
