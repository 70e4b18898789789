using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaoMonitor.Classification;
using CaoMonitor.Domain;
using CaoMonitor.Storage;

namespace CaoMonitor.Monitoring;

/// <summary>
/// Builds the monitor's input from the store: every current, successfully read cao version with its
/// effective labels (human review decisions applied) and where each label stands (article path, the
/// page of its evidence, the evidence text). Versions without a start date cannot be placed in a year
/// and are left out (listed in <see cref="Loaded.Undated"/>).
/// </summary>
public static class MonitorSource
{
    public sealed record Loaded(MonitorInput Input, IReadOnlyList<string> Undated);

    public static MonitorInput Load(CaoStore store) => LoadWithDetails(store).Input;

    public static Loaded LoadWithDetails(CaoStore store)
    {
        var docs = store.CurrentDocuments().OrderBy(d => d.Version.Id, StringComparer.Ordinal).ThenBy(d => d.Id).ToList();
        var labels = new LabelStore(store);
        var pages = new Dictionary<long, IReadOnlyList<Page>>();
        var byDoc = labels.Find(new LabelQuery()).GroupBy(l => l.Place.DocumentId).ToDictionary(g => g.Key, g => g.Select(p =>
        {
            var (l, place) = (p.Label, p.Place);
            if (!pages.TryGetValue(place.DocumentId, out var docPages)) pages[place.DocumentId] = docPages = store.GetPages(place.DocumentId);
            var span = FirstSpan(l.Evidence, place.ClauseText.Length);
            var page = PageOf(docPages, place.ClauseStart + span.Start) ?? place.PageStart;
            return new LabelEvidence(l.Code, Strengths.Parse(l.Strength) ?? Strength.Verwijzing, l.Source, l.ClauseId, place.Path, page,
                EvidenceText(place.ClauseText, span), l.AmountEur, l.Period, l.Percent);
        }).ToList());

        var versions = new List<MonitoredVersion>();
        var undated = new List<string>();
        foreach (var d in docs)
        {
            var v = d.Version;
            if (v.Start is not { } start)
            {
                // Policy documents never count; a cao without a period is reported, never dropped silently.
                if (v.Type != DocumentType.Policy) undated.Add(v.Id);
                continue;
            }
            versions.Add(new MonitoredVersion(v.Id, v.AgreementId, d.Id, v.Name, v.Type, string.IsNullOrWhiteSpace(v.Sector) ? "(onbekend)" : v.Sector!,
                start, v.End, v.Employees, byDoc.GetValueOrDefault(d.Id) ?? []));
        }

        var (taxonomy, classifier) = Versions(labels);
        return new Loaded(new MonitorInput(versions, CorpusHash(labels, docs.Select(d => (d.Version.Id, d.Document.Sha256))), taxonomy, classifier)
            { Precision = labels.SamplePrecision() }, undated);
    }

    /// <summary>The versions that produced the stored labels; "mixed" lists them when a reclassify is due.</summary>
    private static (string Taxonomy, string Classifier) Versions(LabelStore labels)
    {
        var rows = labels.StoredVersions();
        if (rows.Count == 0) return ("none", "none");
        static string Join(IEnumerable<string> xs) { var l = xs.Distinct().ToList(); return l.Count == 1 ? l[0] : "mixed: " + string.Join(" | ", l); }
        return (Join(rows.Select(r => r.Taxonomy)), Join(rows.Select(r => r.Classifier)));
    }

    /// <summary>sha256 over the current documents (version and content hash) and every review decision,
    /// so a snapshot names exactly the inputs it was computed from.</summary>
    private static string CorpusHash(LabelStore labels, IEnumerable<(string Version, string Sha)> docs)
    {
        var sb = new StringBuilder();
        foreach (var (v, sha) in docs.OrderBy(d => d.Version, StringComparer.Ordinal).ThenBy(d => d.Sha, StringComparer.Ordinal))
            sb.Append(v).Append('\t').Append(sha).Append('\n');
        foreach (var line in labels.DecisionFingerprint())
            sb.Append("review\t").Append(line).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static Span FirstSpan(IReadOnlyList<Span> evidence, int textLength) =>
        evidence.FirstOrDefault(s => s.Start >= 0 && s.End > s.Start && s.End <= textLength) is { End: > 0 } span
            ? span : new Span(0, Math.Min(textLength, 200));

    internal static string EvidenceText(string text, Span span)
    {
        // The whole sentence around the evidence, so a reader sees the words in context; a very long
        // sentence is cut at word boundaries around the evidence.
        // A cut is marked with "…", so a reader never takes a cut sentence for a whole one.
        var (from, to) = Classification.Sentences.Around(text, span.Start, span.End);
        bool cutBefore = false, cutAfter = false;
        if (span.Start - from > 200) { from = WordStart(text, span.Start - 200); cutBefore = true; }
        if (to - span.End > 200) { to = WordEnd(text, span.End + 200); cutAfter = true; }
        var s = System.Text.RegularExpressions.Regex.Replace(text[from..to], @"\s+", " ", System.Text.RegularExpressions.RegexOptions.None, PatternBudget.Default).Trim();
        if (s.Length > 400)
        {
            int cut = s.LastIndexOf(' ', 400);
            s = s[..(cut > 0 ? cut : 400)];
            cutAfter = true;
        }
        return (cutBefore ? "… " : "") + s + (cutAfter ? " …" : "");
    }

    private static int WordStart(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int? PageOf(IReadOnlyList<Page> pages, int offset)
    {
        if (pages.Count == 0) return null;
        int page = pages[0].Number;
        foreach (var p in pages)
        {
            if (p.Start > offset) break;
            page = p.Number;
        }
        return page;
    }
}
