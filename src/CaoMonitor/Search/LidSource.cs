using System.Globalization;
using System.Text;
using CaoMonitor.Analysis;
using CaoMonitor.Storage;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Search;

/// <summary>
/// Reads what the index holds from the store: the leaf clauses (lids) of current documents, each with
/// its article (the group a hit stands for), the article's identity across versions of the agreement
/// (the family versions collapse into), its own or inherited title, whether it is a bare heading, and
/// its effective labels.
/// </summary>
internal static class LidSource
{
    internal sealed record Lid(long ClauseId, long DocumentId, string Agreement, long GroupId, string Family, string? Title, string Text,
        bool Heading, IReadOnlyList<(string Code, string Strength)> Labels);

    /// <summary>Leaf clauses of current, successfully read documents: what the index must hold.</summary>
    public const string CurrentLeaves = "FROM clauses c JOIN documents d ON d.id = c.document_id WHERE c.is_leaf = 1 AND d.is_current = 1 AND d.status = 'ok'";

    private sealed record Row(long Id, long? ParentId, string Kind, string? Number, string? Title, string Path, bool IsLeaf, string? Text);

    private const string RowColumns = "c.id, c.parent_id, c.kind, c.number, c.title, c.path, c.is_leaf, CASE WHEN c.is_leaf = 1 THEN c.text END";

    /// <summary>The lids of one document, or null when it is not a current, successfully read document.</summary>
    public static List<Lid>? ForDocument(SqliteConnection db, long documentId, bool withLabels)
    {
        string agreement;
        using (var doc = CaoStore.Command(db, null, "SELECT agreement_id FROM documents WHERE id = $d AND is_current = 1 AND status = 'ok'", ("$d", documentId)))
        {
            if (doc.ExecuteScalar() is not string a) return null;
            agreement = a;
        }
        var rows = new List<Row>();
        using (var cmd = CaoStore.Command(db, null, $"SELECT {RowColumns} FROM clauses c WHERE c.document_id = $d ORDER BY c.ordinal", ("$d", documentId)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) rows.Add(Read(r));
        var labels = withLabels ? Labels(db, "WHERE c.document_id = $d", ("$d", documentId)) : [];
        return Build(documentId, agreement, rows, labels);
    }

    /// <summary>Every current document's lids, one document at a time.</summary>
    public static IEnumerable<(long DocumentId, List<Lid> Lids)> AllCurrent(SqliteConnection db, bool withLabels)
    {
        var labels = withLabels ? Labels(db, "JOIN documents d ON d.id = c.document_id WHERE d.is_current = 1 AND d.status = 'ok'") : [];
        using var cmd = CaoStore.Command(db, null, $"""
            SELECT d.id, d.agreement_id, {RowColumns} FROM clauses c JOIN documents d ON d.id = c.document_id
            WHERE d.is_current = 1 AND d.status = 'ok' ORDER BY c.document_id, c.ordinal
            """);
        using var r = cmd.ExecuteReader();
        long current = -1;
        string agreement = "";
        var rows = new List<Row>();
        while (r.Read())
        {
            long id = r.GetInt64(0);
            if (id != current && rows.Count > 0)
            {
                yield return (current, Build(current, agreement, rows, labels));
                rows = [];
            }
            current = id;
            agreement = r.GetString(1);
            rows.Add(Read(r, 2));
        }
        if (rows.Count > 0) yield return (current, Build(current, agreement, rows, labels));
    }

    private static Row Read(SqliteDataReader r, int o = 0) => new(r.GetInt64(o), r.IsDBNull(o + 1) ? null : r.GetInt64(o + 1), r.GetString(o + 2),
        r.IsDBNull(o + 3) ? null : r.GetString(o + 3), r.IsDBNull(o + 4) ? null : r.GetString(o + 4), r.GetString(o + 5),
        r.GetBoolean(o + 6), r.IsDBNull(o + 7) ? null : r.GetString(o + 7));

    private static Dictionary<long, List<(string, string)>> Labels(SqliteConnection db, string where, params (string, object?)[] args)
    {
        var map = new Dictionary<long, List<(string, string)>>();
        using var cmd = CaoStore.Command(db, null, $"""
            SELECT p.{"clause_id"}, p.{"code"}, p.strength FROM {CaoMonitor.Classification.LabelStore.EffectiveView} p
            WHERE p.{"clause_id"} IN (SELECT c.id FROM clauses c {where})
            """, args);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            if (!map.TryGetValue(r.GetInt64(0), out var list)) map[r.GetInt64(0)] = list = [];
            list.Add((r.GetString(1), r.GetString(2)));
        }
        return map;
    }

