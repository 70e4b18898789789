using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaoMonitor.Domain;
using CaoMonitor.Storage;
using Microsoft.Data.Sqlite;

namespace CaoMonitor.Classification;

/// <summary>
/// Stores the classifier's labels for a document's leaf clauses in the transaction that stores the
/// clauses (registered as a clause writer), with the taxonomy and classifier version per clause.
/// Also reclassifies what is already stored (`caomonitor reclassify`).
/// </summary>
public sealed class ClassificationWriter(ClauseClassifier? classifier = null) : IClauseWriter
{
    private readonly ClauseClassifier _classifier = classifier ?? new ClauseClassifier();

    public ClauseClassifier Classifier => _classifier;

    /// <summary>The hash that ties a review decision to a clause's wording (sha256 of the text, hex).</summary>
    public static string TextHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    public void Write(SqliteConnection db, SqliteTransaction tx, long documentId, IReadOnlyList<Clause> storedClauses)
    {
        var byId = storedClauses.ToDictionary(c => c.Id);
        var rows = new ClassificationRows(db, tx, _classifier);
        foreach (var c in storedClauses)
        {
            if (!c.IsLeaf) continue;
            var (title, parentTitle) = Titles(c, byId);
            rows.Replace(c.Id, c.Text, title, parentTitle);
        }
    }

    /// <summary>The article title a leaf is read under, and the title above that (chapter or appendix).</summary>
    internal static (string? Title, string? ParentTitle) Titles(Clause c, IReadOnlyDictionary<long, Clause> byId)
    {
        var titles = new List<string>(2);
        for (Clause? cur = c; cur is not null && titles.Count < 2;)
        {
            if (!string.IsNullOrWhiteSpace(cur.Title)) titles.Add(cur.Title);
            cur = cur.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent : null;
        }
        return (titles.ElementAtOrDefault(0), titles.ElementAtOrDefault(1));
    }

    public sealed record ReclassifyResult(int Clauses, int Reclassified, int Labels, TimeSpan Elapsed, string TaxonomyVersion, string ClassifierVersion);

    /// <summary>
    /// Classifies stored leaf clauses again. Without <paramref name="all"/> only clauses whose stored
    /// classifier version differs from the current one (or that were never classified) are done, so
    /// running it twice costs nothing the second time. One transaction: readers see old or new labels.
    /// </summary>
    public ReclassifyResult Reclassify(CaoStore store, bool all = false, Action<int, int>? progress = null, CancellationToken ct = default)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var version = _classifier.ClassifierVersion;
        int total = 0, done = 0, labels = 0;
        store.Write((db, tx) =>
        {
            var todo = new List<(long Id, string Text, string? Title, string? ParentTitle)>();
            using (var read = CaoStore.Command(db, tx, """
                SELECT c.id, c.text, c.title, p1.title, p2.title, p3.title, cc.classifier_version
                FROM clauses c
                LEFT JOIN clauses p1 ON p1.id = c.parent_id
                LEFT JOIN clauses p2 ON p2.id = p1.parent_id
                LEFT JOIN clauses p3 ON p3.id = p2.parent_id
                LEFT JOIN clause_classification cc ON cc.clause_id = c.id
                WHERE c.is_leaf = 1 ORDER BY c.id
                """))
            using (var r = read.ExecuteReader())
                while (r.Read())
                {
                    total++;
                    if (!all && !r.IsDBNull(6) && r.GetString(6) == version) continue;
                    var titles = Enumerable.Range(2, 4).Select(i => r.IsDBNull(i) ? null : r.GetString(i))
                        .Where(t => !string.IsNullOrWhiteSpace(t)).Take(2).ToList();
                    todo.Add((r.GetInt64(0), r.GetString(1), titles.ElementAtOrDefault(0), titles.ElementAtOrDefault(1)));
                }
            var rows = new ClassificationRows(db, tx, _classifier);
            foreach (var t in todo)
            {
                ct.ThrowIfCancellationRequested();
                labels += rows.Replace(t.Id, t.Text, t.Title, t.ParentTitle);
                if (++done % 500 == 0) progress?.Invoke(done, todo.Count);
            }
            progress?.Invoke(done, todo.Count);
            return 0;
        });
        if (done > 0) store.NotifyLabelsChanged(null);
        return new ReclassifyResult(total, done, labels, sw.Elapsed, _classifier.TaxonomyVersion, version);
    }

    /// <summary>Taxonomy and classifier versions behind the labels of current documents, with clause counts.</summary>
    public static IReadOnlyList<(string Taxonomy, string Classifier, int Clauses)> StoredVersions(CaoStore store) =>
        store.Query("""
            SELECT cc.taxonomy_version, cc.classifier_version, count(*) FROM clause_classification cc
            JOIN clauses c ON c.id = cc.clause_id JOIN documents d ON d.id = c.document_id
            WHERE d.is_current = 1 GROUP BY 1, 2 ORDER BY 1, 2
            """, r => (r.GetString(0), r.GetString(1), r.GetInt32(2)));
}

