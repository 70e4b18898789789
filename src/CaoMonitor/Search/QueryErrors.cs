namespace CaoMonitor.Search;

/// <summary>A search that cannot run as asked; the message is meant for the user as is.</summary>
public class SearchException(string message) : Exception(message);

/// <summary>The query text is malformed. <see cref="Position"/> is the 0-based character index of the problem.</summary>
public sealed class QuerySyntaxException(string problem, int position)
    : SearchException($"{problem} (bij teken {position + 1})")
{
    public string Problem { get; } = problem;
    public int Position { get; } = position;
}
