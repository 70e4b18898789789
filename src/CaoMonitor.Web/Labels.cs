using System.Globalization;
using CaoMonitor.Classification;
using CaoMonitor.Domain;
using CaoMonitor.Monitoring;
using CaoMonitor.Storage;

namespace CaoMonitor.Web;

/// <summary>Labels shown in Dutch (they are read with <see cref="LabelStore"/>).</summary>
public static class Labels
{
    /// <summary>Codes and Dutch labels of the taxonomy (one reader, shared with the monitor's report).</summary>
    public static IReadOnlyList<MeasureText.CategoryName> Categories => MeasureText.Categories;

    public static string Dutch(string code) => MeasureText.Category(code);

    public static string StrengthDutch(string strength) => strength switch
    {
        "recht" => "recht",
        "inspanning" => "inspanning",
        "verwijzing" => "verwijzing",
        _ => strength,
    };

    /// <summary>
    /// The clause text with the evidence spans marked (mark.ev) and, when given, the search terms found
    /// in it (mark.zoek, inside an evidence mark where both apply); everything else encoded.
    /// </summary>
    public static Markup Highlight(string text, IEnumerable<Span> evidence, IEnumerable<Span>? found = null)
    {
        var ev = Merge(text, evidence);
        var hits = Merge(text, found ?? []);
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var (s, e) in ev.Concat(hits)) { cuts.Add(s); cuts.Add(e); }
        static bool In(List<(int Start, int End)> spans, int at) => spans.Any(x => x.Start <= at && at < x.End);
        var h = new Html();
        int? prev = null;
        bool openEv = false;
        foreach (var cut in cuts)
        {
            if (prev is { } from && cut > from)
            {
                bool isEv = In(ev, from), isHit = In(hits, from);
                if (isEv != openEv) { h.Add(isEv ? new Markup("<mark class=\"ev\">") : new Markup("</mark>")); openEv = isEv; }
                if (isHit) h.Add($"<mark class=\"zoek\">{text[from..cut]}</mark>");
                else h.Text(text[from..cut]);
            }
            prev = cut;
        }
        if (openEv) h.Add(new Markup("</mark>"));
        return h.ToMarkup();
    }

    /// <summary>Spans inside the text, sorted, overlapping ones merged.</summary>
    private static List<(int Start, int End)> Merge(string text, IEnumerable<Span> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans.Where(s => s.Start >= 0 && s.End > s.Start && s.End <= text.Length).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add((s.Start, s.End));
        }
        return merged;
    }

    /// <summary>"€ 1.500 per jaar", "2% van het loon", "40 uur": the attributes that matter to a reader.</summary>
    public static string Amounts(StoredLabel l)
    {
        var parts = new List<string>();
        if (l.AmountEur is { } a) parts.Add("€ " + a.ToString("#,0.##", Html.Nl) + (l.Period is { } p ? " " + p : ""));
        else if (l.Period is { } p) parts.Add(p);
        if (l.Percent is { } pc) parts.Add(pc.ToString("0.##", Html.Nl) + "%");
        if (l.Hours is { } hr) parts.Add(hr.ToString("0.##", Html.Nl) + " uur");
        if (l.Days is { } d) parts.Add(d.ToString("0.##", Html.Nl) + (d == 1 ? " dag" : " dagen"));
        return string.Join(", ", parts);
    }

    /// <summary>The extracted details a negotiator compares: "voor boventalligen; betaald door werkgever; genoemde contracten: uitzendkrachten; vanaf 45 jaar; na 2 dienstjaren".</summary>
    public static string Details(LabelAttributes? a)
    {
        if (a is null) return "";
        var parts = new List<string>();
        if (a.TargetGroup is { Length: > 0 } g) parts.Add("voor " + g);
        if (a.Payer is { Length: > 0 } p) parts.Add(p == "transitievergoeding" ? "uit de transitievergoeding" : "betaald door " + p);
        if (a.ContractTypes is { Count: > 0 } c) parts.Add("genoemde contracten: " + string.Join(", ", c));
        if (a.MinAge is { } age) parts.Add($"vanaf {age} jaar");
        if (a.MinYearsOfService is { } y) parts.Add(y == 1 ? "na 1 dienstjaar" : $"na {y} dienstjaren");
        return string.Join("; ", parts);
    }

    /// <summary>
    /// The rules behind a classifier label, readable for an analyst: "herkend aan: budget compound (trefwoord),
    /// Ontwikkelbudget (titel); sterkte: heeft recht op; bedrag gevonden" instead of the stored rule ids.
    /// </summary>
    public static Markup RulesDutch(string rulesJson)
    {
        try { return RulesDutch(System.Text.Json.JsonSerializer.Deserialize<List<string>>(rulesJson) ?? []); }
        catch (System.Text.Json.JsonException) { return RulesDutch([rulesJson]); }
    }

    public static Markup RulesDutch(IEnumerable<string> rules)
    {
        static string Id(string id) => id.Replace('-', ' ').Replace('_', ' ');
        var found = new List<string>();
        var strength = new List<string>();
        var other = new List<string>();
        foreach (var r in rules)
        {
            var p = r.Split(':');
            if (p.Length == 3 && p[0].Contains('.'))
                (p[1] == "blocker" ? other : found).Add(p[1] switch
                {
                    "trigger" => $"‘{Id(p[2])}’ (trefwoord)",
                    "title" => $"‘{Id(p[2])}’ (titel)",
                    "context" => $"‘{Id(p[2])}’ (samenhang)",
                    "blocker" => $"tegengehouden door ‘{Id(p[2])}’",
                    _ => $"‘{Id(p[2])}’ ({p[1]})",
                });
            else if (p[0] == "strength")
                strength.Add(p.Length switch
                {
                    2 when p[1] == "default" => "standaard van de categorie",
                    3 when p[1] == "no-figure" => $"‘{Id(p[2])}’ (zonder bedrag)",
                    _ => $"‘{Id(string.Join(':', p[1..]))}’",
                });
            else if (r == "attr:amount") other.Add("bedrag gevonden");
            else if (p[0] == "condition" && p.Length > 1) other.Add($"voorwaarde ‘{Id(string.Join(':', p[1..]))}’");
            else if (r == "review") other.Add("toegevoegd door een beoordelaar");
            else other.Add($"‘{Id(r)}’");
        }
        var parts = new List<string>();
        if (found.Count > 0) parts.Add("herkend aan " + string.Join(", ", found));
        if (strength.Count > 0) parts.Add("sterkte volgens " + string.Join(", ", strength));
        parts.AddRange(other);
        return Html.M($"<span class=\"rules\">{string.Join("; ", parts)}</span>");
    }

    /// <summary>A label as a badge: category, strength, amounts, and who set it.</summary>
    public static Markup Badge(StoredLabel l)
    {
        var amounts = Amounts(l);
        return Html.M($"""<span class="label s-{l.Strength}" title="{l.Code}"><b>{Dutch(l.Code)}</b> <span class="strength">{StrengthDutch(l.Strength)}</span>{(amounts.Length > 0 ? Html.M($" <span class=\"amount\">{amounts}</span>") : Markup.Empty)}{(l.Source == "human" ? Html.M($" <span class=\"human\" title=\"beoordeeld door {l.DecidedBy}\">✔ beoordeeld</span>") : Markup.Empty)}</span>""");
    }

    public static string Period(string? start, string? end) =>
        start is null && end is null ? "periode onbekend" : $"{DutchDate(start)} – {DutchDate(end)}";

    private static readonly TimeZoneInfo Amsterdam =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var tz) ? tz : TimeZoneInfo.Utc;

    /// <summary>A stored UTC moment as Dutch readers write it, in Dutch time: "3 december 2026, 09:17".</summary>
    public static string DutchTime(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, Amsterdam).ToString("d MMMM yyyy, HH:mm", Html.Nl);

    /// <summary>An ISO 8601 timestamp (as stored) in Dutch; the text itself when it is not one.</summary>
    public static string DutchTime(string? iso) =>
        iso is not null && DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? DutchTime(t) : iso ?? "";

    public static string DutchDate(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("d MMMM yyyy", Html.Nl) : "?";
}
