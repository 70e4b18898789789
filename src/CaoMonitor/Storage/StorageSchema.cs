namespace CaoMonitor.Storage;

/// <summary>
/// Storage's tables: the registry, documents (one row per stored version of a source file), pages
/// and clauses. Other stages read documents and clauses (joins, the view current_documents) but
/// only Storage writes them. Append new migrations; never edit one that has shipped.
/// </summary>
internal static class StorageSchema
{
    public static readonly StoreSchema Schema = new(CaoStore.Owner, [
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
        // 2: the titles a clause is read under, computed once when it is written (see Heading), filled in
        // here for clauses stored before; the documents that count as current, defined once for every
        // stage's queries; a covering index that maps a clause to its document without reading its text.
        """
        ALTER TABLE clauses ADD COLUMN heading_title TEXT;
        ALTER TABLE clauses ADD COLUMN heading_parent_title TEXT;
        CREATE TEMP TABLE heading_backfill AS
        WITH RECURSIVE up(clause_id, node_id, depth) AS (
            SELECT id, id, 0 FROM clauses
            UNION ALL
            SELECT up.clause_id, c.parent_id, up.depth + 1 FROM up JOIN clauses c ON c.id = up.node_id WHERE c.parent_id IS NOT NULL),
        titled AS (
            SELECT up.clause_id, c.title, row_number() OVER (PARTITION BY up.clause_id ORDER BY up.depth) AS n
            FROM up JOIN clauses c ON c.id = up.node_id WHERE trim(coalesce(c.title, '')) <> '')
        SELECT clause_id, max(CASE WHEN n = 1 THEN title END) AS title, max(CASE WHEN n = 2 THEN title END) AS parent_title
        FROM titled WHERE n <= 2 GROUP BY clause_id;
        UPDATE clauses SET heading_title = b.title, heading_parent_title = b.parent_title
        FROM temp.heading_backfill b WHERE b.clause_id = clauses.id;
        DROP TABLE temp.heading_backfill;
        CREATE VIEW current_documents AS SELECT * FROM documents WHERE is_current = 1 AND status = 'ok';
        CREATE INDEX IF NOT EXISTS clauses_id_document ON clauses(id, document_id, is_leaf);
        """,
        // 3 (extraction, issue 15): which extractor read a document (pdfpig, or the pdftotext fallback, ...).
        """
        ALTER TABLE documents ADD COLUMN extractor TEXT NOT NULL DEFAULT '';
        """,
    ]);
}
