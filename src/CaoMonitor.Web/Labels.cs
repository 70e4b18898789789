using System.Globalization;
using CaoMonitor.Classification;
using CaoMonitor.Domain;
using CaoMonitor.Monitoring;
using CaoMonitor.Storage;

namespace CaoMonitor.Web;

/// <summary>Labels shown in Dutch (they are read with <see cref="StoredLabels"/>).</summary>
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

    /// <summary>The clause text with the evidence spans marked; everything else encoded.</summary>
    public static Markup Highlight(string text, IEnumerable<Span> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans.Where(s => s.Start >= 0 && s.End > s.Start && s.End <= text.Length).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add((s.Start, s.End));
        }
        var h = new Html();
        int pos = 0;
        foreach (var (start, end) in merged)
        {
            h.Text(text[pos..start]).Add($"<mark class=\"ev\">{text[start..end]}</mark>");
            pos = end;
        }
        return h.Text(text[pos..]).ToMarkup();
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

    /// <summary>A label as a badge: category, strength, amounts, and who set it.</summary>
    public static Markup Badge(StoredLabel l)
    {
        var amounts = Amounts(l);
        return Html.M($"""<span class="label s-{l.Strength}" title="{l.Code}"><b>{Dutch(l.Code)}</b> <span class="strength">{StrengthDutch(l.Strength)}</span>{(amounts.Length > 0 ? Html.M($" <span class=\"amount\">{amounts}</span>") : Markup.Empty)}{(l.Source == "human" ? Html.M($" <span class=\"human\" title=\"beoordeeld door {l.DecidedBy}\">✔ beoordeeld</span>") : Markup.Empty)}</span>""");
    }

    public static string Period(string? start, string? end) =>
        start is null && end is null ? "periode onbekend" : $"{DutchDate(start)} – {DutchDate(end)}";

    public static string DutchDate(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("d MMMM yyyy", Html.Nl) : "?";
}
