namespace CaoMonitor.Jobs.Tests.Support;

/// <summary>Polls a condition until it holds; the limit is generous because it is not a speed test.</summary>
public static class Wait
{
    public static async Task Until(Func<bool> condition, string what, int seconds = 60)
    {
        var end = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > end) throw new TimeoutException($"gave up waiting for: {what}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
