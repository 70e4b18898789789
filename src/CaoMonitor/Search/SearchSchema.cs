namespace CaoMonitor.Search;

/// <summary>Names and weights of the full-text index (created by migration 2 in Storage/Migrations.cs).</summary>
public static class SearchSchema
{
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

/// <summary>
/// Where the `categorie:` filter and facet read VWNW/LLO labels: the effective labels (classifier,
/// overruled by review decisions; migration 3). <see cref="RunMarker"/> has a row per classified
/// clause, so an empty one means classification never ran and the filter would silently find nothing.
/// </summary>
public static class CategorySource
{
    public const string Table = "effective_provisions";
    public const string ClauseColumn = "clause_id";
    public const string CodeColumn = "code";
    public const string RunMarker = "clause_classification";
}
