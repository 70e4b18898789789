using System.Text.RegularExpressions;
using CaoMonitor.Classification;
using CaoMonitor.Domain;
using CaoMonitor.Storage;

namespace CaoMonitor.Diff;

/// <summary>An article of a version with its body (the heading line left out) and the effective labels inside it.</summary>
public sealed record DiffArticle(Clause Clause, string Number, string Title, string Body, IReadOnlyList<StoredLabel> Labels)
{
    public bool Labelled => Labels.Count > 0;
}

public enum ArticleChange { Unchanged, Renumbered, Changed, Added, Removed }

/// <summary>Two articles that are one another's predecessor and successor, or one that stands alone (added or removed).</summary>
public sealed record ArticlePair(DiffArticle? Old, DiffArticle? New, double Similarity)
{
    public bool Labelled => Old?.Labelled == true || New?.Labelled == true;

    private ArticleChange? _change;

    public ArticleChange Change => _change ??=
        Old is null ? ArticleChange.Added
        : New is null ? ArticleChange.Removed
        : VersionDiff.Words(Old.Body) != VersionDiff.Words(New.Body) ? ArticleChange.Changed
        : Old.Number != New.Number || Old.Title != New.Title ? ArticleChange.Renumbered
        : ArticleChange.Unchanged;
}

/// <summary>What a version arranges for a category: its strongest label's strength, amount and period.</summary>
public sealed record ProvisionState(string Strength, decimal? Amount, string? Period);

/// <summary>
/// One change of a category between two versions. <see cref="Change"/> is added, removed, strength,
/// amount or period; a category whose strength and amount both changed gives two changes.
/// </summary>
public sealed record ProvisionChange(string Code, string Change, ProvisionState? Before, ProvisionState? After, long? ClauseA, long? ClauseB);

public sealed record VersionDiffResult(StoredDocument A, StoredDocument B, IReadOnlyList<ArticlePair> Pairs, IReadOnlyList<ProvisionChange> ProvisionChanges)
{
    public int Count(ArticleChange c) => Pairs.Count(p => p.Change == c);
}

/// <summary>
/// The differences between two versions of one cao, as a negotiator reads them: first what changed
/// per provision category (added, removed, stronger or weaker, another amount or period), then the
/// articles. Articles are matched by content similarity (TF-IDF cosine over words and the
/// character 4-grams of long words, so "ontwikkelbudget" and "scholingsbudget" are near), with equal
/// numbers and titles only as small hints: a renumbered article is recognised as such, and a new
/// article that took an old number is not mistaken for its predecessor. Written by hand: no served
/// library aligns documents by content.
/// </summary>
public static partial class VersionDiff
{
    /// <summary>Below this similarity two articles are not one another's successor.</summary>
    public const double MinSimilarity = 0.3;
    private const double SameTitleHint = 0.1, SameNumberHint = 0.05;

    public static VersionDiffResult Compute(CaoStore store, StoredDocument a, StoredDocument b)
    {
        var oldArticles = Articles(store, a.Id, out var oldLabels);
        var newArticles = Articles(store, b.Id, out var newLabels);
        return new VersionDiffResult(a, b, Match(oldArticles, newArticles), ProvisionChanges(oldLabels, newLabels));
    }

