using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CaoMonitor.Classification;

namespace CaoMonitor;

/// <summary>
/// The time limit of every text pattern outside the classifier (the classifier's have their own budgets, see
/// <see cref="TieredRegex"/>). One mechanism for all of them: the process-wide default match timeout,
/// <c>REGEX_DEFAULT_MATCH_TIMEOUT</c>. A source-generated pattern ([GeneratedRegex], ~190 of them in the segmenter, the
/// normaliser, the cover page, structure quality, diff, web) reads it once, on the first use of any generated pattern of
/// its assembly (<c>AppContext.GetData(...) is TimeSpan</c>; anything else, such as a runtimeconfig.json value, which
/// arrives as a string, is ignored there and makes the Regex class itself throw), and checks the clock in its
/// backtracking loops only when it is set. So it must be a <see cref="TimeSpan"/> set in code before the first pattern
/// runs: this library's module initializer does it (it runs before any code of the library), and the CLI and the web
/// assembly call <see cref="Install"/> from theirs, so the Regex class's own default (read once, by the first Regex the
/// process builds, for patterns built without a timeout) is set too. That covers `caomonitor` (ingest, serve, the worker,
/// the PDF extraction children, which are `caomonitor extract-child`) and the test hosts. The few patterns built at run
/// time outside the classifier pass <see cref="Default"/> explicitly, so they do not depend on which Regex came first.
/// <para>
/// The limit is wall-clock time (the regex engine knows no other). A match that runs out of it throws
/// RegexMatchTimeoutException; <see cref="Run{T}"/> wraps an ingest stage (normalise, cover page, segment) and tells a
/// busy machine from a hostile text the way TieredRegex does, by the thread's processor time: an attempt of the stage that
/// used less than half the limit of processor time was slowed down, not stuck, and the stage runs again (a stage is a pure
/// function of its input); otherwise, or after <see cref="MaxAttempts"/>, it fails with <see cref="StageTimeoutException"/>,
/// which names the stage and the code that ran the pattern, and the document fails alone with reason <c>timeout</c>.
/// </para>
/// </summary>
public static class PatternBudget
{
    /// <summary>The AppContext key the regex engine and the generated patterns read.</summary>
    public const string AppContextKey = "REGEX_DEFAULT_MATCH_TIMEOUT";

    /// <summary>Seconds instead of <see cref="Standard"/> (for tests that need a hostile text to fail fast, in a child process).</summary>
    public const string EnvironmentVariable = "CAOMONITOR_PATTERN_TIMEOUT";

    /// <summary>The limit of one match: generous (a match on a real line takes micro- to milliseconds; the classifier's
    /// budget, Taxonomy.MatchTimeout, is the same 10 s).</summary>
    public static readonly TimeSpan Standard = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest input a pattern's clock-free build may see (<c>[GeneratedRegex(XText, options, NoClock)] XShort()</c> beside
    /// <c>[GeneratedRegex(XText)] XTimed()</c>, picked by <see cref="IsShort"/>: the same pattern text and options, so the same
    /// matches). A generated pattern with a time limit reads the clock wherever it tries a match and in every backtracking
    /// loop, which made the segment stage ~60% slower on real text (session 27). The hottest per-line patterns of the
    /// segmenter and the normaliser therefore run without the clock on lines up to this length (every real 2024 line: the
    /// longest normalised line is 3,287 characters); what bounds them there is the length, as none of them is worse than
    /// quadratic (PatternBudgetTests27 runs every clock-free build on hostile text of this length and bounds its time).
    /// A longer input takes the build with the limit. A pattern that is worse than quadratic (DotLeader, cubic on a run of
    /// "…" ending in ".") picks its own, shorter length.
    /// </summary>
    public const int ShortInput = 4096;

    /// <summary>The match timeout, in milliseconds, of a pattern's clock-free build (see <see cref="ShortInput"/>).</summary>
    public const int NoClock = Timeout.Infinite;

    /// <summary>Whether the clock-free build of a pattern may run on this input (see <see cref="ShortInput"/>).</summary>
    public static bool IsShort(string input, int longest = ShortInput) => input.Length <= longest;

    /// <summary>Attempts of a stage whose pattern ran out of time on a busy machine before it fails anyway.</summary>
    public const int MaxAttempts = 3;

