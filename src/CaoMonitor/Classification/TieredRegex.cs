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
    Regex regex;
    int uses;
    volatile bool compiled;

    /// <summary>Builds the interpreted pattern at once, so a bad pattern fails here (when the taxonomy loads).</summary>
    public TieredRegex(string pattern, RegexOptions options, TimeSpan timeout)
    {
        this.pattern = pattern;
        this.options = options & ~RegexOptions.Compiled;
        regex = new Regex(pattern, this.options, timeout);
    }

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

    // The calls the attribute and line patterns make, so their call sites read as before.
    public bool IsMatch(string input) => Get().IsMatch(input);
    public bool IsMatch(ReadOnlySpan<char> input) => Get().IsMatch(input);
    public MatchCollection Matches(string input) => Get().Matches(input);
    public Regex.ValueMatchEnumerator EnumerateMatches(string input) => Get().EnumerateMatches(input);
    public Regex.ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input) => Get().EnumerateMatches(input);
}