    /// <summary>The articles of a document (sections of a policy text; top-level parts when it has neither), each with the labels inside it.</summary>
    public static List<DiffArticle> Articles(CaoStore store, long documentId, out IReadOnlyList<StoredLabel> labels)
    {
        var clauses = store.GetClauses(documentId);
        var byClause = new LabelStore(store).ForDocument(documentId);
        labels = byClause.SelectMany(g => g).ToList();
        var byId = clauses.ToDictionary(c => c.Id);
        var articles = clauses.Where(c => c.Kind is ClauseKind.Article or ClauseKind.Section).ToList();
        if (articles.Count == 0) articles = clauses.Where(c => c.ParentId is null).ToList();
        var articleIds = articles.Select(c => c.Id).ToHashSet();
        var inside = articles.ToDictionary(c => c.Id, _ => new List<StoredLabel>());
        foreach (var g in byClause)
            for (var c = byId.GetValueOrDefault(g.Key); c is not null; c = c.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
                if (articleIds.Contains(c.Id)) { inside[c.Id].AddRange(g); break; }
        return articles.Select(c => Article(c, inside[c.Id])).ToList();
    }

    public static DiffArticle Article(Clause c, IReadOnlyList<StoredLabel> labels) => new(c, Norm(c.Number), Norm(c.Title), Body(c), labels);

    /// <summary>The text without its heading line, so renumbering alone is not a change of content.</summary>
    private static string Body(Clause c)
    {
        var text = c.Text;
        int nl = text.IndexOf('\n');
        var first = nl < 0 ? text : text[..nl];
        if (c.Number is { Length: > 0 } n && first.Contains(n, StringComparison.Ordinal) && first.Length < 200)
            text = nl < 0 ? "" : text[(nl + 1)..];
        if (c.Title is { Length: > 0 } t && text.TrimStart().StartsWith(t, StringComparison.Ordinal) && text.TrimStart().IndexOf('\n') is var e && e >= t.Length)
            text = text.TrimStart()[e..];
        return text;
    }

    private static string Norm(string? s) => string.Join(' ', (s ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');

    /// <summary>The words of a text joined by single spaces: whitespace differences are no change.</summary>
    public static string Words(string text) => string.Join(' ', WordRun().Matches(text).Select(m => m.Value));

    [GeneratedRegex(@"\S+")] private static partial Regex WordRun();
    [GeneratedRegex(@"[\p{L}\p{N}€]+")] private static partial Regex Token();

    /// <summary>
    /// Pairs articles: every pair scored by content similarity plus the hints, best pairs first, each
    /// article used once; pairs below <see cref="MinSimilarity"/> stay apart. The result follows the
    /// new version's order, removed articles where they stood.
    /// </summary>
    public static List<ArticlePair> Match(IReadOnlyList<DiffArticle> oldArticles, IReadOnlyList<DiffArticle> newArticles)
    {
        var sim = Similarities(oldArticles, newArticles);
        var candidates = new List<(int O, int N, double Score, double Sim)>();
        foreach (var ((o, n), s) in sim)
        {
            var score = s + (oldArticles[o].Title.Length > 0 && oldArticles[o].Title == newArticles[n].Title ? SameTitleHint : 0)
                          + (oldArticles[o].Number.Length > 0 && oldArticles[o].Number == newArticles[n].Number ? SameNumberHint : 0);
            if (score >= MinSimilarity) candidates.Add((o, n, score, s));
        }
        // Two articles with no text (headings only) are matched on their title alone.
        for (int o = 0; o < oldArticles.Count; o++)
            for (int n = 0; n < newArticles.Count; n++)
                if (!sim.ContainsKey((o, n)) && oldArticles[o].Body.Trim().Length == 0 && newArticles[n].Body.Trim().Length == 0
                    && oldArticles[o].Title.Length > 0 && oldArticles[o].Title == newArticles[n].Title)
                    candidates.Add((o, n, 1, 1));
        var oldOf = new int?[newArticles.Count];
        var simOf = new double[newArticles.Count];
        var usedOld = new bool[oldArticles.Count];
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => Math.Abs(c.O - c.N)).ThenBy(c => c.N))
        {
            if (usedOld[c.O] || oldOf[c.N] is not null) continue;
            usedOld[c.O] = true;
            oldOf[c.N] = c.O;
            simOf[c.N] = c.Sim;
        }
        var pairs = newArticles.Select((a, n) => new ArticlePair(oldOf[n] is { } o ? oldArticles[o] : null, a, oldOf[n] is null ? 0 : simOf[n])).ToList();
        // Removed articles go where they stood: before the first pair whose old article came after them.
        for (int o = 0; o < oldArticles.Count; o++)
        {
            if (usedOld[o]) continue;
            var removed = oldArticles[o];
            int at = pairs.FindIndex(p => p.Old is not null && IndexOf(oldArticles, p.Old) > o);
            pairs.Insert(at < 0 ? pairs.Count : at, new ArticlePair(removed, null, 0));
        }
        return pairs;
    }

    private static int IndexOf(IReadOnlyList<DiffArticle> list, DiffArticle a)
    {
        for (int i = 0; i < list.Count; i++) if (ReferenceEquals(list[i], a)) return i;
        return -1;
    }

    /// <summary>Cosine similarity of TF-IDF vectors for every pair that shares a feature (an inverted index, so large documents stay cheap).</summary>
    public static Dictionary<(int Old, int New), double> Similarities(IReadOnlyList<DiffArticle> oldArticles, IReadOnlyList<DiffArticle> newArticles)
    {
        var oldF = oldArticles.Select(a => Features(a.Title + " " + a.Body)).ToList();
        var newF = newArticles.Select(a => Features(a.Title + " " + a.Body)).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in oldF.Concat(newF)) foreach (var k in f.Keys) df[k] = df.GetValueOrDefault(k) + 1;
        int docs = Math.Max(1, oldF.Count + newF.Count);
        // Features in most articles (boilerplate words) carry no information and cost the most.
        double Idf(string k) => docs >= 20 && df[k] > docs * 0.6 ? 0 : Math.Log(1 + (double)docs / df[k]);
        Dictionary<string, double> Weigh(Dictionary<string, int> f)
        {
            var v = new Dictionary<string, double>(f.Count, StringComparer.Ordinal);
            foreach (var (k, tf) in f) if (Idf(k) is var w && w > 0) v[k] = (1 + Math.Log(tf)) * w;
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            if (norm > 0) foreach (var k in v.Keys.ToList()) v[k] /= norm;
            return v;
        }
        var oldV = oldF.Select(Weigh).ToList();
        var newV = newF.Select(Weigh).ToList();
        var postings = new Dictionary<string, List<(int New, double W)>>(StringComparer.Ordinal);
        for (int n = 0; n < newV.Count; n++)
            foreach (var (k, w) in newV[n])
                (postings.TryGetValue(k, out var l) ? l : postings[k] = []).Add((n, w));
        var result = new Dictionary<(int, int), double>();
        for (int o = 0; o < oldV.Count; o++)
            foreach (var (k, w) in oldV[o])
                if (postings.TryGetValue(k, out var l))
                    foreach (var (n, wn) in l) result[(o, n)] = result.GetValueOrDefault((o, n)) + w * wn;
        return result;
    }

