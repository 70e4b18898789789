using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace CaoMonitor.Classification;

/// <summary>
/// A classifier pattern that starts interpreted and is compiled once it has been used often enough, the way the
/// runtime tiers its own code. Compiling all ~400 patterns up front (<see cref="RegexOptions.Compiled"/>: IL emitted,
/// then JIT-compiled on first use) cost every process about 2 s of processor time before its first clause, and most
/// of a corpus-sized run's first pass; the interpreter builds a pattern in a fraction of a millisecond but matches
/// about 3x slower, so a pattern is compiled after <see cref="Threshold"/> uses: the hot ones (noise lines, cues,
/// common triggers) within the first few hundred clauses, the rare ones never. Both engines are the same backtracking
/// matcher (same matches, same captures, same <see cref="Regex.MatchTimeout"/>). Thread-safe: exactly one caller
/// compiles; the others keep using the interpreted one meanwhile.
/// <para>
/// The budget of a match is processor time, not wall time (session 25). The regex engine only knows the wall clock, and
/// that counts whatever happens to the thread meanwhile: on a busy machine (the full test run at load 15-21 on 2 cores)
/// the first call of a freshly compiled pattern, which JIT-compiles it inside the timed match (40-160 ms on a quiet
/// machine), or a thread that waited for a core, ran out of a 2 s budget on plain clauses, and a document failed to
/// ingest on one machine and not on another. So a match that runs out of its wall-clock slice is run again from where
/// it stopped, with a wall-clock slice that doubles each time (up to <see cref="MaxRetries"/> times), measuring the
/// thread's processor time (<see cref="ThreadTime"/>): only an attempt that used half the budget or more of real work
/// without finishing fails, with <see cref="PatternTimeoutException"/> naming the pattern. Hostile input (catastrophic
/// backtracking) still fails, after about twice its budget; a slow machine only waits longer. The fast path is
/// unchanged: nothing is measured unless the engine's own timeout fires.
/// </para>
/// </summary>
internal sealed class TieredRegex
{
    /// <summary>Uses before a pattern is compiled. Chosen by measurement (300, 1,000 and 3,000 against compiling
    /// everything up front; see README, Benchmarks): 1,000 was the cheapest over one and four passes of the corpus.</summary>
    internal const int Threshold = 1000;

    /// <summary>Retries after the first wall-clock timeout, each with twice the slice of the one before (1x .. 64x the budget).</summary>
    internal const int MaxRetries = 7;

    readonly string pattern;
    readonly RegexOptions options;
    // Literals every match contains (see RequiredLiterals); null: none known, the pattern always runs.
    readonly SearchValues<string>? literals;
    Regex regex;
    int uses;
    volatile bool compiled;

