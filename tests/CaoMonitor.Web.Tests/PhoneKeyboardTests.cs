using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CaoMonitor.Web.Tests;

/// <summary>
/// The UI on a phone (390 px) and a desktop (1400 px) in chromium: no page wider than the screen,
/// facets folded on the phone, a focus ring of at least 3:1 contrast, and the keyboard path through
/// search, document and monitor without a mouse.
/// </summary>
public sealed class PhoneKeyboardTests(WebFixture web, BrowserFixture browsers)
{
    public static TheoryData<int> Widths => new(390, 1400);

    private async Task<(IBrowserContext Context, IPage Page, List<string> Problems)> Open(int width)
    {
        var browser = await browsers.Browser();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = web.BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = width < 800 ? 844 : 900 }, Locale = "nl-NL",
            IsMobile = width < 800, HasTouch = width < 800,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000); // generous: the test machine is shared
        page.SetDefaultNavigationTimeout(120_000); // navigations on a loaded CI host have taken over 60 s
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) problems.Add("console: " + m.Text); };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        return (context, page, problems);
    }

    private async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(web.Artifacts, name + ".png"), FullPage = true });

    private string[] Pages()
    {
        var docs = web.Store.ListDocuments(currentOnly: true);
        var metal = docs.Single(d => d.Version.Id == "metaal-2025").Id;
        var older = docs.Single(d => d.Version.Id == "metaal-2023").Id;
        var clause = web.Store.GetClauses(metal, leavesOnly: true).First(c => c.Text.Contains("ontwikkelbudget", StringComparison.OrdinalIgnoreCase)).Id;
        return
        [
            "/", "/?q=ontwikkelbudget", "/?q=ontwikkelbudget&sector=metaal+en+techniek", "/documents", $"/documents/{metal}",
            "/?q=sector%3Azorg", "/?categorie=LLO.BUDGET", "/?q=loopbaanbudget", $"/?like={clause}", $"/documents/{metal}?q=ontwikkelbudget#c{clause}",
            "/compare?kies=cao:metaal&kies=sector:bouw&categorie=LLO.BUDGET", $"/diff?a={older}&b={metal}", "/diff",
            "/monitor?jaar=2025", "/monitor/clauses?jaar=2025&maat=LLO.BUDGET&sterkte=any&indeling=all&segment=all", "/login", "/api",
        ];
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task No_page_is_wider_than_the_screen(int width)
    {
        var (context, page, problems) = await Open(width);
        await using var _ = context;
        var tooWide = new List<string>();
        foreach (var path in Pages())
        {
            await page.GotoAsync(path);
            var (scroll, inner) = await Widths2(page);
            if (scroll > inner) tooWide.Add($"{path}: {scroll} px in a {inner} px window ({await WidestElement(page)})");
        }
        await page.GotoAsync("/monitor?jaar=2025");
        await Shot(page, $"20-monitor-{width}");
        await page.GotoAsync(Pages()[4]);
        await Shot(page, $"21-document-{width}");
        Assert.True(tooWide.Count == 0, string.Join("\n", tooWide));
        Assert.Empty(problems);
    }

    private static async Task<(int Scroll, int Inner)> Widths2(IPage page)
    {
        var w = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (w[0], w[1]);
    }

    /// <summary>For the failure message: the element that sticks out furthest.</summary>
    private static Task<string> WidestElement(IPage page) => page.EvaluateAsync<string>("""
        () => { let best = null, right = 0;
          for (const el of document.querySelectorAll('body *')) { const r = el.getBoundingClientRect().right; if (r > right) { right = r; best = el; } }
          return best ? `${best.tagName.toLowerCase()}.${best.className} right ${Math.round(right)}` : ''; }
        """);

    [Fact]
    public async Task On_a_phone_the_facets_fold_behind_a_button_and_the_results_come_first()
    {
        var (context, page, problems) = await Open(390);
        await using var _ = context;
        await page.GotoAsync("/?q=ontwikkelbudget");
        var fold = page.Locator("aside.facets details.fold");
        Assert.False(await fold.EvaluateAsync<bool>("d => d.open"));
        await Assertions.Expect(page.Locator(".facet").First).Not.ToBeVisibleAsync();
        // The first hit is on the first screen.
        var hit = await page.Locator("li.hit").First.BoundingBoxAsync();
        Assert.True(hit!.Y < 844, $"first hit starts at {hit.Y} px");
        // The button opens the facets, with the keyboard too.
        await page.Locator("aside.facets summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".facet").First).ToBeVisibleAsync();
        await Shot(page, "22-facets-phone");

        // On a desktop they are open beside the results.
        var (desk, deskPage, deskProblems) = await Open(1400);
        await using var __ = desk;
        await deskPage.GotoAsync("/?q=ontwikkelbudget");
        await Assertions.Expect(deskPage.Locator(".facet").First).ToBeVisibleAsync();
        Assert.Empty(problems);
        Assert.Empty(deskProblems);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task A_filter_alone_browses_and_a_compound_suggestion_is_followed_with_the_keyboard(int width)
    {
        var (context, page, problems) = await Open(width);
        await using var _ = context;
        await page.GotoAsync("/");
        // The search tips offer browsing a sector; the keyboard reaches it.
        await TabTo(page, "a[href='/?q=sector%3Azorg']");
        await AssertRing(page);
        await page.Keyboard.PressAsync("Enter");
        await Navigation.Arrive(page, new Regex(@"\?q=sector%3Azorg$"));
        await Assertions.Expect(page.Locator("h2#hits-title")).ToHaveTextAsync(new Regex(@"^Artikelen 1–10 van \d+$"));
        Assert.All(await page.Locator("li.hit h3").AllInnerTextsAsync(), t => Assert.Contains("Thuiszorg", t));
        await Shot(page, $"23-browse-{width}");

        // Nothing found: the split compound is offered as a link, and Enter follows it.
        await page.GotoAsync("/?q=loopbaanbudget");
        await Assertions.Expect(page.Locator("h2#hits-title")).ToHaveTextAsync("Geen resultaten");
        await TabTo(page, ".suggestion a");
        await AssertRing(page);
        await Shot(page, $"24-suggestion-{width}");
        await page.Keyboard.PressAsync("Enter");
        await Navigation.Arrive(page, new Regex(@"\?q=loopbaan%20budget$"));
        Assert.True(await page.Locator("li.hit").CountAsync() > 0);
        var (scroll, inner) = await Widths2(page);
        Assert.True(scroll <= inner, $"{scroll} px in a {inner} px window");
        Assert.Empty(problems);
    }

    /// <summary>WCAG contrast ratio of two CSS colours (rgb/rgba as chromium reports them).</summary>
    private static double Contrast(string a, string b)
    {
        static double L(string css)
        {
            var n = Regex.Matches(css, @"[\d.]+").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
            double C(double v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4); }
            return 0.2126 * C(n[0]) + 0.7152 * C(n[1]) + 0.0722 * C(n[2]);
        }
        double la = L(a), lb = L(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>The focused element's outline and the background it is drawn on (the first opaque one up the tree).</summary>
    private static async Task<(string Outline, string Style, double Width, string Background, string What)> Ring(IPage page)
    {
        var r = await page.EvaluateAsync<string[]>("""
            () => { const el = document.activeElement; const s = getComputedStyle(el);
              let p = el.parentElement, bg = 'rgb(255, 255, 255)';
              while (p) { const c = getComputedStyle(p).backgroundColor; if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; } p = p.parentElement; }
              return [s.outlineColor, s.outlineStyle, s.outlineWidth, bg, el.tagName + '#' + el.id + '.' + el.className]; }
            """);
        return (r[0], r[1], double.Parse(r[2].Replace("px", ""), CultureInfo.InvariantCulture), r[3], r[4]);
    }

    private static async Task AssertRing(IPage page)
    {
        var ring = await Ring(page);
        Assert.True(ring.Style != "none" && ring.Width >= 2, $"{ring.What}: no visible focus ring ({ring.Style} {ring.Width}px)");
        var ratio = Contrast(ring.Outline, ring.Background);
        Assert.True(ratio >= 3, $"{ring.What}: focus ring {ring.Outline} on {ring.Background} has contrast {ratio:0.00}:1");
    }

    private static async Task TabTo(IPage page, string selector, int max = 120)
    {
        for (int i = 0; i < max; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => document.activeElement && document.activeElement.matches({System.Text.Json.JsonSerializer.Serialize(selector)})")) return;
        }
        Assert.Fail($"{max} presses of Tab did not reach {selector}");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_keyboard_path_through_search_document_and_monitor_with_a_visible_focus_ring(int width)
    {
        var (context, page, problems) = await Open(width);
        await using var _ = context;
        await page.GotoAsync("/");
        // Skip link first, with a ring.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Naar de inhoud", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await AssertRing(page);

        await page.Keyboard.PressAsync("/");
        Assert.Equal("q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("ontwikkelbudget");
        await page.Keyboard.PressAsync("Enter");
        await Navigation.Arrive(page, new Regex(@"\?q=ontwikkelbudget"));

        // Tab to the first hit and open it: the document opens at the clause, which has the focus.
        await TabTo(page, "li.hit h3 a");
        await AssertRing(page);
        await page.Keyboard.PressAsync("Enter");
        await Navigation.Arrive(page, new Regex(@"/documents/\d+\?q=ontwikkelbudget#c\d+$"));
        var anchor = new Uri(page.Url).Fragment.TrimStart('#');
        await Assertions.Expect(page.Locator($"[id='{anchor}']")).ToBeFocusedAsync();
        await AssertRing(page);
        // The search words are marked where the document opened, on the screen.
        await Assertions.Expect(page.Locator($"[id='{anchor}'] mark.zoek").First).ToBeInViewportAsync();

        // The monitor: choose a year with the keyboard, then follow a number to its clauses.
        await page.GotoAsync("/monitor?jaar=2025");
        await TabTo(page, "select#jaar");
        await AssertRing(page);
        await page.Keyboard.PressAsync("ArrowUp");
        await Navigation.Arrive(page, new Regex(@"jaar=2024"));
        Assert.Equal("Monitor 2024", await page.Locator("h1").InnerTextAsync());
        await TabTo(page, "#overzicht a.drill", 200);
        await AssertRing(page);
        await page.Keyboard.PressAsync("Enter");
        await Navigation.Arrive(page, new Regex("/monitor/clauses"));
        Assert.True(await page.Locator("#bronnen tbody tr").CountAsync() > 0);
        Assert.Empty(problems);
    }
}
