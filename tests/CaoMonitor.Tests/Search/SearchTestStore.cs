using CaoMonitor.Ingestion;
using CaoMonitor.Search;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Search;

/// <summary>A temp store with a few small .txt cao's (and a registry.csv) ingested with the search index attached.</summary>
internal sealed class SearchTestStore : IDisposable
{
    private readonly TempDir _tmp = new();
    public string Input { get; }
    public CaoStore Store { get; }
    public Searcher Searcher { get; }

    public sealed record Doc(string Id, string Agreement, string Name, string Type, string Sector, string Start, string End, string Text);

    public SearchTestStore(params Doc[] docs)
    {
        Input = _tmp.Sub("in");
        var registry = new List<string> { "id,agreement_id,name,type,sector,parties,start,end,avv,employees,file" };
        foreach (var d in docs)
        {
            File.WriteAllText(Path.Combine(Input, d.Id + ".txt"), d.Text);
            registry.Add($"{d.Id},{d.Agreement},{d.Name},{d.Type},{d.Sector},,{d.Start},{d.End},,,{d.Id}.txt");
        }
        File.WriteAllLines(Path.Combine(Input, "registry.csv"), registry);
        Store = SearchIndex.Attach(CaoStore.Open(_tmp.Sub("data")));
        var summary = new IngestBatch(Store, new IngestPipeline(Store)).Run([Input]);
        Assert.All(summary.Outcomes, o => Assert.Null(o.Error));
        Searcher = new Searcher(Store);
    }

    public SearchResult Search(string query, int size = 10, int page = 1) =>
        Searcher.Search(new SearchRequest(query) { Size = size, Page = page });

    /// <summary>The version ids of the hits, in rank order.</summary>
    public List<string> Versions(string query, int size = 10) => Search(query, size).Hits.Select(h => h.VersionId).ToList();

    public long Scalar(string sql) => Convert.ToInt64(Store.Scalar(sql));

    /// <summary>Lucene documents (lids) in the index, counted from the index itself.</summary>
    public long Indexed() => SearchIndex.Verify(Store, repair: false).Clauses;

    public void Dispose()
    {
        Store.Dispose();
        _tmp.Dispose();
    }

    /// <summary>Four small cao's across sectors, types and years, written so each query has one right answer.</summary>
    public static SearchTestStore Standard() => new(
        new Doc("metaal-2025", "metaal", "Cao Metaal", "sector", "metaal en techniek", "2025-01-01", "2026-12-31", """
            Artikel 1 Werkingssfeer
            Deze cao geldt voor werkgevers in de metaal.
            Artikel 12 Persoonlijk ontwikkelbudget
            1. De werknemer heeft recht op een persoonlijk ontwikkelbudget van € 1.500,- per drie jaar.
            2. Het budget kan worden besteed aan scholing en loopbaanadvies.
            Artikel 13 Van werk naar werk
            Bij reorganisatie biedt de werkgever een van-werk-naar-werktraject aan.
            Artikel 14 Veiligheid
            De werknemer volgt verplicht de cursus veiligheid (VCA).
            """),
        new Doc("zorg-2024", "zorg", "Cao Zorg", "sector", "zorg en welzijn", "2024-01-01", "2024-12-31", """
            Artikel 3 Scholing
            1. De werkgever stelt jaarlijks een scholingsplan op in overleg met de ondernemingsraad.
            2. Scholing vindt plaats in werktijd.
            Artikel 4 Loopbaan
            De werknemer kan eens per twee jaar een loopbaanscan doen.
            Artikel 5 Pensioen
            De pensioenopbouw loopt gedurende de gehele loopbaan door.
            """),
        new Doc("bank-2023", "bank", "Cao Bank", "company", "financiele dienstverlening", "2023-07-01", "2025-06-30", """
            Artikel 7 Studiekosten
            De werkgever vergoedt de studiekosten volledig. Bij vertrek binnen een jaar geldt een terugbetalingsregeling.
            Artikel 8 Budget
            Elke medewerker ontvangt een budget voor opleiding en ontwikkeling van € 500 per jaar.
            Artikel 9 Leven lang ontwikkelen
            Partijen onderzoeken hoe leven lang ontwikkelen verder kan worden gestimuleerd.
            """),
        new Doc("brief-2025", "brief", "Kamerbrief VWNW", "policy", "", "2025-03-01", "2025-03-01", """
            1 Inleiding
            De Stichting van de Arbeid monitort jaarlijks afspraken over VWNW en LLO in cao's.
            2 Aanpak
            Sociale partners maken afspraken over scholing <script>alert('x')</script> & ontwikkeling.
            """));
}
