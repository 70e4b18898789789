namespace CaoMonitor.Search;

/// <summary>
/// The Lucene index in data/index/: one Lucene document per leaf clause (lid) of a current,
/// successfully read document. Field names and ranking weights live here.
/// </summary>
internal static class SearchSchema
{
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
