using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaoMonitor.Classification;

namespace CaoMonitor.Web.Tests;

/// <summary>Issue 17, item 6 over real HTTP: browsing by filters, compound suggestions, the query marked in the document, the source of more-like-this, labels on hits.</summary>
public sealed class SearchUxTests(WebFixture web)
{
    private HttpClient Client() => WebFixture.Client(web.BaseUrl);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<string> HitBlocks(string html) =>
        Regex.Matches(html, "<li class=\"hit\">.*?</li>\\s*(?=<li class=\"hit\">|</ol>)", RegexOptions.Singleline).Select(m => m.Value).ToList();

    [Fact]
    public async Task Filters_alone_browse_on_the_page_and_in_the_API_in_reading_order()
    {
        using var c = Client();
        // Typed in the box, or only a facet in the URL: both browse the zorg cao.
        foreach (var path in new[] { "/?q=sector%3Azorg", "/?sector=zorg" })
        {
            var r = await c.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync(Ct));
            Assert.Matches(@"<h2 id=""hits-title"">Artikelen 1–10 van \d+</h2>", html);
            Assert.Contains("Alle artikelen binnen de filters", html);
            var hits = HitBlocks(html);
            Assert.Equal(10, hits.Count);
            Assert.All(hits, h => Assert.Contains("Verpleeg-, Verzorgingshuizen en Thuiszorg", h));
            Assert.DoesNotContain("<mark>", string.Concat(hits));
        }

