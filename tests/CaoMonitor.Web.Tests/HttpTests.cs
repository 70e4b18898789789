using CaoMonitor.Classification;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaoMonitor.Jobs;
using CaoMonitor.Web.Pages;

namespace CaoMonitor.Web.Tests;

/// <summary>Security and API behaviour over real HTTP against the fixture's Kestrel server (no browser).</summary>
public sealed class HttpTests(WebFixture web)
{
    private HttpClient Client() => WebFixture.Client(web.BaseUrl);

    [Fact]
    public async Task Hostile_document_text_is_encoded_on_every_page_that_shows_it()
    {
        using var c = Client();
        var id = web.HostileDocumentId;
        var clause = web.Store.GetClauses(id, leavesOnly: true).First(x => x.Text.Contains("<script>"));
        foreach (var path in new[] { $"/documents/{id}", "/?q=ontwikkelbudget+cao:hostile", $"/?q=vet+cao:hostile", "/documents", $"/diff?a={id}&b={id}",
                     "/compare?kies=cao:hostile&kies=cao:metaal&categorie=LLO" })
        {
            var html = await c.GetStringAsync(path, TestContext.Current.CancellationToken);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b onmouseover", html);
            Assert.DoesNotContain("<b>sector</b>", html);
            Assert.Contains("&lt;script&gt;alert(", html);
        }
        var doc = await c.GetStringAsync($"/documents/{id}", TestContext.Current.CancellationToken);
        Assert.Contains("Cao &lt;script&gt;alert(&#39;naam&#39;)&lt;/script&gt; Testbedrijf 2025", doc);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", doc);
        Assert.Contains($"id=\"c{clause.Id}\"", doc);
    }

