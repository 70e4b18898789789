using System.Text.RegularExpressions;
using CaoMonitor.Monitoring;
using Microsoft.Playwright;

namespace CaoMonitor.Web.Tests;

/// <summary>
/// End to end in chromium: the researcher's and negotiator's paths through the UI. Every page visited
/// is kept as a screenshot under bin/.../artifacts/screenshots.
/// </summary>
public sealed class BrowserTests(WebFixture web, BrowserFixture browsers)
{
    private async Task<(IBrowserContext Context, IPage Page, List<string> Problems)> Open()
    {
        var browser = await browsers.Browser();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = web.BaseUrl, ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, AcceptDownloads = true, Locale = "nl-NL",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        page.SetDefaultNavigationTimeout(120_000); // a navigation on a CI host running four test projects once took over 60 s
        var problems = new List<string>();
        // A CSP violation, a script error or an alert() from document text would all show up here.
        // (HTTP error statuses are logged by chromium as console errors too; tests assert those themselves.)
        page.Console += (_, m) => { if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) problems.Add("console: " + m.Text); };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Dialog += (_, d) => { problems.Add("dialog: " + d.Message); _ = d.DismissAsync(); };
        return (context, page, problems);
    }

    private async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(web.Artifacts, name + ".png"), FullPage = true });

    private static async Task LoginAs(IPage page, string user)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("Gebruikersnaam").FillAsync(user);
        await page.GetByLabel("Wachtwoord").FillAsync(WebFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Navigation.Arrive(page, u => !u.Contains("/login"), "a page after the login");
    }

    [Fact]
    public async Task Search_then_open_the_document_at_the_clause()
    {
        var (context, page, problems) = await Open();
        await using var _ = context;
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("ontwikkelbudget");
        await page.Keyboard.PressAsync("Enter");
        await Navigation.Arrive(page, new Regex(@"\?q=ontwikkelbudget"));
        var hits = page.Locator("li.hit");
        Assert.True(await hits.CountAsync() > 0);
        Assert.True(await page.Locator(".snippet mark").CountAsync() > 0);
        // Hits show their labels in Dutch.
        await Assertions.Expect(page.Locator("li.hit .labels .label", new() { HasText = "Individueel ontwikkelbudget" }).First).ToBeVisibleAsync();
        await Shot(page, "01-search");

        // A facet narrows the results and the URL keeps the whole state.
        await page.Locator(".facet", new() { HasText = "Sector" }).GetByRole(AriaRole.Link, new() { Name = "metaal en techniek" }).ClickAsync();
        await Navigation.Arrive(page, new Regex("sector=metaal"));
        Assert.All(await page.Locator("li.hit .where").AllInnerTextsAsync(), t => Assert.Contains("metaal en techniek", t));

        var first = hits.First;
        var title = await first.Locator("h3 a").InnerTextAsync();
        await first.GetByRole(AriaRole.Link, new() { Name = "Open in document" }).ClickAsync();
        // The document gets the query, and marks its words in the clause it opens at.
        await Navigation.Arrive(page, new Regex(@"/documents/\d+\?q=ontwikkelbudget#c\d+$"));
        var anchor = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        var clause = page.Locator($"[id='{anchor}']");
        await Assertions.Expect(clause).ToBeInViewportAsync();
        await Assertions.Expect(clause).ToBeFocusedAsync();
        await Assertions.Expect(clause).ToHaveClassAsync(new Regex(@"\btarget\b"));
        await Assertions.Expect(clause.Locator("mark.zoek").First).ToBeInViewportAsync();
        Assert.Equal("ontwikkelbudget", (await clause.Locator("mark.zoek").First.InnerTextAsync()).ToLowerInvariant());
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "zijn gemarkeerd in" })).ToBeVisibleAsync();
        Assert.True(await clause.Locator(".label").CountAsync() > 0, "the clause found by 'ontwikkelbudget' carries a label");
        var pdf = await clause.Locator("a.page").GetAttributeAsync("href");
        Assert.Matches(@"^/documents/\d+/original#page=\d+$", pdf);
        Assert.True(await page.Locator(".versions li").CountAsync() > 0 || !title.Contains("Metaal"), "the metal cao shows its other version");
        await Shot(page, "02-document");

        // The original opens as a PDF.
        var response = await context.APIRequest.GetAsync(pdf!.Split('#')[0]);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Hostile_document_text_neither_runs_nor_breaks_the_page()
    {
        var (context, page, problems) = await Open();
        await using var _ = context;
        await page.GotoAsync($"/documents/{web.HostileDocumentId}");
        Assert.Equal(WebFixture.HostileName, await page.Locator("h1").InnerTextAsync());
        Assert.Contains("<img src=x onerror=alert(1)>", await page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await page.Locator("main img, main script, main b[onmouseover]").CountAsync());
        await Shot(page, "03-hostile-document");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Compare_two_caos_side_by_side_and_find_more_like_a_clause()
    {
        var (context, page, problems) = await Open();
        await using var _ = context;
        await page.GotoAsync("/compare");
        await page.GetByLabel("Cao of sector 1").SelectOptionAsync("cao:metaal");
        await page.GetByLabel("Cao of sector 2").SelectOptionAsync("sector:bouw");
        await page.GetByLabel("Categorie").SelectOptionAsync("LLO.BUDGET");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijk" }).ClickAsync();
        await Navigation.Arrive(page, new Regex("categorie=LLO.BUDGET"));
        var rows = page.Locator("#samenvatting tbody tr");
        Assert.Equal(2, await rows.CountAsync());
        Assert.Contains("Metaalbewerking 2025-2026", await rows.Nth(0).InnerTextAsync());
        Assert.Contains("€", await rows.Nth(0).InnerTextAsync());
        var columns = page.Locator(".compare .column");
        Assert.Equal(2, await columns.CountAsync());
        var metal = columns.Nth(0);
        Assert.True(await metal.Locator(".clause").CountAsync() > 0);
        Assert.All(await metal.Locator(".label").AllInnerTextsAsync(), t => Assert.Contains("Individueel ontwikkelbudget", t));
        await Shot(page, "04-compare");

        await metal.GetByRole(AriaRole.Link, new() { Name = "Meer zoals dit" }).First.ClickAsync();
        await Navigation.Arrive(page, new Regex(@"\?like=\d+"));
        Assert.Contains("Vergelijkbare artikelen", await page.Locator("h2#hits-title").InnerTextAsync());
        // The clause it started from stands above the similar ones.
        var origin = page.Locator("section.origin");
        await Assertions.Expect(origin).ToContainTextAsync("Metaalbewerking");
        await Assertions.Expect(origin.Locator(".label", new() { HasText = "Individueel ontwikkelbudget" })).ToBeVisibleAsync();
        Assert.True((await origin.BoundingBoxAsync())!.Y < (await page.Locator("h2#hits-title").BoundingBoxAsync())!.Y);
        Assert.All(await page.Locator("li.hit h3").AllInnerTextsAsync(), t => Assert.DoesNotContain("Metaalbewerking", t));
        await Shot(page, "05-more-like-this");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Diff_of_two_versions_shows_labelled_articles_first_and_word_changes()
    {
        var (context, page, problems) = await Open();
        await using var _ = context;
        var newer = web.Store.ListDocuments().Single(d => d.Version.Id == "metaal-2025").Id;
        await page.GotoAsync($"/documents/{newer}");
        await page.Locator(".versions").GetByRole(AriaRole.Link, new() { Name = "verschillen" }).ClickAsync();
        await Navigation.Arrive(page, new Regex(@"/diff\?a=\d+&b=\d+"));
        var headings = await page.Locator("main h2").AllInnerTextsAsync();
        Assert.Equal(["Artikelen met VWNW- of LLO-afspraken", "Overige artikelen"], headings.Take(2));
        Assert.True(await page.Locator(".diff-article ins").CountAsync() > 0);
        // The new article on regional cooperation is marked new, and the budget article is matched despite its new number.
        Assert.True(await page.Locator(".diff-article", new() { HasText = "Regionale samenwerking" }).Locator(".diff-status", new() { HasText = "nieuw" }).CountAsync() > 0);
        Assert.Contains("was: Artikel 41 Persoonlijk ontwikkelbudget", await page.Locator(".diff-article", new() { HasText = "Artikel 42 Persoonlijk ontwikkelbudget" }).First.InnerTextAsync());
        await Shot(page, "06-diff");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Monitor_number_drills_down_to_its_clauses_and_the_CSV_downloads()
    {
        var (context, page, problems) = await Open();
        await using var _ = context;
        await page.GotoAsync("/monitor?jaar=2025");
        Assert.Equal(3, await page.Locator(".charts svg").CountAsync());
        await Shot(page, "07-monitor");
        var cell = page.Locator("#overzicht tr[data-measure='LLO.BUDGET'] a.drill").First;
        var numbers = Regex.Match(await cell.InnerTextAsync(), @"(\d+) / (\d+)");
        int with = int.Parse(numbers.Groups[1].Value);
        Assert.True(with > 0);
        await cell.ClickAsync();
        await Navigation.Arrive(page, new Regex("/monitor/clauses"));
        var caos = (await page.Locator("#bronnen tbody tr td:first-child a").AllInnerTextsAsync()).Distinct().ToList();
        Assert.Equal(with, caos.Count);
        Assert.All(await page.Locator("#bronnen tbody tr td:nth-child(4)").AllInnerTextsAsync(), t => Assert.Equal("Individueel ontwikkelbudget", t));
        await Shot(page, "08-monitor-drilldown");
        // From the number to the clause itself.
        await page.Locator("#bronnen tbody tr td:nth-child(2) a").First.ClickAsync();
        await Navigation.Arrive(page, new Regex(@"/documents/\d+#c\d+$"));
        await Assertions.Expect(page.Locator(".clause.target .label", new() { HasText = "Individueel ontwikkelbudget" })).ToHaveCountAsync(1);

        await page.GotoAsync("/monitor?jaar=2025");
        // The one-year download (the page offers the trend since the baseline as a second row of links).
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#csv-jaar").GetByRole(AriaRole.Link, new() { Name = "summary.csv", Exact = true }).ClickAsync());
        Assert.Equal("caomonitor-2025-summary.csv", download.SuggestedFilename);
        var path = Path.Combine(web.Artifacts, "..", "summary-2025.csv");
        await download.SaveAsAsync(path);
        var lines = File.ReadAllLines(path);
        Assert.Equal(string.Join(',', CsvExport.SummaryColumns), lines[0]);
        var budget = lines.Single(l => l.StartsWith("2025,LLO.BUDGET,category,any,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(with.ToString(), budget[5]);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("2025,", l));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Reviewing_a_label_changes_the_monitor()
    {
        var (context, page, problems) = await Open();
        await using var _ = context;
        // A cao counted in 2025 without any EVC label, and one of its clauses.
        var input = MonitorSource.Load(web.Store);
        var counted = MonitorCalculator.CountedIn(input.Versions, MonitorDefinition.Default, new DateOnly(2025, 1, 1));
        var target = counted.First(v => v.Strongest("LLO.EVC") is null);
        var clause = web.Store.GetClauses(target.DocumentId, leavesOnly: true)[0];

        await page.GotoAsync("/monitor?jaar=2025");
        var cell = page.Locator("#overzicht tr[data-measure='LLO.EVC'] a.drill").First;
        var before = Regex.Match(await cell.InnerTextAsync(), @"(\d+) / (\d+)");

        await LoginAs(page, "analist");
        await page.GotoAsync($"/review?clause={clause.Id}");
        var add = page.Locator("section.add-label");
        await add.GetByLabel("Categorie").SelectOptionAsync("LLO.EVC");
        await add.GetByLabel("Sterkte").SelectOptionAsync("recht");
        await add.GetByLabel("Toelichting").FillAsync("browser test");
        await add.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Beslissing opgeslagen");
        await Assertions.Expect(page.Locator("p.labels .label", new() { HasText = "Erkenning van verworven competenties" })).ToHaveCountAsync(1);
        await Shot(page, "09-review");
        // After saving, "volgende" opens the next clause of the queue.
        await page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Link, new() { Name = "Volgende te beoordelen" }).ClickAsync();
        await Navigation.Arrive(page, u => Regex.IsMatch(u, @"/review\?(clause=\d+|klaar=1)") && !u.Contains($"clause={clause.Id}&") && !u.EndsWith($"clause={clause.Id}"),
            "the next clause to review");

        await page.GotoAsync("/monitor?jaar=2025");
        var after = Regex.Match(await cell.InnerTextAsync(), @"(\d+) / (\d+)");
        Assert.Equal(int.Parse(before.Groups[1].Value) + 1, int.Parse(after.Groups[1].Value));
        Assert.Equal(before.Groups[2].Value, after.Groups[2].Value);
        await cell.ClickAsync();
        await Assertions.Expect(page.Locator("#bronnen tbody tr", new() { HasText = target.Name })).ToContainTextAsync("beoordeeld");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Writing_needs_a_login_and_the_right_role()
    {
        var (context, page, problems) = await Open();
        await using var _ = context;
        await page.GotoAsync("/review");
        await Navigation.Arrive(page, new Regex(@"/login\?terug=%2Freview"));
        Assert.Contains("ingelogd", await page.Locator("main").InnerTextAsync());
        await Shot(page, "10-login");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Beoordelen" }).CountAsync());

        await LoginAs(page, "lezer");
        await page.GotoAsync("/upload");
        await Navigation.Arrive(page, new Regex("/denied"));
        Assert.Equal("Geen toegang", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await Navigation.Arrive(page, u => u.EndsWith('/'), "the start page");
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Inloggen" }).CountAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_admin_uploads_a_cao_and_finds_it_in_search()
    {
        var (context, page, problems) = await Open();
        await using var _ = context;
        await LoginAs(page, "beheerder");
        await page.GotoAsync("/upload");
        await page.GetByLabel("Bestand").SetInputFilesAsync(Path.Combine(WebFixture.RepoRoot, "corpus", "documents", "schilders-2025.pdf"));
        await page.GetByLabel("Versie-id").FillAsync("schilders-upload-2025");
        await page.GetByLabel("Cao-id").FillAsync("schilders-upload");
        await page.GetByLabel("Naam").FillAsync("Cao Schilders (upload) 2025-2026");
        await page.GetByLabel("Sector", new() { Exact = true }).FillAsync("bouw");
        await page.GetByLabel("Ingangsdatum").FillAsync("2025-01-01");
        await page.GetByLabel("Einddatum").FillAsync("2026-12-31");
        await page.GetByLabel("Werknemers").FillAsync("15700");
        await Shot(page, "11-upload");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uploaden en verwerken" }).ClickAsync();
        await Navigation.Arrive(page, new Regex(@"/documents/\d+$"));
        Assert.Equal("Cao Schilders (upload) 2025-2026", await page.Locator("h1").InnerTextAsync());

        await page.GotoAsync("/?q=scholing+cao:schilders-upload");
        Assert.True(await page.Locator("li.hit").CountAsync() > 0);
        Assert.All(await page.Locator("li.hit h3").AllInnerTextsAsync(), t => Assert.Equal("Cao Schilders (upload) 2025-2026", t));
        await Shot(page, "12-search-after-upload");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_admin_triggers_a_job_on_the_dashboard_and_sees_it_succeed()
    {
        var (context, page, problems) = await Open();
        await using var _ = context;
        await page.GotoAsync("/jobs");
        var maintenance = page.Locator("#taken tr", new() { HasText = "maintenance" });
        Assert.Contains("0 30 2 * * ?", await maintenance.InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Taken beheren in het dashboard" }).CountAsync());

        await LoginAs(page, "beheerder");
        await page.GotoAsync("/jobs");
        await page.GetByRole(AriaRole.Link, new() { Name = "Taken beheren in het dashboard" }).ClickAsync();
        await Navigation.Arrive(page, new Regex("/hangfire/recurring$"));
        var before = web.Jobs.History(CaoMonitor.Jobs.JobNames.Maintenance).Count;
        await page.Locator("input[type=checkbox][value=maintenance]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Trigger now" }).ClickAsync();
        // The dashboard reloads itself; the run shows up among the succeeded jobs.
        for (int i = 0; i < 600 && !web.Jobs.History(CaoMonitor.Jobs.JobNames.Maintenance).Skip(before).Any(r => r.Status == "succeeded"); i++)
            await page.WaitForTimeoutAsync(100);
        await page.GotoAsync("/hangfire/jobs/succeeded");
        Assert.Contains("maintenance", await page.Locator("table").First.InnerTextAsync());
        // Its details: the state history, Succeeded last, with the job's one-line result.
        await page.Locator("table a", new() { HasText = "maintenance" }).First.ClickAsync();
        await Navigation.Arrive(page, new Regex("/hangfire/jobs/details/"));
        Assert.Contains("integrity: store ok", await page.Locator(".state-card").First.InnerTextAsync());
        await Shot(page, "13-jobs-dashboard");
        Assert.Empty(problems);
    }
}
