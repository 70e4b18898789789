using CaoMonitor.Storage;

namespace CaoMonitor.Search;

/// <summary>Search's tables (the full-text index), names and weights.</summary>
public static class SearchSchema
{
    /// <summary>
    /// 1: full-text index over leaf clauses. Contentless FTS5 (the clause text lives in Storage's
    /// `clauses`); each column holds analysed terms serialised by <see cref="TermSerializer"/>, one FTS
    /// token per term, rowid = clause id. Written by <see cref="SearchIndex"/> in the clause transaction.
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
    ]);

    public const string Table = "clause_fts";
    public const string VocabTable = "clause_fts_vocab";

    /// <summary>Stands in for a removed stop word in positional columns, so phrases and NEAR keep distances.
    /// Analysed terms never contain '_' (the tokenizer's word characters are letters and digits).</summary>
    public const string Gap = "_";

    // bm25 column weights: a word in the article title counts most, a word of the text next, an
    // expansion (compound part, synonym) least, so whole-word matches rank above part matches.
    public const double TitleWeight = 4.0;
    public const double BodyWeight = 1.0;
    public const double PartsWeight = 0.35;

    public static readonly string Bm25 = FormattableString.Invariant($"bm25({Table}, {TitleWeight}, {BodyWeight}, {PartsWeight})");

    /// <summary>Positional columns: phrases and NEAR are restricted to these (parts has no positions).</summary>
    public const string PositionalColumns = "{title body}";
}

