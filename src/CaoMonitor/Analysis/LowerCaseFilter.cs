namespace CaoMonitor.Analysis;

/// <summary>Lower-cases every term (invariant culture, so results do not depend on the machine).</summary>
public sealed class LowerCaseFilter : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var t in tokens)
            yield return t with { Term = t.Term.ToLowerInvariant() }; // returns the same string when already lower
    }
}
