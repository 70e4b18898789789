using CaoMonitor.Storage;

namespace CaoMonitor.Search;

/// <summary>
/// The Lucene index in data/index/: one Lucene document per leaf clause (lid) of a current,
/// successfully read document. Field names and ranking weights live here.
/// </summary>
public static class SearchSchema
{
    /// <summary>
    /// Search's tables in the store. 1 (shipped): the SQLite FTS5 index. 2: FTS5 gives way to the Lucene
    /// index in data/index/, written after the store commits; search_documents records which document
    /// revisions the index holds, so `index verify` and open-time repair find what a crash left behind.
    /// </summary>
    public static readonly StoreSchema Schema = new("search",
    [
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS clause_fts USING fts5(
            title, body, parts,
            content = '', contentless_delete = 1,
            tokenize = "unicode61 remove_diacritics 0 tokenchars '.,%&-_'"
        );
        CREATE VIRTUAL TABLE IF NOT EXISTS clause_fts_vocab USING fts5vocab(clause_fts, 'row');
        """,
        """
        DROP TABLE IF EXISTS clause_fts_vocab;
        DROP TABLE IF EXISTS clause_fts;
        CREATE TABLE IF NOT EXISTS search_documents (
            document_id INTEGER PRIMARY KEY,
            clauses INTEGER NOT NULL,
            indexed_at TEXT NOT NULL
        );
        """,
    ]);

    public const string Folder = "index";

    // Analysed fields. text: every token of the lid's own text (words, hyphen/date parts, compound
    // parts, synonyms; positions for phrases and NEAR). word: only the words themselves, so a whole-word
    // match outranks a part or synonym match. title: the lid's own or inherited article title.
    public const string Text = "text";
    public const string Word = "word";
    public const string Title = "title";

    // Keys (indexed, not analysed) and doc values.
    public const string Clause = "cid";
    public const string Document = "doc";
    public const string Agreement = "agr";
    public const string Group = "gid";
    public const string Family = "fam";
    public const string Heading = "heading";
    public const string Category = "category";
    public const string Strength = "strength";
    public const string CategoryStrength = "catstrength";
    public const string Labels = "label";

    public const float WordBoost = 1.0f;
    public const float TextBoost = 0.35f;
    public const float TitleBoost = 2.0f;

    /// <summary>Added to a lid whose own words match (and that is not a bare heading): every such lid
    /// ranks above every lid found only through its inherited title or a heading.</summary>
    public const float OwnTextTier = 1000f;

    /// <summary>The weight of an agreement's next article on the page (see Searcher's crowding): the second counts half.</summary>
    public const float CrowdingDecay = 0.5f;
}

