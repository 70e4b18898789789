using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CaoMonitor.Web.Tests;

/// <summary>
/// Waiting for the page a click, key press or form leads to. Playwright's WaitForURL compares the URL and
/// then subscribes to the next navigation (.NET client, Frame.WaitForURLAsync); a navigation that commits
/// between the two is missed, and the wait runs into its timeout with the page already there. The
/// project's CI hung 120 s on that three times, and it happened here once in a few full runs. Polling the
/// page's URL, which Playwright keeps current from its own events, cannot miss a navigation.
/// </summary>
internal static class Navigation
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static Task Arrive(IPage page, Regex url) => Arrive(page, url.IsMatch, url.ToString());

    public static async Task Arrive(IPage page, Func<string, bool> at, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!at(page.Url))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"the page did not reach {what} in {Timeout.TotalSeconds:0} s; it is at {page.Url}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        // The new document exists from its commit on; reads that do not retry need it parsed.
        await page.WaitForFunctionAsync("() => document.readyState !== 'loading'", null,
            new() { Timeout = (float)Timeout.TotalMilliseconds, PollingInterval = 50 });
    }
}
