namespace CaoMonitor.Analysis;

/// <summary>Applies <see cref="DutchStemmer"/> to words (not to numbers, amounts, references, abbreviations) unless marked keyword.</summary>
public sealed class DutchStemFilter : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var t in tokens)
            yield return t.Type == TokenType.Word && !t.IsKeyword ? t with { Term = DutchStemmer.Stem(t.Term) } : t;
    }
}
