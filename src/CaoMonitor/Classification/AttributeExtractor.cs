using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CaoMonitor.Classification;

/// <summary>One attribute value found in a clause, with where it is.</summary>
internal readonly record struct Found<T>(int Start, int End, T Value);

internal readonly record struct Amount(decimal Value, string? Period, bool Salary);

/// <summary>
/// Finds amounts, percentages, hours, days, eligibility and payers in a clause. These are notation
/// (how Dutch writes numbers and periods), not taxonomy rules, so they live in code.
/// All patterns are built once (backtracking, compiled once used often, see TieredRegex; each match capped by Taxonomy.MatchTimeout).
/// </summary>
internal static class AttributeExtractor
{
    const RegexOptions O = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    static TieredRegex R(string p, [System.Runtime.CompilerServices.CallerMemberName] string name = "") => new(Taxonomy.ExpandSpaces(p), O, Taxonomy.MatchTimeout, name);

    // A Dutch number: thousands with dots ("1.500"), or plain digits ("1500").
    const string Num = @"\d{1,3}(?:\.\d{3})+|\d+";
    // Cents: ",50", ",00", or the written-out-zero forms ",-" / ",--" / ",—".
    const string Cents = @"(?:,(?<c>\d{1,2})|,[\-–—]{1,2})?";

    static readonly TieredRegex AmountRx = new(
        @"(?:€|\beur\b\.?|\beuro\b)\s*(?<a>" + Num + ")" + Cents.Replace("<c>", "<ac>") +
        @"(?:\s*(?<m>miljoen|mln\.?))?" +
        @"(?:\s*(?:-|–|tot en met|tot|t/m|à)\s*(?:€|\beur\b\.?|\beuro\b)?\s*(?<b>" + Num + ")" + Cents.Replace("<c>", "<bc>") + ")?" +
        @"|\b(?<a>" + Num + ")" + Cents.Replace("<c>", "<ac>") + @"(?:\s*(?<m>miljoen|mln\.?))?\s*(?:euro|eur)\b",
        O, Taxonomy.MatchTimeout);

    // Words before an amount that make it a salary or income figure, not the provision's money.
    static readonly TieredRegex SalaryBefore = R(@"(\w*salaris\w*|\w*loon\b|\w*lonen\b|inkomen\w*|\bschaal\w*|grens\b|\bmaximum ?(salaris|loon)|\bjaarinkomen|\bbruto (maand|jaar|uur))[^.;€]{0,40}$");
    static readonly TieredRegex SalaryAfter = R(@"^\s*(bruto )?(per uur|per maand (bruto )?salaris|salaris|loon)\b");

    // "verhoogd van € 300 naar € 450": the amount before "naar" is the old one.
    static readonly TieredRegex Superseded = R(@"^\s*(,-)?\s*naar\s*(€|eur)");

    /// <summary>The closed set of periods a label can carry (<see cref="PeriodSet"/>), each with the wordings that name it.</summary>
    static readonly (string Period, TieredRegex Rx)[] Periods =
    [
        ("per twee jaar", R(@"\b(per|elke|iedere|om de|eens in de|eenmaal in de|gedurende|voor een periode van|over een periode van|in een periode van|per periode van|binnen) (twee|2) (kalender)?(jaar|jaren)\b|\btweejaarlijks\w*")),
        ("per drie jaar", R(@"\b(per|elke|iedere|om de|eens in de|eenmaal in de|gedurende|voor een periode van|over een periode van|in een periode van|per periode van|binnen) (drie|3) (kalender)?(jaar|jaren)\b|\bdriejaarlijks\w*")),
        ("per vier jaar", R(@"\b(per|elke|iedere|om de|eens in de|voor een periode van|over een periode van|in een periode van|per periode van) (vier|4) (kalender)?(jaar|jaren)\b")),
        ("per vijf jaar", R(@"\b(per|elke|iedere|om de|eens in de|voor een periode van|over een periode van|in een periode van|per periode van) (vijf|5) (kalender)?(jaar|jaren)\b")),
        ("per cao-periode", R(@"\bper cao ?periode|\b(gedurende|voor|in|tijdens|over) de (gehele |hele |totale )?(looptijd|duur) van (de|deze|die) (cao|overeenkomst|collectieve arbeidsovereenkomst|regeling)|\bper looptijd\b|\bper cao\b|\b(gedurende|voor|in|tijdens|over) de (cao|contract)[\s\-]*(periode|looptijd)")),
        ("per maand", R(@"\bper (kalender)?maand\b|\bmaandelijks\w*|\bper periode van vier weken")),
        ("per uur", R(@"\bper (gewerkt |declarabel |les)?uur\b")),
        ("eenmalig", R(@"\b[eé][eé]nmalig\w*|\b(één|een) keer\b|\bin totaal\b")),
        ("per kalenderjaar", R(@"\bper kalenderjaar\b|\b(elk|ieder) kalenderjaar\b")),
        ("per jaar", R(@"\bper (dienst|boek|opleidings|school|studie)?jaar\b|\bjaarlijks\w*|\b(elk|ieder) jaar\b|\bop jaarbasis\b|\bper annum\b")),
    ];

