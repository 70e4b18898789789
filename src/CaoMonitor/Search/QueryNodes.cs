namespace CaoMonitor.Search;

/// <summary>The parsed query before analysis. Positions are character offsets into the query text.</summary>
internal abstract record QueryNode(int Position);

/// <summary>A plain word; adjacent words are analysed together (so "€ 1.500" and "1 januari 2025" stay one term).</summary>
internal sealed record WordNode(string Raw, int Position) : QueryNode(Position);

internal sealed record PrefixNode(string Raw, int Position) : QueryNode(Position);

internal sealed record PhraseNode(string Raw, int Position) : QueryNode(Position);

internal sealed record NearNode(IReadOnlyList<QueryNode> Items, int Distance, int Position) : QueryNode(Position);

/// <summary>Implicit AND of its items.</summary>
internal sealed record AndNode(IReadOnlyList<QueryNode> Items, int Position) : QueryNode(Position);

internal sealed record OrNode(IReadOnlyList<QueryNode> Items, int Position) : QueryNode(Position);

internal sealed record NotNode(QueryNode Inner, int Position) : QueryNode(Position);

internal sealed record FilterNode(string Name, string Value, int Position) : QueryNode(Position);