    private const int TitleDepth = 4;

    private static List<Lid> Build(long documentId, string agreement, List<Row> rows, Dictionary<long, List<(string, string)>> labels)
    {
        var byId = rows.ToDictionary(r => r.Id);
        var families = new Dictionary<long, string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lids = new List<Lid>();
        foreach (var row in rows)
        {
            if (!row.IsLeaf) continue;
            var group = GroupOf(row, byId);
            if (!families.TryGetValue(group.Id, out var family))
            {
                // The article's identity across versions: its title (or number) and which occurrence of it in the document.
                var key = group.Kind + ":" + Normalise(group.Title ?? group.Number ?? group.Path);
                int n = seen.GetValueOrDefault(key);
                seen[key] = n + 1;
                families[group.Id] = family = agreement + "\u001f" + key + "#" + n.ToString(CultureInfo.InvariantCulture);
            }
            var title = TitleOf(row, byId);
            var text = row.Text ?? "";
            lids.Add(new Lid(row.Id, documentId, agreement, group.Id, family, title, text, IsBareHeading(text, title, row.Number),
                labels.TryGetValue(row.Id, out var l) ? l : []));
        }
        return lids;
    }

    /// <summary>The article (or appendix) a lid belongs to; a lid outside any article stands for itself.</summary>
    private static Row GroupOf(Row leaf, Dictionary<long, Row> byId)
    {
        for (var cur = leaf; ;)
        {
            if (cur.Kind is "article" or "appendix") return cur;
            if (cur.ParentId is not { } p || !byId.TryGetValue(p, out var parent)) return leaf;
            cur = parent;
        }
    }

    /// <summary>The title a clause is found by: its own, else its nearest titled ancestor's (a lid takes its article's title).</summary>
    private static string? TitleOf(Row c, Dictionary<long, Row> byId)
    {
        var cur = c;
        for (int level = 0; level < TitleDepth; level++)
        {
            if (!string.IsNullOrWhiteSpace(cur.Title)) return cur.Title.Trim();
            if (cur.ParentId is not { } p || !byId.TryGetValue(p, out var parent)) return null;
            cur = parent;
        }
        return null;
    }

    private static readonly HashSet<string> HeadingWords = new(StringComparer.Ordinal)
        { "artikel", "art", "hoofdstuk", "paragraaf", "bijlage", "lid", "afdeling", "titel", "deel" };

    /// <summary>
    /// A lid that says nothing beyond its heading ("Artikel 13 Van werk naar werk", a chapter title
    /// without text): every word of it is a heading word, a number or a word of its title.
    /// </summary>
    internal static bool IsBareHeading(string text, string? title, string? number)
    {
        var titleWords = Words(title ?? "").ToHashSet(StringComparer.Ordinal);
        foreach (var w in Words(text))
        {
            if (titleWords.Contains(w) || HeadingWords.Contains(w) || w.Any(char.IsDigit) || (number is not null && w == Normalise(number))) continue;
            if (w.Length <= 4 && w.All(ch => ch is 'i' or 'v' or 'x' or 'l')) continue; // roman numerals
            if (w.Length == 1) continue; // a. b. list letters
            return false;
        }
        return true;
    }

    private static IEnumerable<string> Words(string s)
    {
        var sb = new StringBuilder();
        foreach (char ch in s)
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(ch);
            else if (sb.Length > 0) { yield return DutchAnalyzer.Fold(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) yield return DutchAnalyzer.Fold(sb.ToString());
    }

    private static string Normalise(string s) => string.Join(' ', Words(s));
}
