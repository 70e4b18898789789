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
/// clauses (registered as a clause writer), with the taxonomy and classifier version per clause;
/// each leaf is classified under its <see cref="Heading"/>. Also reclassifies what is already stored
/// (`caomonitor reclassify`). Reading labels and reviews: <see cref="LabelStore"/>.
/// </summary>
public sealed class ClassificationWriter(ClauseClassifier? classifier = null) : IClauseWriter
{
    private readonly ClauseClassifier _classifier = classifier ?? new ClauseClassifier();

    public ClauseClassifier Classifier => _classifier;

    /// <summary>The hash that ties a review decision to a clause's wording (sha256 of the text, hex).</summary>
    public static string TextHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    public StoreSchema Schema => ClassificationSchema.Schema;

    /// <summary>Classifies the leaves before the store's lock: the labels per leaf, in order.</summary>
    public object? Prepare(IReadOnlyList<Clause> leaves) => leaves.Select(c => Classify(c.Text, c.Heading)).ToList();

    public void Write(StoreTransaction tx, WrittenClauses written, object? prepared)
    {
        var rows = new ClassificationRows(tx.Db, tx.Tx, _classifier);
        var labels = prepared as List<IReadOnlyList<Label>>;
        for (int i = 0; i < written.Leaves.Count; i++)
        {
            var c = written.Leaves[i];
            rows.Store(c.Id, c.Text, labels is { } l && l.Count == written.Leaves.Count ? l[i] : Classify(c.Text, c.Heading));
        }
    }

    private IReadOnlyList<Label> Classify(string text, Heading heading) => _classifier.Classify(new ClauseInput(text, heading.Title, heading.ParentTitle));

    public sealed record ReclassifyResult(int Clauses, int Reclassified, int Labels, TimeSpan Elapsed, string TaxonomyVersion, string ClassifierVersion);

    /// <summary>
    /// Classifies stored leaf clauses again. Without <paramref name="all"/> only clauses whose stored
    /// classifier version differs from the current one (or that were never classified) are done, so
    /// running it twice costs nothing the second time. One transaction: readers see old or new labels.
    /// </summary>
    public ReclassifyResult Reclassify(CaoStore store, bool all = false, Action<int, int>? progress = null, CancellationToken ct = default)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        store.EnsureSchema(ClassificationSchema.Schema);
        var version = _classifier.ClassifierVersion;
        int total = 0, done = 0, labels = 0;
        store.Write((db, tx) =>
        {
            var labelledBy = new Dictionary<long, string>();
            using (var read = CaoStore.Command(db, tx, "SELECT clause_id, classifier_version FROM clause_classification"))
            using (var r = read.ExecuteReader())
                while (r.Read()) labelledBy[r.GetInt64(0)] = r.GetString(1);
            // Every stored leaf, old revisions too (their labels stay readable), with the heading it was classified under.
            var todo = new List<Clause>();
            foreach (var c in store.Leaves(currentOnly: false))
            {
                total++;
                if (all || labelledBy.GetValueOrDefault(c.Id) != version) todo.Add(c);
            }
            var rows = new ClassificationRows(db, tx, _classifier);
            foreach (var c in todo)
            {
                ct.ThrowIfCancellationRequested();
                labels += rows.Store(c.Id, c.Text, Classify(c.Text, c.Heading));
                if (++done % 500 == 0) progress?.Invoke(done, todo.Count);
            }
            progress?.Invoke(done, todo.Count);
            return 0;
        });
        if (done > 0) store.NotifyLabelsChanged(null);
        return new ReclassifyResult(total, done, labels, sw.Elapsed, _classifier.TaxonomyVersion, version);
    }
}

/// <summary>Writes one clause's labels (replacing earlier ones) with prepared commands.</summary>
internal sealed class ClassificationRows
{
    private readonly SqliteCommand _deleteLabels, _upsertState, _insertLabel;
    private readonly string _now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public ClassificationRows(SqliteConnection db, SqliteTransaction tx, ClauseClassifier classifier)
    {
        _deleteLabels = CaoStore.Command(db, tx, "DELETE FROM labels WHERE clause_id = $c", ("$c", 0L));
        _upsertState = CaoStore.Command(db, tx, """
            INSERT INTO clause_classification (clause_id, text_hash, taxonomy_version, classifier_version, classified_at)
            VALUES ($c, $h, $t, $v, $at)
            ON CONFLICT (clause_id) DO UPDATE SET text_hash = $h, taxonomy_version = $t, classifier_version = $v, classified_at = $at
            """, ("$c", 0L), ("$h", ""), ("$t", classifier.TaxonomyVersion), ("$v", classifier.ClassifierVersion), ("$at", _now));
        _insertLabel = CaoStore.Command(db, tx, """
            INSERT INTO labels (clause_id, code, strength, confidence, amount_eur, period, percent, hours, days, evidence, attributes, rules)
            VALUES ($c, $code, $s, $conf, $amt, $per, $pct, $h, $d, $ev, $attr, $rules)
            """, ("$c", 0L), ("$code", ""), ("$s", ""), ("$conf", 0.0), ("$amt", null), ("$per", null), ("$pct", null),
            ("$h", null), ("$d", null), ("$ev", ""), ("$attr", ""), ("$rules", ""));
    }

    /// <summary>Replaces the clause's labels with these.</summary>
    public int Store(long clauseId, string text, IReadOnlyList<Label> labels)
    {
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
