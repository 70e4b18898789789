using System.Globalization;
using System.Text.RegularExpressions;

namespace CaoMonitor.Registry;

/// <summary>
/// Name, parties and period read from a cao's cover page, for registry rows that lack them. Periods
/// come in many forms: "1 januari 2025 tot en met 31 december 2026", "juli 2024 tot en met juni 2026"
/// (whole months), "1-1-2025 t/m 31-12-2026", "van 1 april 2023 tot 1 april 2025" ("tot" excludes the
/// end date), "per 1 januari 2024, voor de duur van 24 maanden". When the cover has none, the article
/// on the looptijd (or "in werking") further on in the text is read.
/// </summary>
public static partial class CoverPage
{
    public sealed record Facts(string? Name, DateOnly? Start, DateOnly? End, bool LooksLikeCao)
    {
        public string? Parties { get; init; }
    }

    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public static Facts Read(string firstPages, string? fullText = null)
    {
        var head = firstPages.Length > 6000 ? firstPages[..6000] : firstPages;
        var (start, end) = Period(head);
        if (start is null && fullText is not null)
        {
            // The looptijd article: look only near the words that announce a period.
            foreach (Match m in PeriodCue().Matches(fullText))
            {
                var window = fullText.Substring(m.Index, Math.Min(400, fullText.Length - m.Index));
                (start, end) = Period(window);
                if (start is not null) break;
            }
        }
        var lines = head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 3).Take(15).ToList();
        return new Facts(Name(lines), start, end, CaoWord().IsMatch(head)) { Parties = Parties(head) ?? PartyClause(head) ?? (fullText is null ? null : PartyClause(fullText) ?? Signatories(fullText)) };
    }

    /// <summary>
    /// The cao's own name: a line naming the agreement, preferring a specific one ("Cao Fictief
    /// Bakkersbedrijf 2024") over a generic heading ("Collectieve arbeidsovereenkomst voor de sector
    /// zorg"); a bare "Collectieve arbeidsovereenkomst" takes the lines that complete it.
    /// </summary>
    private static string? Name(List<string> lines)
    {
        string? generic = null;
        for (int i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (!CaoWord().IsMatch(l) || l.Length > 150 || TocLike().IsMatch(l)) continue;
            if (BareTitle().IsMatch(l))
            {
                var parts = new List<string> { l };
                for (int k = i + 1; k < lines.Count && parts.Count < 4 && NamePart().IsMatch(lines[k]) && !PeriodCue().IsMatch(lines[k]); k++)
                {
                    parts.Add(lines[k]);
                    if (!BareTitle().IsMatch(string.Join(' ', parts))) break;
                }
                var joined = string.Join(' ', parts);
                if (parts.Count > 1) return Cap(joined);
                generic ??= joined;
                continue;
            }
            if (SectorHeading().IsMatch(l)) { generic ??= l; continue; }
            return Cap(l);
        }
        return generic is not null ? Cap(generic) : lines.FirstOrDefault() is { } first ? Cap(first) : null;
    }

    private static string Cap(string s) => s.Length > 150 ? s[..150] : s;

    /// <summary>"Partijen:" followed by one party a line (bulleted or not), up to a blank line or other text.</summary>
    private static string? Parties(string head)
    {
        var m = PartiesBlock().Match(head);
        if (!m.Success) return null;
        var names = new List<string>();
        foreach (var raw in m.Groups["list"].Value.Split('\n'))
        {
            var l = raw.Trim().TrimStart('•', '-', '–', '*', '·', '▪').Trim().TrimEnd(';', ',', '.');
            if (l.Length == 0) break;
            if (l.Length > 120 || PeriodCue().IsMatch(l) || l.Contains("verbindend", StringComparison.OrdinalIgnoreCase)) break;
            names.Add(l);
        }
        return names.Count > 0 ? string.Join("; ", names) : null;
    }

    /// <summary>
    /// The parties as the agreement's own clause names them: "Tussen ondergetekenden: Fictieve
    /// Werkgeversvereniging, gevestigd te Utrecht, als partij ter ene zijde en 1. FNV, gevestigd te
    /// Amsterdam; 2. CNV, ... elk als partij ter andere zijde", on the first pages or on the signature page.
    /// </summary>
    private static string? PartyClause(string text)
    {
        var other = OtherSide().Match(text);
        if (!other.Success) return null;
        var one = OneSide().Match(text[..other.Index] is var before ? before : "");
        // The clause starts at "ondergetekenden" or "Tussen" shortly before the first side, else a few lines above it.
        int from = one.Success ? one.Index : other.Index;
        var opening = Opening().Matches(text[Math.Max(0, from - 600)..from]).LastOrDefault();
        int start = opening is not null ? Math.Max(0, from - 600) + opening.Index + opening.Length : text.LastIndexOf('\n', Math.Max(0, from - 1)) + 1;
        int end = text.IndexOf('\n', other.Index) is var nl and >= 0 ? nl : text.Length;
        if (end - start > 1500) return null;
        var names = new List<string>();
        foreach (var piece in PartySeparator().Split(text[start..end]))
        {
            var n = PartyTail().Replace(PartyLead().Replace(piece.Trim(), ""), "").Trim().TrimEnd(',', ';', '.').Trim();
            if (n.Length is < 2 or > 80 || !char.IsUpper(n[0]) || n.Count(char.IsDigit) > 2 || NotAParty().IsMatch(n) || n.Count(c => c == '(') != n.Count(c => c == ')')) continue;
            if (!names.Contains(n)) names.Add(n);
        }
        return names.Count is > 0 and <= 10 ? string.Join("; ", names) : null;
    }

    /// <summary>The signature page: "Aldus overeengekomen ..." followed by "Namens Fictieve Werkgeversvereniging" lines.</summary>
    private static string? Signatories(string text)
    {
        var agreed = Agreed().Matches(text).LastOrDefault();
        if (agreed is null) return null;
        var window = text.Substring(agreed.Index, Math.Min(3000, text.Length - agreed.Index));
        var names = new List<string>();
        foreach (Match m in OnBehalfOf().Matches(window))
        {
            var n = m.Groups["org"].Value.Trim().TrimEnd(',', ':', '.').Trim();
            if (n.Length >= 2 && char.IsUpper(n[0]) && !NotAParty().IsMatch(n) && !names.Contains(n)) names.Add(n);
        }
        return names.Count is > 0 and <= 10 ? string.Join("; ", names) : null;
    }

    private static (DateOnly?, DateOnly?) Period(string text)
    {
        var m = DayMonthYear().Match(text);
        if (m.Success)
        {
            var s = ToDate(m.Groups["d1"].Value, m.Groups["m1"].Value, m.Groups["y1"].Value);
            var e = ToDate(m.Groups["d2"].Value, m.Groups["m2"].Value, m.Groups["y2"].Value);
            return (s, Exclusive(m.Groups["to"].Value, e));
        }
        m = Numeric().Match(text);
        if (m.Success)
        {
            var s = ToDate(m.Groups["d1"].Value, m.Groups["m1"].Value, m.Groups["y1"].Value);
            var e = ToDate(m.Groups["d2"].Value, m.Groups["m2"].Value, m.Groups["y2"].Value);
            if (s is not null && e is not null && s < e) return (s, Exclusive(m.Groups["to"].Value, e));
        }
        m = MonthYear().Match(text);
        if (m.Success)
        {
            var s = ToDate("1", m.Groups["m1"].Value, m.Groups["y1"].Value);
            var firstOfEnd = ToDate("1", m.Groups["m2"].Value, m.Groups["y2"].Value);
            // "juli 2024 tot en met juni 2026": through the end of June; "tot juli 2026": up to its start.
            DateOnly? e = firstOfEnd is { } f ? (IsExclusive(m.Groups["to"].Value) ? f.AddDays(-1) : f.AddMonths(1).AddDays(-1)) : null;
            if (s is not null && e is not null && s < e) return (s, e);
        }
        m = Duration().Match(text);
        if (m.Success && ToDate(m.Groups["d1"].Value, m.Groups["m1"].Value, m.Groups["y1"].Value) is { } from)
        {
            int months = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * (m.Groups["unit"].Value.StartsWith("jaar", StringComparison.OrdinalIgnoreCase) ? 12 : 1);
            if (months is > 0 and <= 120) return (from, from.AddMonths(months).AddDays(-1));
        }
        return (null, null);
    }

    /// <summary>"tot 1 april 2025" ends the day before; "tot en met", "t/m" and a dash include the date.</summary>
    private static bool IsExclusive(string to) => Regex.IsMatch(to.Trim(), @"^tot$", RegexOptions.IgnoreCase, PatternBudget.Default);

    private static DateOnly? Exclusive(string to, DateOnly? end) => end is { } e && IsExclusive(to) ? e.AddDays(-1) : end;

    private static DateOnly? ToDate(string d, string month, string y)
    {
        y = y.Replace(" ", "");
        int mi = int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var num) ? num : Array.IndexOf(Months, month.ToLowerInvariant()) + 1;
        if (mi is < 1 or > 12 || !int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100) return null;
        int day = int.Parse(d, CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, mi) ? new DateOnly(year, mi, day) : null;
    }

    private const string MonthNames = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
    // A year as the extractor may give it: "2024" or "202 4".
    private const string Year = @"\d{2}\s?\d\s?\d";
    private const string To = @"(?<to>tot\s+en\s+met|t/m|t\.e\.m\.?|tot|-|–|—)";

    [GeneratedRegex(@"(?<d1>\d{1,2})\s+(?<m1>" + MonthNames + @")\s+(?<y1>" + Year + @")\s*" + To + @"\s*(?<d2>\d{1,2})\s+(?<m2>" + MonthNames + @")\s+(?<y2>" + Year + ")", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\d-])(?<d1>\d{1,2})-(?<m1>\d{1,2})-(?<y1>\d{4})\s*" + To + @"\s*(?<d2>\d{1,2})-(?<m2>\d{1,2})-(?<y2>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\d\p{L}])(?<m1>" + MonthNames + @")\s+(?<y1>" + Year + @")\s*" + To + @"\s*(?<m2>" + MonthNames + @")\s+(?<y2>" + Year + ")", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?:per|vanaf|met\s+ingang\s+van)\s+(?<d1>\d{1,2})\s+(?<m1>" + MonthNames + @")\s+(?<y1>" + Year + @")[^.]{0,60}?(?:voor\s+de\s+duur\s+van|looptijd\s+van|geldt\s+voor)\s+(?<n>\d{1,3})\s+(?<unit>maanden|maand|jaar|jaren)", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\blooptijd\b|\bduur\s+van\s+(?:deze\s+)?(?:cao|overeenkomst)|\bin\s+werking\b|\bgeldt\s+van\b|\bgeldig\s+van\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodCue();

    [GeneratedRegex(@"\bcao\b|collectieve\s+arbeidsovereenkomst", RegexOptions.IgnoreCase)]
    private static partial Regex CaoWord();

    [GeneratedRegex(@"^(?:collectieve\s+arbeidsovereenkomst|cao)(?:\s*\((?:cao)\))?(?:\s+(?:voor|van)(?:\s+(?:de|het))?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareTitle();

    [GeneratedRegex(@"^(?:collectieve\s+arbeidsovereenkomst|cao)\s+voor\s+de\s+sector\b", RegexOptions.IgnoreCase)]
    private static partial Regex SectorHeading();

    [GeneratedRegex(@"^[\p{L}(][\p{L}\p{N} ,.&()'/-]{1,80}$")]
    private static partial Regex NamePart();

    [GeneratedRegex(@"\.{4,}|^(?:inhoud|inhoudsopgave)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TocLike();

    [GeneratedRegex(@"partij(?:en)?\s+ter\s+andere\s+zijde", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSide();

    [GeneratedRegex(@"partij(?:en)?\s+ter\s+ener?\s+zijde", RegexOptions.IgnoreCase)]
    private static partial Regex OneSide();

    [GeneratedRegex(@"(?:\btussen\s+(?:de\s+)?ondergetekenden|\b(?:de\s+)?ondergetekenden|^\s*tussen)\s*[:,]?", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Opening();

    // One party per line, or several on a line separated by ";" or by "en" after a side ("..., als partij ter ene zijde en").
    [GeneratedRegex(@"\n|;|(?<=zijde)\s*,?\s+en\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartySeparator();

    [GeneratedRegex(@"^(?:(?:en|tussen)\s+|\d{1,2}[.)]\s*|[•▪\-–*·]\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex PartyLead();

    // What follows a party's name: its seat, its side, its address, or who signs for it.
    [GeneratedRegex(@"(?:,?\s*(?:gevestigd|statutair|als\s+partij(?:en)?|elk\s+als|ieder\s+(?:voor|als)|hierna|partij(?:en)?\s+ter|namens\s+deze|verder\s+te\s+noemen|vertegenwoordigd)\b|,\s*(?:Postbus|\d)|\s+te\s+\p{Lu}[\p{L}'-]+(?:\s*,|\s|$)).*$", RegexOptions.IgnoreCase)]
    private static partial Regex PartyTail();

    // Not a party: the clause's own words, a label ("Werkgeversverenigingen:"), an address, a website or
    // a person signing ("M. Jansen, voorzitter").
    [GeneratedRegex(@"ondergetekenden|^(?:postbus|tussen|en|namens|verklaren|voor\s+akkoord|website|e-?mail|tel(?:efoon)?|fax|mevrouw|de\s+heer|dhr\.|mw\.)\b|^(?:de\s+)?(?:werkgevers?|werknemers?|werkgeversorganisaties?|werknemersorganisaties?|werkgeversverenigingen|partijen)\b|\b(?:voorzitter|directeur|secretaris|penningmeester|bestuurder)\b|^\p{Lu}\.\s|www\.|@|\p{L}\s+\d{1,4}[a-z]?$|:$|\.{3}|…", RegexOptions.IgnoreCase)]
    private static partial Regex NotAParty();

    [GeneratedRegex(@"aldus\s+(?:overeengekomen|opgemaakt|getekend|vastgesteld)|ondertekend\s+te\b", RegexOptions.IgnoreCase)]
    private static partial Regex Agreed();

    [GeneratedRegex(@"(?m)^\s*(?:[Nn]amens|[Vv]oor)\s*:?\s+(?<org>\p{Lu}[^\n:,]{1,80})\s*[:,]?\s*$")]
    private static partial Regex OnBehalfOf();

    [GeneratedRegex(@"(?im)^\s*(?:de\s+)?partijen\s*:?\s*$\n(?<list>(?:[^\n]*\S[^\n]*\n?){1,8})")]
    private static partial Regex PartiesBlock();
}
