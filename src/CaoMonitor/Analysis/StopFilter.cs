using System.Collections.Frozen;

namespace CaoMonitor.Analysis;

/// <summary>
/// Drops stop words. Positions are absolute (set by the tokenizer), so a dropped word leaves a
/// gap in the positions and a phrase query still knows something stood there.
/// Only words are dropped; numbers, amounts and references are never stop words.
/// </summary>
public sealed class StopFilter(IEnumerable<string>? stopWords = null) : ITokenFilter
{
    /// <summary>Snowball's Dutch stop list (101 words), the one Lucene's DutchAnalyzer uses.</summary>
    public static readonly FrozenSet<string> DutchStopWords = FrozenSet.ToFrozenSet(
    [
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is",
        "was", "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of",
        "wat", "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je", "mij",
        "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u", "want", "nog",
        "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al", "waren", "veel",
        "meer", "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles", "onder", "ja",
        "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen", "ons", "zelf",
        "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest", "andere",
    ], StringComparer.Ordinal);

    private readonly FrozenSet<string> _words =
        stopWords is null ? DutchStopWords : stopWords.ToFrozenSet(StringComparer.Ordinal);

    public bool IsStopWord(string term) => _words.Contains(term);

    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var t in tokens)
            if (t.Type != TokenType.Word || !_words.Contains(t.Term)) yield return t;
    }
}
