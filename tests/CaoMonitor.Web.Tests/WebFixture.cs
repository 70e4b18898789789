using System.Net;
using System.Text.RegularExpressions;
using CaoMonitor.Ingestion;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(CaoMonitor.Web.Tests.WebFixture))]
// One store and one browser for the whole assembly; some tests change labels, so tests run one at a time.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

namespace CaoMonitor.Web.Tests;

/// <summary>
/// Once per test run: eight corpus PDFs (two versions of the metal cao among them) and one hostile
/// text document ingested into a temporary store, three users, and the web app on a free loopback
/// port. A second app on the same store has tight limits (rate, upload size) and closed reading.
/// </summary>
public sealed partial class WebFixture : IAsyncLifetime
{
    public static readonly string[] CorpusIds =
    [
        "metaal-2023", "metaal-2025", "bouw-2025", "zorg-vvt-2025", "schoonmaak-2025", "kinderopvang-2025", "spaarbank-2025",
        "beleid-handreiking-vwnw-2025",
    ];

    public const string Password = "geheim-wachtwoord-1";
    public const string HostileName = "Cao <script>alert('naam')</script> Testbedrijf 2025";

    public string DataDir { get; } = Directory.CreateTempSubdirectory("caomonitor-web-").FullName;
    public string BaseUrl { get; private set; } = "";
    public string LimitedUrl { get; private set; } = "";
    public WebApplication App { get; private set; } = null!;
    public WebApplication Limited { get; private set; } = null!;
    public CaoMonitor.Jobs.JobsHost Jobs { get; private set; } = null!;
    public CaoStore Store => App.Services.GetRequiredService<CaoStore>();
    public long HostileDocumentId { get; private set; }
    public string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(DataDir, "..", Path.GetFileName(DataDir) + "-corpus")).FullName;
        var registry = File.ReadAllLines(Path.Combine(RepoRoot, "corpus", "registry.csv"));
        var rows = new List<string> { registry[0] };
        foreach (var line in registry.Skip(1).Where(l => CorpusIds.Contains(l.Split(',')[0])))
        {
            var file = line.Split(',')[^1];
            File.Copy(Path.Combine(RepoRoot, "corpus", file), Path.Combine(corpus, Path.GetFileName(file)));
            rows.Add(string.Join(',', line.Split(',')[..^1]) + "," + Path.GetFileName(file));
        }
        rows.Add($"hostile-2025,hostile,\"{HostileName}\",sector,<b>sector</b>,\"<img src=x onerror=alert(1)>\",2025-01-01,2025-12-31,nee,1000,hostile.txt");
        File.WriteAllLines(Path.Combine(corpus, "registry.csv"), rows);
        File.WriteAllText(Path.Combine(corpus, "hostile.txt"), HostileText);

        using (var store = IngestPipeline.OpenStore(DataDir))
        {
            var summary = new IngestBatch(store, new IngestPipeline(store)).Run([corpus]);
            if (summary.Failures.Any()) throw new InvalidOperationException("fixture ingest failed: " + string.Join("; ", summary.Failures.Select(f => f.File + ": " + f.Error)));
            HostileDocumentId = store.ListDocuments().Single(d => d.Version.Id == "hostile-2025").Id;
        }
        var users = new UserStore(DataDir);
        users.Set("beheerder", Roles.Admin, Password);
        users.Set("analist", Roles.Analyst, Password);
        users.Set("lezer", Roles.Viewer, Password);

        // The real scheduler, as `serve` runs it (no sources configured: maintenance, reclassify, monitor).
        Jobs = await CaoMonitor.Jobs.JobsHost.Start(DataDir, new CaoMonitor.Jobs.JobsOptions());
        App = WebApp.Build(new WebOptions { DataDir = DataDir, Urls = "http://127.0.0.1:0", Quiet = true }, s => s.AddSingleton(Jobs));
        await App.StartAsync();
        BaseUrl = Address(App);
        Limited = WebApp.Build(new WebOptions
        {
            DataDir = DataDir, Urls = "http://127.0.0.1:0", Quiet = true, SearchPerMinute = 3, MaxUploadBytes = 64 * 1024, OpenReading = false,
        });
        await Limited.StartAsync();
        LimitedUrl = Address(Limited);
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await Limited.StopAsync();
        await App.DisposeAsync();
        await Limited.DisposeAsync();
        await Jobs.DisposeAsync();
        try { Directory.Delete(DataDir, true); } catch (IOException) { }
    }

    public static string RepoRoot => Repo.Root;

    /// <summary>A cao whose text tries to inject markup and script everywhere it can.</summary>
    public const string HostileText = """
        Cao <script>alert('naam')</script> Testbedrijf 2025

        1 januari 2025 tot en met 31 december 2025

        Artikel 1 Ontwikkelbudget <img src=x onerror=alert(1)>
        1. De werknemer heeft recht op een persoonlijk ontwikkelbudget van € 500,- per jaar. <script>alert("xss")</script>
        2. Zie "regeling" & 'bijlage' </p></main><b onmouseover="alert(2)">vet</b> javascript:alert(3)

        Artikel 2 Loopbaanadvies
        1. De werknemer heeft eens per drie jaar recht op een loopbaanscan bij een erkende loopbaanadviseur.
        """;

    /// <summary>An HTTP client with its own cookies; redirects are not followed so tests can see them.</summary>
    public static HttpClient Client(string baseUrl) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(baseUrl) };

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")] private static partial Regex TokenField();

    public static async Task<string> TokenFrom(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
    }

    /// <summary>Logs a client in through the login form (with its antiforgery token).</summary>
    public static async Task Login(HttpClient client, string user)
    {
        var token = await TokenFrom(client, "/login");
        var r = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token, ["naam"] = user, ["wachtwoord"] = Password, ["terug"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
    }
}
