namespace CaoMonitor.Jobs.Tests.Support;

/// <summary>Polls a condition until it holds; the limit is generous because it is not a speed test.</summary>
public static class Wait
{
    /// <param name="log">A log file whose last lines go into the failure message (what the processes were doing).</param>
    public static async Task Until(Func<bool> condition, string what, int seconds = 60, string? log = null)
    {
        var end = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > end) throw new TimeoutException($"gave up waiting for: {what}{Tail(log)}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static string Tail(string? log)
    {
        if (log is null || !File.Exists(log)) return "";
        // Idle polls of the drop folder repeat every second and would hide what happened.
        var lines = File.ReadAllLines(log).Where(l => !l.Contains("0 queued, 0 waiting to settle", StringComparison.Ordinal)).ToList();
        return "\nlast lines of the log (idle polls left out):\n" + string.Join('\n', lines.Skip(Math.Max(0, lines.Count - 80)));
    }
}