    /// <summary>Builds the interpreted pattern at once, so a bad pattern fails here (when the taxonomy loads).
    /// <paramref name="budget"/>: the processor time one match may use; <paramref name="name"/>: what a timeout names
    /// (a rule id, or the field that holds the pattern).</summary>
    public TieredRegex(string pattern, RegexOptions options, TimeSpan budget, [CallerMemberName] string name = "")
    {
        this.pattern = pattern;
        this.options = options & ~RegexOptions.Compiled;
        Name = name;
        Budget = budget;
        regex = new Regex(pattern, this.options, budget);
        Literals = RequiredLiterals.Of(pattern, options);
        if (Literals is not null) literals = SearchValues.Create([.. Literals], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What a timeout names: the rule id ("LLO.BUDGET/..."), or the field that holds the pattern.</summary>
    public string Name { get; }

    /// <summary>The processor time one match may use (and the wall-clock slice of its first attempt).</summary>
    public TimeSpan Budget { get; }

    /// <summary>For tests, on their own thread: stands in for <see cref="ThreadTime.Now"/> (a thread that gets no processor time, or a slow clock).</summary>
    [ThreadStatic] internal static Func<TimeSpan>? ClockForTests;

    /// <summary>For tests, on their own thread: the first wall-clock slice instead of <see cref="Budget"/> (a machine so busy that a match
    /// gets only this much of it), or null.</summary>
    [ThreadStatic] internal static TimeSpan? FirstSliceForTests;

    /// <summary>The literals of which every match contains one (lower case), or null.</summary>
    internal IReadOnlyList<string>? Literals { get; }

    /// <summary>
    /// False when the input holds none of the pattern's required literals, so it cannot match: one vectorised search
    /// instead of running the pattern (skipped inputs are not counted as uses).
    /// </summary>
    public bool MayMatch(ReadOnlySpan<char> input) => literals is null || input.IndexOfAny(literals) >= 0 || input.Contains(KelvinSign);

    /// <summary>A case-insensitive pattern's k matches it; the ordinal search for the literals does not (see RequiredLiterals).</summary>
    internal const char KelvinSign = '\u212A';

    // Never matches: what a skipped EnumerateMatches or Matches enumerates.
    static readonly Regex Never = new("(?!)", RegexOptions.CultureInvariant);

    /// <summary>Compiled yet (for tests).</summary>
    internal bool IsCompiled => compiled;

    /// <summary>The pattern's current engine; counts a use until it is compiled.</summary>
    public Regex Get()
    {
        if (!compiled && Interlocked.Increment(ref uses) == Threshold)
        {
            regex = new Regex(pattern, options | RegexOptions.Compiled, regex.MatchTimeout);
            compiled = true;
        }
        return regex;
    }

    public override string ToString() => pattern;

    // The calls the classifier makes, each skipped where the required literals are absent (see MayMatch). Each runs on the
    // pattern's engine first; a wall-clock timeout goes to Retry, which decides by processor time (see the class summary).
    public bool IsMatch(string input) => IsMatch(input.AsSpan());

    public bool IsMatch(ReadOnlySpan<char> input)
    {
        if (!MayMatch(input)) return false;
        var r = First();
        for (int attempt = 0; ; attempt++)
        {
            var start = attempt == 0 ? default : ThreadClock();
            try { return r.IsMatch(input); }
            catch (RegexMatchTimeoutException e) { r = Retry(e, attempt, start, input.Length); }
        }
    }

    public Match Match(string input) => Match(input, 0);

    /// <summary>The first match at or after <paramref name="startat"/> (lookbehinds see the text before it, as Regex.Match(input, startat)).</summary>
    public Match Match(string input, int startat)
    {
        if (!MayMatch(input)) return System.Text.RegularExpressions.Match.Empty;
        var r = First();
        for (int attempt = 0; ; attempt++)
        {
            var start = attempt == 0 ? default : ThreadClock();
            try { return r.Match(input, startat); }
            catch (RegexMatchTimeoutException e) { r = Retry(e, attempt, start, input.Length); }
        }
    }

    /// <summary>Every match, found before this returns (a MatchCollection is lazy: its timeout would fire in the caller's loop).</summary>
    public MatchCollection Matches(string input)
    {
        if (!MayMatch(input)) return Never.Matches("");
        var r = First();
        for (int attempt = 0; ; attempt++)
        {
            var start = attempt == 0 ? default : ThreadClock();
            try
            {
                var all = r.Matches(input);
                _ = all.Count;
                return all;
            }
            catch (RegexMatchTimeoutException e) { r = Retry(e, attempt, start, input.Length); }
        }
    }

    public PatternMatches EnumerateMatches(string input) => EnumerateMatches(input.AsSpan());

    public PatternMatches EnumerateMatches(ReadOnlySpan<char> input) =>
        MayMatch(input) ? new PatternMatches(this, input, First()) : default;

    Regex First() => FirstSliceForTests is { } slice ? new Regex(pattern, options, slice) : Get();

    static TimeSpan ThreadClock() => ClockForTests?.Invoke() ?? ThreadTime.Now();

    /// <summary>
    /// After attempt <paramref name="attempt"/> (0: the pattern's own engine) ran out of its wall-clock slice: throws
    /// <see cref="PatternTimeoutException"/> when that attempt used half the budget or more of processor time (real work:
    /// the text is too hard for the pattern) or the retries are used up; otherwise returns the interpreted pattern (the same
    /// matcher) with a slice twice as long for the next attempt (the first retry: the budget itself).
    /// </summary>
    internal Regex Retry(RegexMatchTimeoutException e, int attempt, TimeSpan attemptStart, int inputLength)
    {
        // The first attempt is not measured (reading the clock costs a system call on every match); the retries are.
        var used = attempt == 0 ? TimeSpan.Zero : ThreadClock() - attemptStart;
        if (used >= Budget / 2 || attempt >= MaxRetries)
            throw new PatternTimeoutException(Name, pattern, Budget, inputLength, attempt + 1, e);
        return new Regex(pattern, options, Budget * (1L << attempt));
    }

    /// <summary>
    /// The matches of a pattern in a text, one at a time like Regex.EnumerateMatches (no allocation), with the same
    /// retries as the other calls: after a wall-clock timeout the search goes on from where the last match ended.
    /// </summary>
    public ref struct PatternMatches
    {
        readonly TieredRegex? owner;
        readonly ReadOnlySpan<char> input;
        Regex.ValueMatchEnumerator inner;
        int next;           // where the search goes on after a timeout: the end of the last match (one further after an empty one)
        ValueMatch current;

        internal PatternMatches(TieredRegex owner, ReadOnlySpan<char> input, Regex regex)
        {
            this.owner = owner;
            this.input = input;
            inner = regex.EnumerateMatches(input);
        }

        public readonly PatternMatches GetEnumerator() => this;

        public readonly ValueMatch Current => current;

        public bool MoveNext()
        {
            if (owner is null) return false;
            for (int attempt = 0; ; attempt++)
            {
                var start = attempt == 0 ? default : ThreadClock();
                try
                {
                    if (!inner.MoveNext()) return false;
                    current = inner.Current;
                    next = current.Index + current.Length + (current.Length == 0 ? 1 : 0);
                    return true;
                }
                catch (RegexMatchTimeoutException e)
                {
                    var r = owner.Retry(e, attempt, start, input.Length);
                    // An empty match at the very end was the last one.
                    if (next > input.Length) return false;
                    inner = r.EnumerateMatches(input, next);
                }
            }
        }
    }
}

/// <summary>
/// A match used up its processor-time budget without finishing (see <see cref="TieredRegex"/>): a text the pattern cannot
/// handle (catastrophic backtracking), not a busy machine. Names the pattern, so a failed ingest says which one.
/// </summary>
public sealed class PatternTimeoutException : RegexMatchTimeoutException
{
    internal PatternTimeoutException(string name, string pattern, TimeSpan budget, int inputLength, int attempts, RegexMatchTimeoutException inner)
        : base(inner.Input, pattern, budget)
    {
        PatternName = name;
        InputLength = inputLength;
        Attempts = attempts;
    }

    /// <summary>The rule id or field of the pattern.</summary>
    public string PatternName { get; }

    public int InputLength { get; }

    /// <summary>How many times the match was run (the first on the pattern's own engine).</summary>
    public int Attempts { get; }

    public override string Message =>
        $"the text pattern {PatternName} used its budget of {MatchTimeout.TotalSeconds:0.#} s of processor time on a text of {InputLength} characters ({Attempts} attempts)";
}