        var api = JsonDocument.Parse(await c.GetStringAsync("/api/search?q=categorie%3ALLO.BUDGET&aantal=100", Ct)).RootElement;
        Assert.True(api.GetProperty("browsing").GetBoolean());
        var hitsJson = api.GetProperty("hits").EnumerateArray().ToList();
        Assert.True(hitsJson.Count >= 3, "several cao's have a development budget");
        Assert.All(hitsJson, h => Assert.Contains(h.GetProperty("labels").EnumerateArray(), l => l.GetProperty("code").GetString() == "LLO.BUDGET"));
        // Reading order: by cao name, so each cao's articles stand together and the names are sorted.
        var names = hitsJson.Select(h => h.GetProperty("name").GetString()!).ToList();
        var runs = names.Where((n, i) => i == 0 || names[i - 1] != n).ToList();
        Assert.Equal(runs.Distinct().Count(), runs.Count);
        Assert.Equal(runs.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true)), runs);
        // The facet parameters alone, without q, browse too; nothing at all is refused in Dutch.
        var bySector = JsonDocument.Parse(await c.GetStringAsync("/api/search?sector=zorg&jaar=2025", Ct)).RootElement;
        Assert.True(bySector.GetProperty("total").GetInt32() > 10);
        var none = await c.GetAsync("/api/search", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("minstens één zoekwoord of filter", JsonDocument.Parse(await none.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Hits_show_their_labels_in_Dutch_with_strength_and_amount()
    {
        using var c = Client();
        var html = WebUtility.HtmlDecode(await c.GetStringAsync("/?q=ontwikkelbudget+sector%3Ametaal", Ct));
        var metal = HitBlocks(html).First(h => h.Contains("Metaalbewerking 2025-2026"));
        Assert.Matches(@"<p class=""labels""><span class=""label s-recht"" title=""LLO.BUDGET""><b>Individueel ontwikkelbudget</b> <span class=""strength"">recht</span> <span class=""amount"">€ 1\.000 per kalenderjaar</span>", metal);
        var api = JsonDocument.Parse(await c.GetStringAsync("/api/search?q=ontwikkelbudget&sector=metaal", Ct)).RootElement;
        var label = api.GetProperty("hits").EnumerateArray().SelectMany(h => h.GetProperty("labels").EnumerateArray())
            .First(l => l.GetProperty("code").GetString() == "LLO.BUDGET");
        Assert.Equal("Individueel ontwikkelbudget", label.GetProperty("label").GetString());
        Assert.Equal(1000m, label.GetProperty("amount_eur").GetDecimal());
    }

    [Fact]
    public async Task No_results_suggests_the_compound_split_or_joined_as_a_Dutch_link_when_that_finds_something()
    {
        using var c = Client();
        var html = await c.GetStringAsync("/?q=loopbaanbudget", Ct);
        Assert.Contains("<h2 id=\"hits-title\">Geen resultaten</h2>", html);
        Assert.DoesNotContain("<aside class=\"facets\"", html); // nothing to narrow: no empty filter fold above the suggestion
        var link = Regex.Match(html, "Bedoelt u <a href=\"([^\"]+)\">loopbaan budget</a>\\? Dat geeft (\\d+) (resultaat|resultaten)\\.");
        Assert.True(link.Success, "a suggestion to split the compound: " + Regex.Match(html, "<section class=\"results\".*?</section>", RegexOptions.Singleline).Value);
        Assert.Equal("/?q=loopbaan%20budget", WebUtility.HtmlDecode(link.Groups[1].Value));
        var followed = WebUtility.HtmlDecode(await c.GetStringAsync(WebUtility.HtmlDecode(link.Groups[1].Value), Ct));
        Assert.Matches($@"Resultaten 1–\d+ van {link.Groups[2].Value}<", followed);

        var api = JsonDocument.Parse(await c.GetStringAsync("/api/search?q=loopbaanbudget&jaar=2025", Ct)).RootElement;
        Assert.Equal(0, api.GetProperty("total").GetInt32());
        var suggestion = api.GetProperty("suggestion");
        Assert.Equal("loopbaan budget", suggestion.GetProperty("query").GetString());
        Assert.Equal("/api/search?jaar=2025&q=loopbaan%20budget", suggestion.GetProperty("url").GetString());
        var again = JsonDocument.Parse(await c.GetStringAsync(suggestion.GetProperty("url").GetString(), Ct)).RootElement;
        Assert.Equal(suggestion.GetProperty("total").GetInt32(), again.GetProperty("total").GetInt32());

        // Nothing to split into words that have hits: no suggestion.
        Assert.DoesNotContain("Bedoelt u", await c.GetStringAsync("/?q=kwartelkoningbroedplaats", Ct));
        var nothing = JsonDocument.Parse(await c.GetStringAsync("/api/search?q=kwartelkoningbroedplaats", Ct)).RootElement;
        Assert.Equal(0, nothing.GetProperty("total").GetInt32());
        Assert.True(!nothing.TryGetProperty("suggestion", out var s) || s.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Open_in_document_carries_the_query_and_the_document_marks_its_words_encoded()
    {
        using var c = Client();
        var html = await c.GetStringAsync("/?q=ontwikkelbudget", Ct);
        var open = Regex.Match(html, "<a href=\"(/documents/(\\d+)\\?q=ontwikkelbudget#c(\\d+))\">Open in document</a>");
        Assert.True(open.Success, "the hit links to the document with the query");
        var doc = await c.GetStringAsync(open.Groups[1].Value.Split('#')[0], Ct);
        var clause = Regex.Match(doc, $"<div class=\"clause[^\"]*\" id=\"c{open.Groups[3].Value}\".*?</div>", RegexOptions.Singleline).Value;
        Assert.Contains(" found\"", clause);
        Assert.Matches("<mark class=\"zoek\">[Oo]ntwikkelbudget</mark>", clause);
        Assert.Matches(@"De zoekwoorden van <q>ontwikkelbudget</q> zijn gemarkeerd in \d+ artikelleden?\.", doc);
        // Without the query nothing is marked.
        Assert.DoesNotContain("mark class=\"zoek\"", await c.GetStringAsync($"/documents/{open.Groups[2].Value}", Ct));

        // Untrusted on both sides: the query is echoed encoded, the hostile text stays encoded around the marks.
        var hostile = await c.GetStringAsync($"/documents/{web.HostileDocumentId}?q={Uri.EscapeDataString("ontwikkelbudget <script>alert(5)</script> \"><img src=x>")}", Ct);
        Assert.DoesNotContain("<script>alert(5)", hostile);
        Assert.DoesNotContain("<img src=x>", hostile);
        Assert.Contains("&lt;script&gt;alert(5)&lt;/script&gt;", hostile);
        var marked = await c.GetStringAsync($"/documents/{web.HostileDocumentId}?q=ontwikkelbudget", Ct);
        var text = Regex.Match(marked, "<p class=\"clause-text\">[^\n]*?<mark class=\"zoek\">.*?</p>").Value;
        // The search mark sits inside the classifier's evidence mark; the script in the text stays text.
        Assert.Contains("persoonlijk <mark class=\"ev\"><mark class=\"zoek\">ontwikkelbudget</mark></mark> van", text);
        Assert.EndsWith("per jaar. &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;</p>", text);
        Assert.DoesNotContain("<script>alert", marked);
    }

    [Fact]
    public async Task More_like_this_shows_its_source_clause_above_the_similar_ones()
    {
        using var c = Client();
        var metal = web.Store.ListDocuments(currentOnly: true).Single(d => d.Version.Id == "metaal-2025");
        var budget = new LabelStore(web.Store).ForDocument(metal.Id).SelectMany(g => g).First(l => l.Code == "LLO.BUDGET");
        var text = web.Store.GetClause(budget.ClauseId)!.Text;
        var html = WebUtility.HtmlDecode(await c.GetStringAsync($"/?like={budget.ClauseId}", Ct));
        var origin = Regex.Match(html, "<section class=\"origin\".*?</section>", RegexOptions.Singleline);
        Assert.True(origin.Success);
        Assert.True(origin.Index < html.IndexOf("<ol class=\"hits\"", StringComparison.Ordinal), "the source stands above the similar articles");
        Assert.Contains("Vergeleken met dit artikel", origin.Value);
        Assert.Contains(metal.Version.Name, origin.Value);
        Assert.Contains(text.Length > 200 ? text[..200] : text, origin.Value);
        Assert.Contains("Individueel ontwikkelbudget", origin.Value);
        Assert.DoesNotContain(metal.Version.Name, string.Concat(HitBlocks(html)));

        var api = JsonDocument.Parse(await c.GetStringAsync($"/api/search?like={budget.ClauseId}", Ct)).RootElement;
        Assert.Equal(budget.ClauseId, api.GetProperty("origin").GetProperty("clause_id").GetInt64());
    }
}
