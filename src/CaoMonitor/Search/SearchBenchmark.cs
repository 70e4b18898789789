using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CaoMonitor.Domain;
using CaoMonitor.Storage;

namespace CaoMonitor.Search;

/// <summary>
/// Measures the index at scale (not a test: figures depend on the machine). Builds a store of
/// <c>clauses</c> synthetic leaf clauses by recombining real sentences, times the index build, then
/// runs a fixed mix of queries three ways on the same database: bare FTS5 MATCH (top 10 by the
/// same bm25), our search (parse, analyse, rank, page details, snippets), and our search with
/// total and facets (what the CLI shows).
/// </summary>
public static partial class SearchBenchmark
{
    public sealed record Latency(string Name, double P50Ms, double P95Ms, double MeanMs, double MaxMs);

    public sealed record Report(int Clauses, int Documents, double GenerateSeconds, double IndexSeconds, double ClausesPerSecond,
        long DatabaseBytes, Latency Bare, Latency Ours, Latency OursWithFacets, double RatioP50, double RatioP95, int Queries, int Rounds);

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
        using (var db = store.OpenConnection()) CaoStore.Command(db, null, "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;").ExecuteNonQuery();

        var searcher = new Searcher(store);
        var compiled = QueryMix.Select(q => QueryCompiler.Compile(q)).ToList();
        // Warm the page cache and the pooled connections once, untimed.
        foreach (var q in QueryMix) searcher.Search(new SearchRequest(q) { Facets = false, CountTotal = false });

        var bare = new List<double>();
        var ours = new List<double>();
        var full = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < QueryMix.Count; i++)
            {
                bare.Add(Time(() => Bare(store, compiled[i])));
                ours.Add(Time(() => searcher.Search(new SearchRequest(QueryMix[i]) { Facets = false, CountTotal = false })));
                full.Add(Time(() => searcher.Search(new SearchRequest(QueryMix[i]) { Facets = true })));
            }
            log($"  round {round + 1}/{rounds} done");
        }
        var b = Stats("bare FTS5 MATCH, top 10", bare);
        var o = Stats("our search, top 10 with snippets", ours);
        var f = Stats("our search + total + facets", full);
        long bytes = new FileInfo(Path.Combine(workDir, CaoStore.DatabaseFile)).Length;
        return new Report(clauses, documents, generateSeconds, stats.Elapsed.TotalSeconds, stats.ClausesPerSecond, bytes, b, o, f,
            o.P50Ms / Math.Max(b.P50Ms, 1e-6), o.P95Ms / Math.Max(b.P95Ms, 1e-6), QueryMix.Count, rounds);
    }

    /// <summary>The bare engine: the compiled MATCH expression (filters as the same joins), top 10 by the same bm25, ids only.</summary>
    private static void Bare(CaoStore store, CompiledQuery q)
    {
        using var db = store.OpenConnection();
        string sql = q.Filters.Count == 0
            ? $"SELECT rowid FROM {SearchSchema.Table} WHERE {SearchSchema.Table} MATCH $q ORDER BY {SearchSchema.Bm25} LIMIT 10"
            : $"SELECT {SearchSchema.Table}.rowid FROM {SearchSchema.Table} CROSS JOIN clauses c ON c.id = {SearchSchema.Table}.rowid " +
              $"CROSS JOIN documents d ON d.id = c.document_id WHERE {SearchSchema.Table} MATCH $q AND {BareFilter(q.Filters[0])} ORDER BY {SearchSchema.Bm25} LIMIT 10";
        using var cmd = CaoStore.Command(db, null, sql, ("$q", q.Fts), ("$v", q.Filters.Count == 0 ? "" : q.Filters[0].Values[0]));
        using var r = cmd.ExecuteReader();
        while (r.Read()) _ = r.GetInt64(0);
    }

    // The bare reference states the filters in plain SQL on purpose: it times the engine without our layer.
    private static string BareFilter(SearchFilter f) => f.Name switch
    {
        "sector" => "d.sector LIKE '%' || $v || '%'",
        "jaar" => "d.start_date <= $v || '-12-31' AND coalesce(d.end_date, substr(d.start_date, 1, 4) || '-12-31') >= $v || '-01-01'",
        "type" => "d.type = $v",
        _ => "1",
    };

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
