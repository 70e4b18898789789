namespace CaoMonitor.Domain;

/// <summary>What kind of document a version is. Policy documents are searchable but never count in the monitor.</summary>
public enum DocumentType { Sector, Company, Policy }

public static class DocumentTypes
{
    public static string Code(this DocumentType t) => t switch
    {
        DocumentType.Sector => "sector",
        DocumentType.Company => "company",
        _ => "policy",
    };

    /// <summary>Accepts our codes, Dutch words and the ministry's (B/O, Bedrijfstak/Onderneming).</summary>
    public static DocumentType? Parse(string? s) => s?.Trim().ToLowerInvariant() switch
    {
        "sector" or "bedrijfstak" or "b" or "sectorcao" or "sector-cao" => DocumentType.Sector,
        "company" or "onderneming" or "o" or "ondernemingscao" or "bedrijf" => DocumentType.Company,
        "policy" or "beleid" or "beleidsdocument" => DocumentType.Policy,
        _ => null,
    };
}

/// <summary>
/// Registry metadata of one cao version (one period of one agreement), as a researcher keeps it.
/// <see cref="Derived"/> names the fields taken from the document itself rather than the registry.
/// </summary>
public sealed record CaoVersion(
    string Id,
    string AgreementId,
    string Name,
    DocumentType Type,
    string? Sector,
    string? Parties,
    DateOnly? Start,
    DateOnly? End,
    bool? Avv,
    int? Employees,
    string? File)
{
    public IReadOnlyList<string> Derived { get; init; } = [];

    public bool InForceOn(DateOnly date) => InForce.On(Start, End, date);

    /// <summary>A file no registry knows: its path is its identity, and it is its own agreement.</summary>
    public static CaoVersion Unregistered(string registryPath)
    {
        var id = FallbackId(registryPath);
        return new CaoVersion(id, id, "", DocumentType.Sector, null, null, null, null, null, null, registryPath);
    }

    /// <summary>The version id of a file no registry row describes: its path without extension, lower case, each run of
    /// other characters than a-z, 0-9 and '/' one '-'. Ingest and the watched sources key such files by it.</summary>
    public static string FallbackId(string registryPath)
    {
        var lower = Path.ChangeExtension(registryPath, null).ToLowerInvariant();
        var slug = new System.Text.StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '/') slug.Append(c);
            else if (slug.Length == 0 || slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}

/// <summary>When a version is in force: the one definition the monitor, the search filters and facets share.</summary>
public static class InForce
{
    /// <summary>In force on a date: start on or before it, and no end or an end on or after it.</summary>
    public static bool On(DateOnly? start, DateOnly? end, DateOnly date) => start is { } s && s <= date && (end is null || end >= date);

    /// <summary>
    /// In force some time in a calendar year: starts by its end and ends on or after its start. Without
    /// an end date it counts its start year only (a policy document counts in the year it is dated).
    /// </summary>
    public static bool During(DateOnly? start, DateOnly? end, int year) =>
        start is { } s && s.Year <= year && (end?.Year ?? s.Year) >= year;

    /// <summary>The calendar years <see cref="During"/> holds for (at most 31: a guard against bad dates).</summary>
    public static IEnumerable<int> Years(DateOnly? start, DateOnly? end)
    {
        if (start is not { } s) yield break;
        for (int y = s.Year; y <= Math.Min(end?.Year ?? s.Year, s.Year + 30); y++) yield return y;
    }
}