    /// <summary>Words, and the character 4-grams of words of seven letters or more (the parts of Dutch compounds).</summary>
    private static Dictionary<string, int> Features(string text)
    {
        var f = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Token().Matches(text.Length > 20_000 ? text[..20_000] : text))
        {
            var w = m.Value.ToLowerInvariant();
            f[w] = f.GetValueOrDefault(w) + 1;
            if (w.Length < 7) continue;
            for (int i = 0; i + 4 <= w.Length; i++)
            {
                var g = "#" + w.Substring(i, 4);
                f[g] = f.GetValueOrDefault(g) + 1;
            }
        }
        return f;
    }

    /// <summary>Per category what changed: the strongest label of each version stands for it (ties: the one with an amount, then the first).</summary>
    public static List<ProvisionChange> ProvisionChanges(IEnumerable<StoredLabel> a, IEnumerable<StoredLabel> b)
    {
        static Dictionary<string, StoredLabel> Best(IEnumerable<StoredLabel> labels) => labels.GroupBy(l => l.Code).ToDictionary(g => g.Key,
            g => g.OrderByDescending(l => Strengths.Parse(l.Strength) ?? Strength.Verwijzing).ThenByDescending(l => l.AmountEur is not null).First());
        static ProvisionState State(StoredLabel l) => new(l.Strength, l.AmountEur, l.Period);
        var before = Best(a);
        var after = Best(b);
        var changes = new List<ProvisionChange>();
        foreach (var code in before.Keys.Union(after.Keys).OrderBy(Order).ThenBy(c => c, StringComparer.Ordinal))
        {
            var x = before.GetValueOrDefault(code);
            var y = after.GetValueOrDefault(code);
            ProvisionChange C(string change) => new(code, change, x is null ? null : State(x), y is null ? null : State(y), x?.ClauseId, y?.ClauseId);
            if (x is null) { changes.Add(C("added")); continue; }
            if (y is null) { changes.Add(C("removed")); continue; }
            if (x.Strength != y.Strength) changes.Add(C("strength"));
            if (x.AmountEur != y.AmountEur) changes.Add(C("amount"));
            else if (!string.Equals(x.Period, y.Period, StringComparison.Ordinal)) changes.Add(C("period"));
        }
        return changes;
    }

    /// <summary>Categories in taxonomy order (VWNW first), so the table reads like the monitor.</summary>
    private static int Order(string code)
    {
        int i = Monitoring.MeasureText.Categories.Select(c => c.Code).ToList().IndexOf(code);
        return i < 0 ? int.MaxValue : i;
    }
}