    /// <summary>The limit in force in this process (set by whoever came first: a host, a test, or this class).</summary>
    public static TimeSpan Default { get; } = Set();

    /// <summary>Makes sure the default is set; for the module initializers of the hosts (idempotent, cheap).</summary>
    public static void Install() => _ = Default;

#pragma warning disable CA2255 // a module initializer in a library: on purpose, it must run before the first pattern
    [ModuleInitializer]
    internal static void OnLoad() => Install();
#pragma warning restore CA2255

    private static TimeSpan Set()
    {
        if (AppContext.GetData(AppContextKey) is TimeSpan chosen && chosen > TimeSpan.Zero && chosen != Regex.InfiniteMatchTimeout) return chosen;
        var limit = Standard;
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } s
            && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 3600)
            limit = TimeSpan.FromSeconds(seconds);
        AppContext.SetData(AppContextKey, limit);
        return limit;
    }

    /// <summary>For tests, on their own thread: stands in for the thread's processor-time clock.</summary>
    [ThreadStatic] internal static Func<TimeSpan>? ClockForTests;

    private static TimeSpan Clock() => ClockForTests?.Invoke() ?? ThreadTime.Now();

    /// <summary>
    /// Runs one ingest stage (pure: the same input gives the same output). A pattern that ran out of its wall-clock limit
    /// in an attempt that used less than half the limit of processor time (a busy machine, a suspended laptop) runs the
    /// stage again, up to <see cref="MaxAttempts"/> times; otherwise the stage fails with <see cref="StageTimeoutException"/>.
    /// The classifier's own timeouts (<see cref="PatternTimeoutException"/>, already decided by processor time) pass through.
    /// </summary>
    public static T Run<T>(string stage, Func<T> work)
    {
        for (int attempt = 1; ; attempt++)
        {
            var start = Clock();
            try { return work(); }
            catch (RegexMatchTimeoutException e) when (e is not PatternTimeoutException and not StageTimeoutException)
            {
                var used = Clock() - start;
                if (used < e.MatchTimeout / 2 && attempt < MaxAttempts) continue;
                throw new StageTimeoutException(stage, e, used, attempt);
            }
        }
    }
}

/// <summary>
/// A text pattern of an ingest stage ran out of its time limit (see <see cref="PatternBudget"/>): names the stage, the code
/// that ran the pattern, the length of the text and the pattern.
/// </summary>
public sealed class StageTimeoutException : RegexMatchTimeoutException
{
    internal StageTimeoutException(string stage, RegexMatchTimeoutException inner, TimeSpan used, int attempts)
        : base(inner.Input ?? "", inner.Pattern ?? "", inner.MatchTimeout)
    {
        Stage = stage;
        Caller = CallerOf(inner);
        InputLength = inner.Input?.Length ?? 0;
        Attempts = attempts;
        ProcessorTime = used;
    }

    /// <summary>The stage: "normalise", "cover page", "segment", ...</summary>
    public string Stage { get; }

    /// <summary>Our method that ran the pattern ("CaoSegmenter.HasLeader"), or "" when the stack does not say.</summary>
    public string Caller { get; }

    public int InputLength { get; }

    public int Attempts { get; }

    /// <summary>Processor time the last attempt of the stage used.</summary>
    public TimeSpan ProcessorTime { get; }

    public override string Message =>
        $"the {Stage} stage: a text pattern{(Caller.Length > 0 ? $" in {Caller}" : "")} ran longer than its limit of {MatchTimeout.TotalSeconds:0.#} s on a text of {InputLength:N0} characters "
        + $"({Attempts} attempt{(Attempts == 1 ? "" : "s")}, the last {ProcessorTime.TotalSeconds:0.#} s of processor time): {(Pattern.Length <= 120 ? Pattern : Pattern[..120] + "…")}";

    private static string CallerOf(Exception e)
    {
        foreach (var frame in new StackTrace(e, false).GetFrames())
            if (frame.GetMethod() is { DeclaringType: { } t } m && t.Namespace?.StartsWith("CaoMonitor", StringComparison.Ordinal) == true)
                return $"{(t.DeclaringType ?? t).Name}.{m.Name}";
        return "";
    }
}