/// <summary>Writes one clause's labels (replacing earlier ones) with prepared commands.</summary>
internal sealed class ClassificationRows
{
    private readonly SqliteCommand _deleteLabels, _upsertState, _insertLabel;
    private readonly ClauseClassifier _classifier;
    private readonly string _now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public ClassificationRows(SqliteConnection db, SqliteTransaction tx, ClauseClassifier classifier)
    {
        _classifier = classifier;
        _deleteLabels = CaoStore.Command(db, tx, "DELETE FROM provisions WHERE clause_id = $c", ("$c", 0L));
        _upsertState = CaoStore.Command(db, tx, """
            INSERT INTO clause_classification (clause_id, text_hash, taxonomy_version, classifier_version, classified_at)
            VALUES ($c, $h, $t, $v, $at)
            ON CONFLICT (clause_id) DO UPDATE SET text_hash = $h, taxonomy_version = $t, classifier_version = $v, classified_at = $at
            """, ("$c", 0L), ("$h", ""), ("$t", classifier.TaxonomyVersion), ("$v", classifier.ClassifierVersion), ("$at", _now));
        _insertLabel = CaoStore.Command(db, tx, """
            INSERT INTO provisions (clause_id, code, strength, confidence, amount_eur, period, percent, hours, days, evidence, attributes, rules)
            VALUES ($c, $code, $s, $conf, $amt, $per, $pct, $h, $d, $ev, $attr, $rules)
            """, ("$c", 0L), ("$code", ""), ("$s", ""), ("$conf", 0.0), ("$amt", null), ("$per", null), ("$pct", null),
            ("$h", null), ("$d", null), ("$ev", ""), ("$attr", ""), ("$rules", ""));
    }

    public int Replace(long clauseId, string text, string? title, string? parentTitle)
    {
        var labels = _classifier.Classify(new ClauseInput(text, title, parentTitle));
        _deleteLabels.Parameters["$c"].Value = clauseId;
        _deleteLabels.ExecuteNonQuery();
        _upsertState.Parameters["$c"].Value = clauseId;
        _upsertState.Parameters["$h"].Value = ClassificationWriter.TextHash(text);
        _upsertState.ExecuteNonQuery();
        foreach (var p in labels)
        {
            var a = p.Attributes;
            var ps = _insertLabel.Parameters;
            ps["$c"].Value = clauseId;
            ps["$code"].Value = p.Code;
            ps["$s"].Value = p.Strength.Code();
            ps["$conf"].Value = p.Confidence;
            ps["$amt"].Value = (object?)a.AmountEur ?? DBNull.Value;
            ps["$per"].Value = (object?)a.Period ?? DBNull.Value;
            ps["$pct"].Value = (object?)a.PercentOfSalary ?? DBNull.Value;
            ps["$h"].Value = (object?)a.Hours ?? DBNull.Value;
            ps["$d"].Value = (object?)a.Days ?? DBNull.Value;
            ps["$ev"].Value = ClassifyJsonl.EvidenceJson(p.Evidence);
            ps["$attr"].Value = ClassifyJsonl.AttributesJson(a);
            ps["$rules"].Value = JsonSerializer.Serialize(p.Rules);
            _insertLabel.ExecuteNonQuery();
        }
        return labels.Count;
    }
}