    [Fact]
    public async Task Every_page_has_a_CSP_without_inline_script_and_no_inline_script_or_style_in_its_markup()
    {
        using var c = Client();
        var doc = web.Store.ListDocuments().First(d => d.Version.Id == "metaal-2025").Id;
        foreach (var path in new[] { "/", "/?q=scholing", $"/documents/{doc}", "/compare?kies=cao:metaal&kies=cao:bouw&categorie=LLO.BUDGET", "/diff", "/monitor", "/login", "/api", "/jobs" })
        {
            var r = await c.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var csp = string.Join(";", r.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
            var html = await r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            // Script only from our own file; no event handler attributes, no inline styles (both would be blocked).
            Assert.All(Regex.Matches(html, "<script[^>]*>").Select(m => m.Value), s => Assert.Matches("src=\"/static/app\\.js\\?v=[0-9a-f]+\"", s));
            Assert.DoesNotMatch(new Regex("\\son[a-z]+=\"", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex("\\sstyle=\"", RegexOptions.IgnoreCase), html);
            Assert.DoesNotContain("http://", Regex.Replace(html, "xmlns=\"http://www.w3.org/2000/svg\"", ""));
        }
    }

    [Fact]
    public async Task The_monitor_refuses_years_outside_the_store_instead_of_showing_another_year()
    {
        using var c = Client();
        var ct = TestContext.Current.CancellationToken;
        foreach (var path in new[] { "/monitor?jaar=2099", "/monitor?jaar=1990", "/monitor/csv/summary.csv?jaar=2099", "/monitor/clauses?jaar=2099&maat=VWNW" })
        {
            var r = await c.GetAsync(path, ct);
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
            var html = await r.Content.ReadAsStringAsync(ct);
            Assert.Contains("valt buiten de jaren die de monitor kan meten", html);
            Assert.Contains("<a href=\"/monitor?jaar=2025\">2025</a>", html);
        }
        // The API refuses too, with the same Dutch message, instead of answering for another year.
        var api = await c.GetAsync("/api/monitor?jaar=2099", ct);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.StartsWith("het jaar 2099 valt buiten de jaren die de monitor kan meten",
            JsonDocument.Parse(await api.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("error").GetString());
        var bad = await c.GetAsync("/monitor?jaar=twintig", ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("is geen jaartal", await bad.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Monitor_downloads_say_which_years_they_span_and_the_Dutch_variant_has_a_BOM_and_Dutch_headers()
    {
        using var c = Client();
        var ct = TestContext.Current.CancellationToken;
        var one = await c.GetAsync("/monitor/csv/provisions.csv?jaar=2025", ct);
        Assert.Equal("caomonitor-2025-provisions.csv", one.Content.Headers.ContentDisposition!.FileNameStar ?? one.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var lines = (await one.Content.ReadAsStringAsync(ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("year,version_id,", lines[0]);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1).Where(l => char.IsDigit(l[0])), l => Assert.StartsWith("2025,", l));

        var trend = await c.GetAsync("/monitor/csv/summary.csv?jaar=2025&reeks=1", ct);
        var name = trend.Content.Headers.ContentDisposition!.FileNameStar ?? trend.Content.Headers.ContentDisposition.FileName!.Trim('"');
        Assert.Matches(@"^caomonitor-20\d\d-2025-summary\.csv$", name);
        var years = (await trend.Content.ReadAsStringAsync(ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l[..4]).Distinct().ToList();
        Assert.True(years.Count > 1 && years[^1] == "2025", string.Join(",", years));

        var nl = await (await c.GetAsync("/monitor/csv/summary.csv?jaar=2025&nl=1", ct)).Content.ReadAsByteArrayAsync(ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, nl[..3]);
        Assert.StartsWith("jaar;maatstaf;soort_maatstaf;sterkte;", System.Text.Encoding.UTF8.GetString(nl[3..]));
    }

    [Fact]
    public async Task Compare_says_how_many_of_a_sectors_caos_have_the_provision_and_which_cao_has_which_amount()
    {
        using var c = Client();
        var html = WebUtility.HtmlDecode(await c.GetStringAsync("/compare?kies=sector:metaal+en+techniek&kies=sector:bouw&categorie=LLO.BUDGET", TestContext.Current.CancellationToken));
        List<string> Caos(string sector) => web.Store.ListDocuments(currentOnly: true).Where(d => d.Version.Sector == sector && d.Version.Type != CaoMonitor.Domain.DocumentType.Policy)
            .GroupBy(d => d.Version.AgreementId).Select(g => g.OrderByDescending(d => d.Version.Start).First().Version.Name).ToList();
        var tables = Regex.Matches(html, "<table class=\"data per-cao\">.*?</table>", RegexOptions.Singleline).Select(m => m.Value).ToList();
        Assert.Equal(2, tables.Count);
        foreach (var (sector, table) in new[] { ("metaal en techniek", tables[0]), ("bouw", tables[1]) })
        {
            var names = Caos(sector);
            Assert.Matches($@"<td>\d+ van {names.Count} cao('s)?</td>", html);
            Assert.All(names, n => Assert.Contains(n, table));
        }
        // The metal cao's budget with its amount and period, in its own row.
        Assert.Matches(@"Metaalbewerking 2025-2026</a></th><td>recht</td><td>€ 1\.000 per kalenderjaar", tables[0]); // the text says "per kalenderjaar", one of the closed set of periods
        // And its extracted details: the budget names part-timers (lid 3), in the per-cao row and the summary.
        Assert.Matches(@"Metaalbewerking 2025-2026</a></th><td>recht</td><td>[^<]*</td><td>genoemde contracten: deeltijd</td>", tables[0]);
        Assert.Matches(@"<th scope=""row"">Sector metaal en techniek[^<]*</th>(<td>[^<]*</td>){3}<td>[^<]*genoemde contracten: deeltijd", html);
    }

    [Fact]
    public async Task The_diff_opens_with_the_provision_changes_per_category_linking_to_both_clauses()
    {
        using var c = Client();
        var docs = web.Store.ListDocuments(currentOnly: true);
        long older = docs.Single(d => d.Version.Id == "metaal-2023").Id, newer = docs.Single(d => d.Version.Id == "metaal-2025").Id;
        var html = WebUtility.HtmlDecode(await c.GetStringAsync($"/diff?a={older}&b={newer}", TestContext.Current.CancellationToken));
        var table = Regex.Match(html, "<table class=\"data\" id=\"afspraken\"><caption>Wijzigingen in afspraken over VWNW en LLO</caption>.*?</table>", RegexOptions.Singleline);
        Assert.True(table.Success);
        Assert.True(table.Index < html.IndexOf("<h2>", StringComparison.Ordinal), "the provision changes come before the articles");
        // The corpus raises the metal budget from 750 to 1000 a year: an amount change, linked to the old and the new clause.
        var budget = Regex.Match(table.Value, "<tr data-code=\"LLO.BUDGET\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Matches(@"bedrag: € 750[^<]* → € 1\.000", budget);
        Assert.Matches($@"<a href=""/documents/{older}#c\d+"">oud</a> · <a href=""/documents/{newer}#c\d+"">nieuw</a>", budget);
        Assert.Matches(@"<tr data-code=""VWNW.INTERSECTORAAL"">.*?<td>nieuw</td>", table.Value);
    }

    [Fact]
    public async Task The_review_page_reads_its_rules_in_Dutch_and_offers_the_next_clause()
    {
        using var c = Client();
        var ct = TestContext.Current.CancellationToken;
        await WebFixture.Login(c, "analist");
        var queue = await c.GetStringAsync("/review", ct);
        var clauses = Regex.Matches(queue, @"/review\?clause=(\d+)").Select(m => long.Parse(m.Groups[1].Value)).Distinct().ToList();
        Assert.True(clauses.Count >= 2, "the fixture has unreviewed labels");
        var page = WebUtility.HtmlDecode(await c.GetStringAsync($"/review?clause={clauses[0]}", ct));
        Assert.Contains("herkend aan ‘", page);
        Assert.DoesNotContain("[\"", page); // no raw JSON of rule ids
        Assert.Contains($"/review?volgende=1&na={clauses[0]}", page);
        // "Volgende" skips the clause just seen and opens the next one of the queue.
        var next = await c.GetAsync($"/review?volgende=1&na={clauses[0]}", ct);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal($"/review?clause={clauses[1]}", next.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_monitor_page_explains_its_measures_and_shows_gaps_for_VWNW_and_LLO()
    {
        using var c = Client();
        var html = System.Net.WebUtility.HtmlDecode(await c.GetStringAsync("/monitor?jaar=2025", TestContext.Current.CancellationToken));
        Assert.Contains("Cao's die voldoen aan de regel: Loopbaanadvies en -begeleiding als recht en", html);
        Assert.Contains("Indeling die het ministerie van SZW gebruikt", html);
        Assert.Contains("Procentpunten: het verschil in het aandeel cao's (niet werknemers)", html);
        Assert.Contains("id=\"lacunes-vwnw\"", html);
        Assert.Contains("id=\"lacunes-llo\"", html);
        Assert.DoesNotContain("inspanningsverplichting", html);
        Assert.DoesNotContain("een of meer", html);
        Assert.DoesNotMatch(@"\b1 cao's", html);
    }

    [Fact]
    public async Task Writing_without_login_redirects_to_the_login_page()
    {
        using var c = Client();
        var review = await c.GetAsync("/review", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        Assert.StartsWith("/login?terug=%2Freview", review.Headers.Location!.PathAndQuery);
        var post = await c.PostAsync("/review", new FormUrlEncodedContent(new Dictionary<string, string> { ["clause"] = "1", ["code"] = "LLO.BUDGET", ["actie"] = "add" }),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/login", post.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await c.GetAsync("/upload", TestContext.Current.CancellationToken)).StatusCode);
        // Reading stays open.
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/monitor", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_form_post_without_a_valid_antiforgery_token_is_refused_even_when_logged_in()
    {
        using var c = Client();
        await WebFixture.Login(c, "analist");
        var clause = web.Store.GetClauses(web.HostileDocumentId, leavesOnly: true)[0].Id;
        var decisions = new LabelStore(web.Store).History().Count;
        var fields = new Dictionary<string, string> { ["clause"] = clause.ToString(), ["code"] = "LLO.WERKEND_LEREN", ["actie"] = "add", ["sterkte"] = "recht" };
        var without = await c.PostAsync("/review", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        var forged = await c.PostAsync("/review", new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__af"] = "CfDJ8forged" }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(decisions, new LabelStore(web.Store).History().Count);

        // Logging in itself needs the token too (no login CSRF).
        using var other = Client();
        var login = await other.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["naam"] = "analist", ["wachtwoord"] = WebFixture.Password }),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
    }

    [Fact]
    public async Task A_viewer_may_log_in_but_not_review_and_a_wrong_password_is_refused()
    {
        using var bad = Client();
        var token = await WebFixture.TokenFrom(bad, "/login");
        var wrong = await bad.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["naam"] = "analist", ["wachtwoord"] = "fout-wachtwoord" }),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        using var c = Client();
        await WebFixture.Login(c, "lezer");
        var review = await c.GetAsync("/review", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        Assert.StartsWith("/denied", review.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_jobs_dashboard_sends_visitors_to_the_login_refuses_viewers_is_read_only_for_analysts_and_needs_a_token_to_act()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = Client();
        var r = await anonymous.GetAsync("/hangfire/recurring", ct);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/login", r.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.PostAsync("/hangfire/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", "maintenance")]), ct)).StatusCode);

        using var viewer = Client();
        await WebFixture.Login(viewer, "lezer");
        r = await viewer.GetAsync("/hangfire", ct);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/denied", r.Headers.Location!.PathAndQuery);

        // Analysts see the recurring jobs, without the buttons; a trigger they post anyway is refused.
        using var analyst = Client();
        await WebFixture.Login(analyst, "analist");
        r = await analyst.GetAsync("/hangfire/recurring", ct);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync(ct);
        Assert.Contains("maintenance", html);
        Assert.DoesNotContain("recurring/trigger", html);
        var before = web.Jobs.History(JobNames.Maintenance).Count;
        var refused = await analyst.PostAsync("/hangfire/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", "maintenance")]), ct);
        Assert.False(refused.IsSuccessStatusCode, refused.StatusCode.ToString());

        // Admins get the buttons; a post without the antiforgery token is refused, with it the job runs.
        using var admin = Client();
        await WebFixture.Login(admin, "beheerder");
        r = await admin.GetAsync("/hangfire/recurring", ct);
        html = await r.Content.ReadAsStringAsync(ct);
        Assert.Contains("recurring/trigger", html);
        // The relaxed policy (inline style) holds for the dashboard alone; scripts stay our own.
        var csp = string.Join(";", r.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        var tokenless = await admin.PostAsync("/hangfire/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", "maintenance")]), ct);
        Assert.False(tokenless.IsSuccessStatusCode, tokenless.StatusCode.ToString());
        var token = WebUtility.HtmlDecode(Regex.Match(html, "name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value);
        Assert.NotEqual("", token);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger") { Content = new FormUrlEncodedContent([new("jobs[]", "maintenance")]) };
        post.Headers.Add("X-CSRF-Token", token);
        var triggered = await admin.SendAsync(post, ct);
        Assert.True(triggered.IsSuccessStatusCode, triggered.StatusCode.ToString());
        for (int i = 0; i < 600 && !web.Jobs.History(JobNames.Maintenance).Skip(before).Any(x => x.Status == "succeeded"); i++) await Task.Delay(100, ct);
        Assert.Contains(web.Jobs.History(JobNames.Maintenance).Skip(before), x => x.Status == "succeeded");
        Assert.Equal(before + 1, web.Jobs.History(JobNames.Maintenance).Count);

        // Everywhere else the strict policy stays.
        var page = await admin.GetAsync("/jobs", ct);
        Assert.DoesNotContain("unsafe-inline", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("href=\"/hangfire/recurring\"", await page.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public void Login_only_returns_to_local_paths()
    {
        Assert.Equal("/monitor?jaar=2025", AccountPages.SafeReturn("/monitor?jaar=2025"));
        Assert.Equal("/", AccountPages.SafeReturn("https://evil.example/"));
        Assert.Equal("/", AccountPages.SafeReturn("//evil.example/"));
        Assert.Equal("/", AccountPages.SafeReturn("/\\evil.example/"));
        Assert.Equal("/", AccountPages.SafeReturn(null));
    }

    [Fact]
    public async Task Search_is_rate_limited_per_client_and_other_pages_are_not()
    {
        using var c = WebFixture.Client(web.LimitedUrl);
        await WebFixture.Login(c, "lezer");
        var codes = new List<HttpStatusCode>();
        for (int i = 0; i < 4; i++) codes.Add((await c.GetAsync($"/api/search?q=scholing{i}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
        var page = await c.GetAsync("/?q=loopbaan", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/monitor", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Closed_reading_asks_for_a_login_before_anything_is_shown()
    {
        using var c = WebFixture.Client(web.LimitedUrl);
        // (Not a search: the rate-limit test owns this app's search budget.)
        var r = await c.GetAsync("/monitor", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/login", r.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await c.GetAsync("/api/documents", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Uploads_are_limited_in_type_and_size()
    {
        using var c = WebFixture.Client(web.LimitedUrl);
        await WebFixture.Login(c, "beheerder");
        async Task<HttpResponseMessage> Upload(string name, byte[] bytes)
        {
            var token = await WebFixture.TokenFrom(c, "/upload");
            var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__af" }, { new StringContent("test-upload"), "id" }, { new StringContent("test"), "cao" },
            };
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "bestand", name);
            // As a careful client does with a large body: send the headers first and wait. The server refuses an
            // oversized upload by its Content-Length without reading it, so without this the client may still be
            // writing the body when the connection closes (a broken pipe instead of the 413).
            using var request = new HttpRequestMessage(HttpMethod.Post, "/upload") { Content = form };
            request.Headers.ExpectContinue = true;
            return await c.SendAsync(request, TestContext.Current.CancellationToken);
        }
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Upload("tool.exe", [0x4d, 0x5a, 0x90, 0])).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Upload("groot.pdf", new byte[200 * 1024])).StatusCode);
        Assert.DoesNotContain(web.Store.ListDocuments(), d => d.Version.Id == "test-upload");
    }

    [Fact]
    public async Task The_API_answers_search_documents_provisions_and_monitor_and_describes_itself_with_OpenAPI()
    {
        using var c = Client();
        var ct = TestContext.Current.CancellationToken;
        var search = JsonDocument.Parse(await c.GetStringAsync("/api/search?q=ontwikkelbudget&categorie=LLO.BUDGET", ct)).RootElement;
        Assert.True(search.GetProperty("total").GetInt32() > 0);
        var hit = search.GetProperty("hits")[0];
        Assert.Contains(search.GetProperty("hits").EnumerateArray(), h => h.GetProperty("snippet").GetString()!.Contains("<mark>"));
        Assert.True(search.GetProperty("facets").GetProperty("sterkte").GetArrayLength() > 0);

        // Versions of one agreement collapse into the newest; versies=alle shows each version as its own hit.
        var collapsed = JsonDocument.Parse(await c.GetStringAsync("/api/search?q=ontwikkelbudget&aantal=100", ct)).RootElement;
        var every = JsonDocument.Parse(await c.GetStringAsync("/api/search?q=ontwikkelbudget&aantal=100&versies=alle", ct)).RootElement;
        Assert.InRange(collapsed.GetProperty("total").GetInt32(), 1, 100); // every collapsed hit on this one page
        Assert.Contains(collapsed.GetProperty("hits").EnumerateArray(), h => h.GetProperty("earlier_versions").GetArrayLength() > 0);
        Assert.All(every.GetProperty("hits").EnumerateArray(), h => Assert.Equal(0, h.GetProperty("earlier_versions").GetArrayLength()));
        Assert.Equal(every.GetProperty("total").GetInt32(),
            collapsed.GetProperty("hits").EnumerateArray().Sum(h => 1 + h.GetProperty("earlier_versions").GetArrayLength()));

        var bad = await c.GetAsync("/api/search?q=%22open", ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(JsonDocument.Parse(await bad.Content.ReadAsStringAsync(ct)).RootElement.TryGetProperty("error", out _));

        var docs = JsonDocument.Parse(await c.GetStringAsync("/api/documents", ct)).RootElement;
        // (The upload test may have added one.)
        Assert.Superset(WebFixture.CorpusIds.Append("hostile-2025").ToHashSet(), docs.EnumerateArray().Select(d => d.GetProperty("version_id").GetString()!).ToHashSet());
        var detail = JsonDocument.Parse(await c.GetStringAsync($"/api/documents/{hit.GetProperty("document_id").GetInt64()}", ct)).RootElement;
        Assert.Contains(detail.GetProperty("clauses").EnumerateArray(), cl => cl.GetProperty("labels").GetArrayLength() > 0);

        var provisions = JsonDocument.Parse(await c.GetStringAsync("/api/provisions?code=LLO.BUDGET&sterkte=recht", ct)).RootElement;
        Assert.True(provisions.GetArrayLength() > 0);
        Assert.All(provisions.EnumerateArray(), p => Assert.Equal("recht", p.GetProperty("label").GetProperty("strength").GetString()));

        var monitor = JsonDocument.Parse(await c.GetStringAsync("/api/monitor?jaar=2025", ct)).RootElement;
        Assert.Equal(2025, monitor.GetProperty("year").GetInt32());
        Assert.Contains(monitor.GetProperty("figures").EnumerateArray(), f => f.GetProperty("measure").GetString() == "VWNW" && f.GetProperty("breakdown").GetString() == "all");

        var openapi = JsonDocument.Parse(await c.GetStringAsync("/api/openapi.json", ct)).RootElement;
        var paths = openapi.GetProperty("paths");
        foreach (var p in new[] { "/api/search", "/api/documents", "/api/documents/{id}", "/api/provisions", "/api/monitor" })
            Assert.True(paths.TryGetProperty(p, out _), p);
    }

    [Fact]
    public async Task Review_decisions_are_stored_with_the_user_and_change_the_effective_labels()
    {
        using var c = Client();
        await WebFixture.Login(c, "analist");
        var clause = web.Store.GetClauses(web.HostileDocumentId, leavesOnly: true).First(x => x.Text.Contains("loopbaanscan"));
        var before = new LabelStore(web.Store).ForClause(clause.Id);
        Assert.Contains(before, l => l.Code == "VWNW.LOOPBAAN");
        var token = await WebFixture.TokenFrom(c, $"/review?clause={clause.Id}");
        var r = await c.PostAsync("/review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token, ["clause"] = clause.Id.ToString(), ["code"] = "VWNW.LOOPBAAN", ["actie"] = "confirm", ["sterkte"] = "inspanning",
            ["bedrag"] = "1.250,50", ["periode"] = "per drie jaar",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var after = new LabelStore(web.Store).ForClause(clause.Id).Single(l => l.Code == "VWNW.LOOPBAAN");
        Assert.Equal(("inspanning", 1250.50m, "human", "analist"), (after.Strength, after.AmountEur!.Value, after.Source, after.DecidedBy!));

        // A bad amount is refused with a message and nothing changes.
        token = await WebFixture.TokenFrom(c, $"/review?clause={clause.Id}");
        var bad = await c.PostAsync("/review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token, ["clause"] = clause.Id.ToString(), ["code"] = "VWNW.LOOPBAAN", ["actie"] = "confirm", ["sterkte"] = "recht", ["bedrag"] = "veel",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("inspanning", new LabelStore(web.Store).ForClause(clause.Id).Single(l => l.Code == "VWNW.LOOPBAAN").Strength);
    }

    [Fact]
    public async Task Strength_filter_agrees_with_its_facet_and_date_sort_puts_the_newest_periods_first()
    {
        using var c = Client();
        var ct = TestContext.Current.CancellationToken;
        var all = JsonDocument.Parse(await c.GetStringAsync("/api/search?q=budget&categorie=LLO", ct)).RootElement;
        var facet = all.GetProperty("facets").GetProperty("sterkte").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.True(facet.Count >= 2, "the query finds LLO labels of more than one strength");
        foreach (var (strength, count) in facet)
        {
            var only = JsonDocument.Parse(await c.GetStringAsync($"/api/search?q=budget&categorie=LLO&sterkte={strength}&aantal=100", ct)).RootElement;
            Assert.Equal(count, only.GetProperty("total").GetInt32());
            foreach (var hit in only.GetProperty("hits").EnumerateArray())
                Assert.Contains(new LabelStore(web.Store).ForClause(hit.GetProperty("clause_id").GetInt64()), l => l.Strength == strength && l.Code.StartsWith("LLO.", StringComparison.Ordinal));
        }
        var byDate = JsonDocument.Parse(await c.GetStringAsync("/api/search?q=scholing&sorteer=datum&aantal=100", ct)).RootElement;
        var starts = byDate.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("start").GetString() ?? "").ToList();
        Assert.True(starts.Distinct().Count() > 1);
        Assert.Equal(starts.OrderByDescending(x => x, StringComparer.Ordinal), starts);
        Assert.Equal(HttpStatusCode.BadRequest, (await c.GetAsync("/api/search?q=budget&sterkte=sterk", ct)).StatusCode);
    }
}