    /// <summary>Every period value a label can carry.</summary>
    public static readonly IReadOnlyList<string> PeriodSet = Periods.Select(p => p.Period).ToArray();

    static readonly TieredRegex PercentRx = R(@"\b(?<n>\d+(?:[,.]\d+)?)\s*(?:%|procent\b)");

    const string NumWords = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|vijfentwintig|dertig|veertig|vijftig|zestig|tachtig|honderd";
    static readonly TieredRegex HoursRx = R(@"\b(?<n>\d+(?:,\d+)?|" + NumWords + @")\s*(?:klok|les|opleidings|scholings|studie|ontwikkel|verlof)?(?:uur|uren)\b");
    static readonly TieredRegex DaysRx = R(@"\b(?<n>\d+(?:,\d+)?|" + NumWords + @"|halve)\s*(?:werk|verlof|opleidings|scholings|studie|ontwikkel|ontwikkelings|trainings|leer|examen|cursus)?(?:dag|dagen)\b");
    // A term before hours or days makes them a deadline or notice period, not time for learning.
    static readonly TieredRegex DeadlineBefore = R(@"\b(binnen|uiterlijk|na|termijn van|vooraf|tenminste|ten minste|minimaal|opzegtermijn van|voorafgaand|voor het verstrijken van)\s*$");
    static readonly TieredRegex ClockBefore = R(@"(\d[.:]|\bom|\bvan|\btot)\s*$");

    static readonly TieredRegex YearsOfServiceRx = R(
        @"\b(?<n>\d+|" + NumWords + @") (volle |aaneengesloten |onafgebroken )?(dienst)?(jaar|jaren) (\w+ ){0,2}(in dienst|dienstverband|werkzaam|diensttijd|in loondienst)" +
        @"|\b(?<n>\d+|" + NumWords + @") dienstjaren\b" +
        @"|\b(dienstverband|diensttijd) van (ten minste |minimaal |minstens |meer dan |langer dan )?(?<n>\d+|" + NumWords + @") (jaar|jaren)\b");
    static readonly TieredRegex AgeRx = R(
        @"\b(?<n>\d{2}) ?(jaar|jarige?n?) (of|en) ouder\b|\b(vanaf|ouder dan|minimaal|ten minste) (de leeftijd van )?(?<n>\d{2}) ?jaar\b|\bouder dan (?<n>\d{2})\b|\bleeftijd van (ten minste |minimaal |minstens )?(?<n>\d{2})\b|\b(?<n>\d{2}) ?(\+|plus)(sers?|ser)?\b|\b(?<n>\d{2})[\s\-]?plussers?\b");

