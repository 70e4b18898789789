namespace CaoMonitor.Classification;

/// <summary>A label that may be drawn into a review sample: the clause it sits on and its category.</summary>
public sealed record SampleCandidate(long ClauseId, string Code, string VersionId, string Path);

/// <summary>
/// Stratified random samples of current labels, so precision can be measured per category: the same labels,
/// seed and size always give the same sample (candidates are put in a fixed order before a seeded shuffle).
/// </summary>
public static class ReviewSample
{
    /// <summary>Draws up to <paramref name="perCategory"/> labels of every category (all of them when a category has fewer),
    /// ordered by category, then by the order they were drawn in.</summary>
    public static IReadOnlyList<SampleCandidate> Draw(IEnumerable<SampleCandidate> labels, int perCategory, int seed)
    {
        if (perCategory < 1) throw new ArgumentOutOfRangeException(nameof(perCategory), "draw at least one label per category");
        var result = new List<SampleCandidate>();
        foreach (var group in labels.GroupBy(l => l.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(l => l.VersionId, StringComparer.Ordinal).ThenBy(l => l.Path, StringComparer.Ordinal)
                .ThenBy(l => l.ClauseId).ToArray();
            // One generator per category, seeded from the seed and the code: adding a category elsewhere does not change this one's draw.
            var rng = new Random(unchecked(seed * 31 + StableHash(group.Key)));
            for (int i = ordered.Length - 1; i > 0; i--)
            {
                int j = rng.Next(i + 1);
                (ordered[i], ordered[j]) = (ordered[j], ordered[i]);
            }
            result.AddRange(ordered.Take(perCategory));
        }
        return result;
    }

    static int StableHash(string s)
    {
        unchecked
        {
            int h = 17;
            foreach (var ch in s) h = h * 31 + ch;
            return h;
        }
    }
}

/// <summary>Precision of one category measured on reviewed sample labels, with its 95% Wilson interval.</summary>
public sealed record CategoryPrecision(string Code, int Reviewed, int Confirmed)
{
    /// <summary>Fewer reviewed sample labels than this: the category is "niet gemeten".</summary>
    public const int MinimumReviewed = 10;

    public bool Measured => Reviewed >= MinimumReviewed;
    public double? Precision => Reviewed == 0 ? null : (double)Confirmed / Reviewed;
    public (double Low, double High)? Interval => Reviewed == 0 ? null : Wilson.Interval(Confirmed, Reviewed);

    /// <summary>The coverage that remains after taking out the expected false positives (raw × precision); null when not measured.</summary>
    public double? Adjusted(double rawCoverage) => Measured && Precision is { } p ? rawCoverage * p : null;

    /// <summary>"0,86 (0,71–0,94; 21 labels)" or "niet gemeten (4 labels)", in Dutch notation.</summary>
    public string Dutch()
    {
        var nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        if (!Measured) return $"niet gemeten ({Reviewed} labels)";
        var (lo, hi) = Interval!.Value;
        return $"{Precision!.Value.ToString("0.00", nl)} ({lo.ToString("0.00", nl)}–{hi.ToString("0.00", nl)}; {Reviewed} labels)";
    }
}

/// <summary>The Wilson score interval for a binomial proportion (here: confirmed labels out of reviewed ones).</summary>
public static class Wilson
{
    /// <summary>95% interval (z = 1.96) for <paramref name="successes"/> out of <paramref name="n"/>.</summary>
    public static (double Low, double High) Interval(int successes, int n, double z = 1.959963984540054)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
        if (successes < 0 || successes > n) throw new ArgumentOutOfRangeException(nameof(successes));
        double p = (double)successes / n, z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
