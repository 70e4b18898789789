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

    /// <summary>In force on a date: start on or before it, and no end or an end on or after it.</summary>
    public bool InForceOn(DateOnly date) => Start is { } s && s <= date && (End is null || End >= date);
}