    static readonly (string Type, TieredRegex Rx)[] ContractTypes =
    [
        ("uitzendkrachten", R(@"\buitzend(kracht|krachten|werknemer|werknemers|bureau|bureaus|ondernemingen)\b|\bingeleend\w*|\binleenkracht\w*")),
        ("oproepkrachten", R(@"\boproep ?(kracht|krachten|contract|contracten|overeenkomst|overeenkomsten|basis|werknemers?)\b|\bnul ?uren ?(contract|contracten|overeenkomst)\w*|\bmin ?max ?(contract|contracten|overeenkomst)\w*")),
        ("tijdelijk contract", R(@"\btijdelijk\w* (contract\w*|dienstverband\w*|arbeidsovereenkomst\w*|aanstelling\w*)|\bbepaalde tijd\b|\bjaarcontract\w*")),
        ("vast contract", R(@"\bonbepaalde tijd\b|\bvast\w* (contract\w*|dienstverband\w*|aanstelling\w*)")),
        ("payroll", R(@"\bpayroll\w*")),
        ("flexwerkers", R(@"\bflex ?(werker|werkers|kracht|krachten|contract|contracten)\b|\bflexibele (arbeids)?krachten|\bflexibel personeel")),
        ("deeltijd", R(@"\bdeeltijd\w*|\bparttime\w*")),
        ("bbl-leerlingen", R(@"\bbbl ?(leerling|leerlingen|er|ers)\b|\bleerling ?werknemer\w*")),
        ("stagiairs", R(@"\bstagiair\w*")),
    ];

    static readonly (string Payer, TieredRegex Rx)[] Payers =
    [
        ("transitievergoeding", R(@"\b(ten laste van|uit|in mindering (\w+ ){0,3}op|verrekend met|verrekenen met|af van|gefinancierd uit|betaald uit|deel van) (de )?(wettelijke )?transitie ?vergoeding")),
        ("O&O-fonds", R(@"\b(o ?(&|en) ?o[\s\-]*fonds|\w*fonds)\w* (\w+ ){0,5}(vergoedt|betaalt|subsidieert|financiert|draagt (\w+ ){0,3}bij|kent (\w+ ){0,3}toe|verstrekt)|\b(vergoeding|subsidie|bijdrage|tegemoetkoming)\w* (\w+ ){0,3}(van|uit|door|vanuit) (het|de) (\w+ ){0,2}\w*fonds\w*|\bten laste van (het|de) (\w+ )?\w*fonds\w*|\bdoor (het|de) (\w+ )?\w*fonds (\w+ ){0,3}(vergoed|betaald|gefinancierd)")),
        ("werkgever", R(@"\bwerkgever (\w+ ){0,4}(vergoedt|betaalt|draagt|stelt|financiert|komt|kent|reserveert|stort)|\bvoor rekening van (de )?werkgever|\bten laste van (de )?werkgever|\bdoor (de )?werkgever (\w+ ){0,2}(vergoed|betaald|beschikbaar|gefinancierd)")),
    ];

    static readonly (string Group, TieredRegex Rx)[] TargetGroups =
    [
        ("boventalligen", R(@"\bboventallig\w*|\b(met )?ontslag (wordt )?bedreigd\w*|\bontslag dreigt|\b(herplaatsings|mobiliteits|van werk naar werk)[\s\-]*kandida\w*|\bwiens functie vervalt|\bfunctie (\w+ ){0,2}vervalt")),
        ("zieke werknemers", R(@"\b(zieke|arbeidsongeschikte|arbeidsgehandicapte) (werknemer|werknemers|medewerker|medewerkers)\b|\b(tweede|2e) ?spoor")),
        ("ouderen", R(@"\boudere (werknemer|werknemers|medewerker|medewerkers)\b|\bouderen\b|\bsenioren\b|\b\d{2} ?(jaar )?(of|en) ouder\b|\b\d{2}[\s\-]?plussers?\b")),
        ("jongeren", R(@"\bjongere (werknemer|werknemers|medewerker|medewerkers)\b|\bjongeren\b|\bjeugdige\w*")),
        ("arbeidsbeperking", R(@"\barbeidsbeperking\w*|\bbanenafspraak|\bparticipatiewet")),
        ("alle werknemers", R(@"\balle (werknemers|medewerkers)\b|\b(iedere|elke|ieder) (werknemer|medewerker)\b")),
    ];

