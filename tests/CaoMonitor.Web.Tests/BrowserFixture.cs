using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(CaoMonitor.Web.Tests.BrowserFixture))]

namespace CaoMonitor.Web.Tests;

/// <summary>
/// One chromium for the whole test run: Debian's `chromium` from PATH, driven by Playwright (never a
/// downloaded browser). Where it is missing the browser tests skip and say how to install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string? ChromiumPath =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(n => Path.Combine(dir, n)))
            .FirstOrDefault(File.Exists);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async Task<IBrowser> Browser()
    {
        if (_browser is not null) return _browser;
        var path = ChromiumPath;
        if (path is null) Assert.Skip("chromium is not installed (apt-get install chromium; ./test does this when run as root)");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path, Headless = true,
            // As root (CI) chromium refuses to start without this; the pages it opens are our own test server.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        });
        return _browser;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
