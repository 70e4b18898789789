using CaoMonitor.Storage;

namespace CaoMonitor.Classification;

/// <summary>
/// Classification's tables: labels per clause with the versions that produced them, human review
/// decisions and their history, and the view effective_labels, where "human decisions win" is
/// decided. Append new migrations; never edit one that has shipped.
/// </summary>
internal static class ClassificationSchema
{
    public static readonly StoreSchema Schema = new("classification",
    [
        // 1: the classifier's labels per clause with the versions that produced them,
        // human review decisions keyed by (version, article path, text hash, code) so they survive
        // reclassification and re-ingest of the same text, and the effective labels (decisions win).
        """
        CREATE TABLE clause_classification (
            clause_id INTEGER PRIMARY KEY REFERENCES clauses(id) ON DELETE CASCADE,
            text_hash TEXT NOT NULL,
            taxonomy_version TEXT NOT NULL,
            classifier_version TEXT NOT NULL,
            classified_at TEXT NOT NULL
        );
        CREATE TABLE provisions (
            id INTEGER PRIMARY KEY,
            clause_id INTEGER NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            strength TEXT NOT NULL CHECK (strength IN ('recht', 'inspanning', 'verwijzing')),
            confidence REAL NOT NULL,
            amount_eur REAL, period TEXT, percent REAL, hours REAL, days REAL,
            evidence TEXT NOT NULL,
            attributes TEXT NOT NULL,
            rules TEXT NOT NULL
        );
        CREATE INDEX provisions_clause ON provisions(clause_id, code);
        CREATE INDEX provisions_code ON provisions(code);
        CREATE TABLE review_decisions (
            id INTEGER PRIMARY KEY,
            version_id TEXT NOT NULL,
            path TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            code TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'add')),
            strength TEXT CHECK (strength IS NULL OR strength IN ('recht', 'inspanning', 'verwijzing')),
            amount_eur REAL, period TEXT,
            note TEXT,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            UNIQUE (version_id, path, text_hash, code)
        );
        CREATE TABLE review_history (
            id INTEGER PRIMARY KEY,
            version_id TEXT NOT NULL, path TEXT NOT NULL, text_hash TEXT NOT NULL, code TEXT NOT NULL,
            action TEXT NOT NULL, strength TEXT, amount_eur REAL, period TEXT, note TEXT,
            decided_by TEXT NOT NULL, decided_at TEXT NOT NULL
        );
        CREATE VIEW effective_provisions AS
        SELECT p.clause_id, p.code,
               CASE WHEN r.strength IS NOT NULL THEN r.strength ELSE p.strength END AS strength,
               CASE WHEN r.id IS NULL THEN p.confidence ELSE 1.0 END AS confidence,
               CASE WHEN r.amount_eur IS NOT NULL THEN r.amount_eur ELSE p.amount_eur END AS amount_eur,
               CASE WHEN r.period IS NOT NULL THEN r.period ELSE p.period END AS period,
               p.percent, p.hours, p.days, p.evidence, p.attributes, p.rules,
               CASE WHEN r.id IS NULL THEN 'classifier' ELSE 'human' END AS source,
               r.action AS review_action, r.decided_by, r.decided_at
        FROM provisions p
        JOIN clause_classification cc ON cc.clause_id = p.clause_id
        JOIN clauses c ON c.id = p.clause_id
        JOIN documents d ON d.id = c.document_id
        LEFT JOIN review_decisions r ON r.version_id = d.version_id AND r.path = c.path
             AND r.text_hash = cc.text_hash AND r.code = p.code
        WHERE r.action IS NULL OR r.action <> 'reject'
        UNION ALL
        SELECT c.id, r.code, r.strength, 1.0, r.amount_eur, r.period, NULL, NULL, NULL, '[]', '{}', '["review"]',
               'human', r.action, r.decided_by, r.decided_at
        FROM review_decisions r
        JOIN documents d ON d.version_id = r.version_id
        JOIN clauses c ON c.document_id = d.id AND c.path = r.path
        JOIN clause_classification cc ON cc.clause_id = c.id AND cc.text_hash = r.text_hash
        WHERE r.action = 'add'
          AND NOT EXISTS (SELECT 1 FROM provisions p2 WHERE p2.clause_id = c.id AND p2.code = r.code);
        """,
        // 2: one word for the classifier's output: provisions -> labels, effective_provisions -> effective_labels
        // (same columns, same rule: a decision keyed by version, path, text hash and code wins).
        """
        DROP VIEW effective_provisions;
        DROP INDEX provisions_clause;
        DROP INDEX provisions_code;
        ALTER TABLE provisions RENAME TO labels;
        CREATE INDEX labels_clause ON labels(clause_id, code);
        CREATE INDEX labels_code ON labels(code);
        CREATE VIEW effective_labels AS
        SELECT l.clause_id, l.code,
               CASE WHEN r.strength IS NOT NULL THEN r.strength ELSE l.strength END AS strength,
               CASE WHEN r.id IS NULL THEN l.confidence ELSE 1.0 END AS confidence,
               CASE WHEN r.amount_eur IS NOT NULL THEN r.amount_eur ELSE l.amount_eur END AS amount_eur,
               CASE WHEN r.period IS NOT NULL THEN r.period ELSE l.period END AS period,
               l.percent, l.hours, l.days, l.evidence, l.attributes, l.rules,
               CASE WHEN r.id IS NULL THEN 'classifier' ELSE 'human' END AS source,
               r.action AS review_action, r.decided_by, r.decided_at
        FROM labels l
        JOIN clause_classification cc ON cc.clause_id = l.clause_id
        JOIN clauses c ON c.id = l.clause_id
        JOIN documents d ON d.id = c.document_id
        LEFT JOIN review_decisions r ON r.version_id = d.version_id AND r.path = c.path
             AND r.text_hash = cc.text_hash AND r.code = l.code
        WHERE r.action IS NULL OR r.action <> 'reject'
        UNION ALL
        SELECT c.id, r.code, r.strength, 1.0, r.amount_eur, r.period, NULL, NULL, NULL, '[]', '{}', '["review"]',
               'human', r.action, r.decided_by, r.decided_at
        FROM review_decisions r
        JOIN documents d ON d.version_id = r.version_id
        JOIN clauses c ON c.document_id = d.id AND c.path = r.path
        JOIN clause_classification cc ON cc.clause_id = c.id AND cc.text_hash = r.text_hash
        WHERE r.action = 'add'
          AND NOT EXISTS (SELECT 1 FROM labels l2 WHERE l2.clause_id = c.id AND l2.code = r.code);
        """,
        // 3: labels drawn into a review sample, keyed like decisions so a sample survives reclassification;
        // their decisions give the measured precision per category.
        """
        CREATE TABLE sampled_labels (
            version_id TEXT NOT NULL,
            path TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            code TEXT NOT NULL,
            seed INTEGER NOT NULL,
            drawn_at TEXT NOT NULL,
            PRIMARY KEY (version_id, path, text_hash, code)
        );
        """,
    ]);
}
