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
    ];
}
