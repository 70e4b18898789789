using System.Buffers;
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
/// </summary>
internal sealed class TieredRegex
{
    /// <summary>Uses before a pattern is compiled. Chosen by measurement (300, 1,000 and 3,000 against compiling
    /// everything up front; see README, Benchmarks): 1,000 was the cheapest over one and four passes of the corpus.</summary>
    internal const int Threshold = 1000;

    readonly string pattern;
    readonly RegexOptions options;
    // Literals every match contains (see RequiredLiterals); null: none known, the pattern always runs.
    readonly SearchValues<string>? literals;
    Regex regex;
    int uses;
    volatile bool compiled;

    /// <summary>Builds the interpreted pattern at once, so a bad pattern fails here (when the taxonomy loads).</summary>
    public TieredRegex(string pattern, RegexOptions options, TimeSpan timeout)
    {
        this.pattern = pattern;
        this.options = options & ~RegexOptions.Compiled;
        regex = new Regex(pattern, this.options, timeout);
        Literals = RequiredLiterals.Of(pattern, options);
        if (Literals is not null) literals = SearchValues.Create([.. Literals], StringComparison.OrdinalIgnoreCase);
    }

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

    // The calls the classifier makes, each skipped where the required literals are absent (see MayMatch).
    public bool IsMatch(string input) => MayMatch(input) && Get().IsMatch(input);
    public bool IsMatch(ReadOnlySpan<char> input) => MayMatch(input) && Get().IsMatch(input);
    public Match Match(string input) => MayMatch(input) ? Get().Match(input) : System.Text.RegularExpressions.Match.Empty;
    public MatchCollection Matches(string input) => MayMatch(input) ? Get().Matches(input) : Never.Matches("");
    public Regex.ValueMatchEnumerator EnumerateMatches(string input) =>
        MayMatch(input) ? Get().EnumerateMatches(input) : Never.EnumerateMatches(ReadOnlySpan<char>.Empty);
    public Regex.ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input) =>
        MayMatch(input) ? Get().EnumerateMatches(input) : Never.EnumerateMatches(ReadOnlySpan<char>.Empty);
}
