namespace CaoMonitor.Storage;

/// <summary>
/// The schema, as an ordered list of migrations. A store records the version it is at and applies
/// the missing ones in one transaction each, so an old data/ folder upgrades in place.
/// Append new migrations; never edit one that has shipped.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<string> All =
    [
        // 1: registry, documents (one row per stored version of a source file), pages, clauses.
        """
        CREATE TABLE registry (
            id TEXT PRIMARY KEY,
            agreement_id TEXT NOT NULL,
            name TEXT, type TEXT, sector TEXT, parties TEXT,
            start_date TEXT, end_date TEXT, avv INTEGER,
            employees INTEGER, employees_cao INTEGER, employees_avv INTEGER,
            cao_code TEXT, sbi_code TEXT,
            file TEXT,
            source TEXT NOT NULL
        );
        CREATE INDEX registry_file ON registry(file);
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            version_id TEXT NOT NULL,
            agreement_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            is_current INTEGER NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            sector TEXT, parties TEXT, start_date TEXT, end_date TEXT, avv INTEGER, employees INTEGER,
            derived TEXT NOT NULL DEFAULT '',
            source_path TEXT NOT NULL,
            source_file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            media_type TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
            error_reason TEXT,
            error TEXT,
            page_count INTEGER NOT NULL DEFAULT 0,
            ocr_pages INTEGER NOT NULL DEFAULT 0,
            clause_count INTEGER NOT NULL DEFAULT 0,
            ingested_at TEXT NOT NULL,
            text TEXT
        );
        CREATE INDEX documents_version ON documents(version_id, status);
        CREATE INDEX documents_sha ON documents(sha256);
        CREATE INDEX documents_agreement ON documents(agreement_id);
        CREATE TABLE pages (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            ocr INTEGER NOT NULL,
            PRIMARY KEY (document_id, number)
        ) WITHOUT ROWID;
        CREATE TABLE clauses (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES clauses(id),
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            number TEXT,
            title TEXT,
            path TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            page_start INTEGER NOT NULL,
            page_end INTEGER NOT NULL,
            is_leaf INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX clauses_document ON clauses(document_id, ordinal);
        """,
        // 2 (search): full-text index over leaf clauses. Contentless FTS5 (the clause text lives in
        // `clauses`); each column holds analysed terms serialised by CaoMonitor.Search.TermSerializer,
        // one FTS token per term, rowid = clauses.id. Written by SearchIndex in the clause transaction.
        // The covering index lets search map a hit to its document without reading clause text.
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS clause_fts USING fts5(
            title, body, parts,
            content = '', contentless_delete = 1,
            tokenize = "unicode61 remove_diacritics 0 tokenchars '.,%&-_'"
        );
        CREATE VIRTUAL TABLE IF NOT EXISTS clause_fts_vocab USING fts5vocab(clause_fts, 'row');
        CREATE INDEX IF NOT EXISTS clauses_id_document ON clauses(id, document_id, is_leaf);
        """,
        // 3 (classification): the classifier's labels per clause with the versions that produced them,
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
        // 4 (extraction): which extractor read a document (pdfpig, or the pdftotext fallback, ...).
        """
        ALTER TABLE documents ADD COLUMN extractor TEXT NOT NULL DEFAULT '';
        """,
    ];
}