    // Cheap literal checks before each family's regexes: most clauses lack the unit words entirely.
    static bool Has(string text, SearchValues<string> words) => text.AsSpan().IndexOfAny(words) >= 0;
    static SearchValues<string> Words(params string[] w) => SearchValues.Create(w, StringComparison.OrdinalIgnoreCase);
    static readonly SearchValues<string> AmountWords = Words("€", "eur");
    static readonly SearchValues<string> PercentWords = Words("%", "procent");
    static readonly SearchValues<string> HourWords = Words("uur", "uren");
    static readonly SearchValues<string> DayWords = Words("dag");
    static readonly SearchValues<string> ServiceWords = Words("dienst", "in dienst", "werkzaam");
    static readonly SearchValues<string> AgeWords = Words("ouder", "vanaf", "minimaal", "ten minste", "leeftijd", "plus", "+");

    public static List<Found<Amount>> Amounts(string text)
    {
        var list = new List<Found<Amount>>();
        if (!Has(text, AmountWords)) return list;
        foreach (Match m in AmountRx.Matches(text))
        {
            var a = ParseAmount(m.Groups["a"].Value, m.Groups["ac"].Value);
            if (a is null) continue;
            decimal value = a.Value;
            if (m.Groups["m"].Success) value *= 1_000_000m;
            // A range "€ 500 tot € 1.000" states the maximum available; a lower "bound" is a date or a clause number.
            if (m.Groups["b"].Success && ParseAmount(m.Groups["b"].Value, m.Groups["bc"].Value) is { } b && b > value)
                value = b;
            int start = m.Index, end = m.Index + m.Length;
            if (Superseded.IsMatch(text.AsSpan(end, Math.Min(12, text.Length - end)))) continue;
            bool salary = IsSalary(text, start, end);
            list.Add(new(start, end, new Amount(value, FindPeriod(text, start, end), salary)));
        }
        return list;
    }

    static bool IsSalary(string text, int start, int end)
    {
        int from = Math.Max(0, start - 60);
        var before = text.AsSpan(from, start - from);
        var after = text.AsSpan(end, Math.Min(30, text.Length - end));
        return SalaryBefore.IsMatch(before) || SalaryAfter.IsMatch(after);
    }

    /// <summary>The period nearest the amount, looking a short way on and back within the sentence.</summary>
    internal static string? FindPeriod(string text, int start, int end)
    {
        int aEnd = SentenceBound(text, end, forward: true, max: 80);
        int bStart = SentenceBound(text, start, forward: false, max: 60);
        string? best = null;
        int bestDist = int.MaxValue;
        foreach (var (period, rx) in Periods)
        {
            foreach (var m in rx.EnumerateMatches(text.AsSpan(end, aEnd - end)))
                if (m.Index < bestDist) { bestDist = m.Index; best = period; }
            foreach (var m in rx.EnumerateMatches(text.AsSpan(bStart, start - bStart)))
            {
                // Before the amount counts a little less: "jaarlijks € 500" is common, but so is a period belonging to an earlier phrase.
                int d = (start - (bStart + m.Index + m.Length)) + 10;
                if (d < bestDist) { bestDist = d; best = period; }
            }
        }
        return best;
    }

    /// <summary>The first period phrase in a stretch of text (a sentence), for frequencies without an amount.</summary>
    internal static string? PeriodIn(string text, int from, int to)
    {
        to = Math.Min(to, text.Length);
        string? best = null;
        int bestAt = int.MaxValue;
        foreach (var (period, rx) in Periods)
            foreach (var m in rx.EnumerateMatches(text.AsSpan(from, to - from)))
            {
                if (m.Index < bestAt) { bestAt = m.Index; best = period; }
                break;
            }
        return best;
    }

    internal static int SentenceBound(string text, int pos, bool forward, int max)
    {
        if (forward)
        {
            int lim = Math.Min(text.Length, pos + max);
            for (int i = pos; i < lim; i++)
                if (IsSentenceEnd(text, i)) return i;
            return lim;
        }
        int low = Math.Max(0, pos - max);
        for (int i = pos - 1; i >= low; i--)
            if (IsSentenceEnd(text, i)) return i + 1;
        return low;
    }

