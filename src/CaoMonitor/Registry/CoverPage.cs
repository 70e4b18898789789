using System.Globalization;
using System.Text.RegularExpressions;

namespace CaoMonitor.Registry;

/// <summary>
/// Name and period read from a cao's cover page, for registry rows that lack them
/// ("1 januari 2025 tot en met 31 december 2026").
/// </summary>
public static partial class CoverPage
{
    public sealed record Facts(string? Name, DateOnly? Start, DateOnly? End, bool LooksLikeCao);

    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public static Facts Read(string firstPages)
    {
        var head = firstPages.Length > 6000 ? firstPages[..6000] : firstPages;
        DateOnly? start = null, end = null;
        var m = Period().Match(head);
        if (m.Success)
        {
            start = ToDate(m.Groups["d1"].Value, m.Groups["m1"].Value, m.Groups["y1"].Value);
            end = ToDate(m.Groups["d2"].Value, m.Groups["m2"].Value, m.Groups["y2"].Value);
        }
        var lines = head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 3).Take(15).ToList();
        // The title is the first line naming the agreement; a policy document's title is its first line.
        var name = lines.FirstOrDefault(l => CaoWord().IsMatch(l)) ?? lines.FirstOrDefault();
        if (name is { Length: > 150 }) name = name[..150];
        return new Facts(name, start, end, CaoWord().IsMatch(head));
    }

    private static DateOnly? ToDate(string d, string month, string y)
    {
        int mi = Array.IndexOf(Months, month.ToLowerInvariant()) + 1;
        if (mi == 0) return null;
        int day = int.Parse(d, CultureInfo.InvariantCulture), year = int.Parse(y, CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, mi) ? new DateOnly(year, mi, day) : null;
    }

    [GeneratedRegex(@"(?<d1>\d{1,2})\s+(?<m1>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(?<y1>\d{4})\s*(?:tot\s+en\s+met|t/m|tot|-|–|—)\s*(?<d2>\d{1,2})\s+(?<m2>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(?<y2>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\bcao\b|collectieve\s+arbeidsovereenkomst", RegexOptions.IgnoreCase)]
    private static partial Regex CaoWord();
}
