using System.Globalization;
using System.Text;

namespace CaoMonitor.Analysis;

/// <summary>
/// Removes diacritics (coöperatie -> cooperatie, ideeën -> ideeen, één -> een). Used at index
/// and query time alike, so a query typed without the trema still finds the word.
/// </summary>
public sealed class DiacriticFoldingFilter : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        foreach (var t in tokens)
            yield return t with { Term = Fold(t.Term) };
    }

    public static string Fold(string s)
    {
        // Most terms are plain ASCII: no work, no allocation.
        if (!s.AsSpan().ContainsAnyExceptInRange('\0', '\u007F')) return s;
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            switch (c)
            {
                case 'ĳ': sb.Append("ij"); break;
                case 'Ĳ': sb.Append("IJ"); break;
                case 'ø': sb.Append('o'); break;
                case 'Ø': sb.Append('O'); break;
                case 'æ': sb.Append("ae"); break;
                case 'œ': sb.Append("oe"); break;
                case 'ß': sb.Append("ss"); break;
                case 'ł': sb.Append('l'); break;
                case '’': sb.Append('\''); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
                    break;
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