    static bool IsSentenceEnd(string text, int i)
    {
        char c = text[i];
        if (c == ';' || c == '\n') return true;
        // A dot ends a sentence only before whitespace: "1.500" and "o.a." mid-word do not.
        return (c == '.' || c == '!' || c == '?') && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
    }

    internal static decimal? ParseAmount(string digits, string cents)
    {
        if (digits.Length == 0) return null;
        var d = digits.Replace(".", "");
        if (!decimal.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return null;
        if (cents.Length > 0 && int.TryParse(cents, out var c)) v += c / (cents.Length == 1 ? 10m : 100m);
        return v;
    }

    public static List<Found<decimal>> Percents(string text)
    {
        var list = new List<Found<decimal>>();
        if (!Has(text, PercentWords)) return list;
        foreach (Match m in PercentRx.Matches(text))
            if (ParseDecimal(m.Groups["n"].Value) is { } v && v > 0 && v <= 100)
                list.Add(new(m.Index, m.Index + m.Length, v));
        return list;
    }

    public static List<Found<decimal>> Hours(string text) => Has(text, HourWords) ? Quantities(text, HoursRx) : [];
    public static List<Found<decimal>> Days(string text) => Has(text, DayWords) ? Quantities(text, DaysRx) : [];

    static List<Found<decimal>> Quantities(string text, TieredRegex rx)
    {
        var list = new List<Found<decimal>>();
        foreach (Match m in rx.Matches(text))
        {
            int from = Math.Max(0, m.Index - 30);
            var before = text.AsSpan(from, m.Index - from);
            if (DeadlineBefore.IsMatch(before) || ClockBefore.IsMatch(before)) continue;
            if (ParseDecimal(m.Groups["n"].Value) is { } v && v > 0)
                list.Add(new(m.Index, m.Index + m.Length, v));
        }
        return list;
    }

    public static List<Found<int>> YearsOfService(string text) => Has(text, ServiceWords) ? Integers(text, YearsOfServiceRx) : [];
    public static List<Found<int>> Ages(string text) => Has(text, AgeWords) ? Integers(text, AgeRx) : [];

    static List<Found<int>> Integers(string text, TieredRegex rx)
    {
        var list = new List<Found<int>>();
        foreach (Match m in rx.Matches(text))
            if (ParseDecimal(m.Groups["n"].Value) is { } v && v > 0 && v < 100)
                list.Add(new(m.Index, m.Index + m.Length, (int)v));
        return list;
    }

    public static List<Found<string>> Contracts(string text) => Named(text, ContractTypes);
    public static List<Found<string>> PayerMentions(string text) => Named(text, Payers);
    public static List<Found<string>> TargetGroupMentions(string text) => Named(text, TargetGroups);

    /// <summary>Every match of every named pattern, in the order the list gives (its priority), then by position.</summary>
    static List<Found<string>> Named(string text, (string, TieredRegex)[] table)
    {
        var list = new List<Found<string>>();
        foreach (var (name, rx) in table)
            foreach (var m in rx.EnumerateMatches(text))
                list.Add(new(m.Index, m.Index + m.Length, name));
        return list;
    }

    static decimal? ParseDecimal(string s)
    {
        switch (s.ToLowerInvariant())
        {
            case "een" or "één": return 1;
            case "halve": return 0.5m;
            case "twee": return 2;
            case "drie": return 3;
            case "vier": return 4;
            case "vijf": return 5;
            case "zes": return 6;
            case "zeven": return 7;
            case "acht": return 8;
            case "negen": return 9;
            case "tien": return 10;
            case "elf": return 11;
            case "twaalf": return 12;
            case "vijftien": return 15;
            case "twintig": return 20;
            case "vijfentwintig": return 25;
            case "dertig": return 30;
            case "veertig": return 40;
            case "vijftig": return 50;
            case "zestig": return 60;
            case "tachtig": return 80;
            case "honderd": return 100;
        }
        // Dutch decimals use a comma; a lone dot with three digits after it is a thousands separator.
        bool thousands = !s.Contains(',') && s.Length >= 5 && s.IndexOf('.') == s.Length - 4;
        var t = s.Contains(',') ? s.Replace(".", "").Replace(',', '.') : thousands ? s.Replace(".", "") : s;
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
