using CaoMonitor.Domain;

namespace CaoMonitor.Registry;

/// <summary>A registry row: the cao version's metadata, plus the ministry's fields where it came from there.</summary>
public sealed record RegistryEntry(CaoVersion Version, string Source)
{
    /// <summary>False when the row named no type; the store then keeps what it had.</summary>
    public bool TypeKnown { get; init; } = true;
    public int? EmployeesCao { get; init; }
    public int? EmployeesAvv { get; init; }
    public string? CaoCode { get; init; }
    public string? SbiCode { get; init; }
}
