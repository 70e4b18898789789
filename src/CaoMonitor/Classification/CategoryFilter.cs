namespace CaoMonitor.Classification;

/// <summary>
/// "Labels of this category": a code matches a filter when it is the filter or lies under it in whole
/// code segments (LLO matches LLO.BUDGET; LLO.BUD matches nothing). The one definition the label
/// store, the search filters and the facets share.
/// </summary>
public static class CategoryFilter
{
    /// <summary>The filter as written by a user or a URL: trimmed, upper case, without a trailing dot; null when empty.</summary>
    public static string? Normalise(string? filter) =>
        string.IsNullOrWhiteSpace(filter) ? null : filter.Trim().ToUpperInvariant().TrimEnd('.') is { Length: > 0 } f ? f : null;

    public static bool Matches(string code, string filter) =>
        code == filter || (code.Length > filter.Length && code[filter.Length] == '.' && code.StartsWith(filter, StringComparison.Ordinal));

    /// <summary>The same test in SQL over a code column, with the (normalised) filter as a parameter.</summary>
    internal static string Sql(string codeColumn, string parameter) =>
        $"({codeColumn} = {parameter} OR substr({codeColumn}, 1, length({parameter}) + 1) = {parameter} || '.')";
}
