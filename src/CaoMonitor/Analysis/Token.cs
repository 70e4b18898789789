namespace CaoMonitor.Analysis;

/// <summary>What kind of text a token came from; filters use it to leave non-words alone.</summary>
public enum TokenType
{
    Word,
    /// <summary>A number, possibly with a letter suffix (13e, 4a). Thousands dots removed, decimal comma kept.</summary>
    Number,
    /// <summary>A euro amount, term <c>eur1500</c> or <c>eur1500,50</c>.</summary>
    Amount,
    /// <summary>A percentage, term <c>1,5%</c>.</summary>
    Percentage,
    /// <summary>An article or paragraph reference, term <c>art5.3</c>, <c>art4a</c>, <c>par3</c>.</summary>
    ArticleReference,
    /// <summary>A date, term in ISO form <c>2025-01-01</c>.</summary>
    Date,
    /// <summary>An abbreviation, term without dots or slash: <c>oa</c>, <c>mbt</c>, <c>tm</c>, <c>bijv</c>.</summary>
    Abbreviation,
}

[Flags]
public enum TokenFlags
{
    None = 0,
    /// <summary>Not a word of the text itself but an alternative for it: compound part, synonym, date part.</summary>
    Expansion = 1,
    /// <summary>Final form: the stemmer must leave the term alone (set by the stem override filter).</summary>
    Keyword = 2,
}

/// <summary>
/// One term of analysed text. <see cref="Start"/>/<see cref="End"/> are offsets into the ORIGINAL
/// text (End exclusive), so a hit can be highlighted in the source. Tokens with the same
/// <see cref="Position"/> are alternatives for the same place in the text.
/// </summary>
public readonly record struct Token(
    string Term, int Start, int End, int Position,
    TokenType Type = TokenType.Word, TokenFlags Flags = TokenFlags.None)
{
    public bool IsExpansion => (Flags & TokenFlags.Expansion) != 0;
    public bool IsKeyword => (Flags & TokenFlags.Keyword) != 0;

    public override string ToString() =>
        $"{Term}@{Position}[{Start},{End}){(Type == TokenType.Word ? "" : " " + Type)}{(IsExpansion ? " +exp" : "")}";
}

/// <summary>One stage of the analysis chain: takes a token stream, returns a token stream.</summary>
public interface ITokenFilter
{
    IEnumerable<Token> Apply(IEnumerable<Token> tokens);
}
