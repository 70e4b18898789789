using CaoMonitor.Domain;
using CaoMonitor.Registry;

namespace CaoMonitor.Sources;

/// <summary>
/// What a watched source says about every document it delivers (type, sector), for files no
/// registry row describes. Written as a registry row so the ingest pipeline treats it like any other.
/// </summary>
public sealed record SourceMetadata(DocumentType? Type, string? Sector)
{
    public static readonly SourceMetadata None = new(null, null);

    public bool IsEmpty => Type is null && Sector is null;

    /// <summary>
    /// A registry row for one delivered file, keyed like the pipeline's fallback identity so the
    /// document keeps its id whether or not the source supplied metadata.
    /// </summary>
    public RegistryEntry ToRegistryEntry(string registryPath, string sourceName)
    {
        var version = CaoVersion.Unregistered(registryPath) with { Type = Type ?? DocumentType.Sector, Sector = Sector };
        return new RegistryEntry(version, $"source:{sourceName}") { TypeKnown = Type is not null };
    }
}
