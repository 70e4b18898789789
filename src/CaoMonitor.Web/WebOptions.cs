namespace CaoMonitor.Web;

/// <summary>How `caomonitor serve` runs the web UI. Defaults are the safe ones for a laptop on loopback.</summary>
public sealed record WebOptions
{
    public required string DataDir { get; init; }
    public string Urls { get; init; } = "http://127.0.0.1:5080";
    /// <summary>Reading (search, documents, monitor) without login. Writing always needs a login.</summary>
    public bool OpenReading { get; init; } = true;
    /// <summary>Searches one client may run per minute (0: no per-minute limit).</summary>
    public int SearchPerMinute { get; init; } = 600;
    /// <summary>Searches of one client running at once; more wait in a queue of <see cref="SearchQueue"/>.</summary>
    public int SearchConcurrency { get; init; } = Math.Max(2, Environment.ProcessorCount);
    public int SearchQueue { get; init; } = 100;
    /// <summary>Largest upload accepted, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 50L * 1024 * 1024;
    /// <summary>Request logging to the console (off in tests and benchmarks).</summary>
    public bool Quiet { get; init; }
}
