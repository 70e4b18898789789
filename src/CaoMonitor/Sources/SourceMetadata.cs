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
        var id = FallbackId(registryPath);
        var version = new CaoVersion(id, id, "", Type ?? DocumentType.Sector, Sector, null, null, null, null, null, registryPath);
        return new RegistryEntry(version, $"source:{sourceName}") { TypeKnown = Type is not null };
    }

    /// <summary>The same slug the pipeline derives for a file without a registry row.</summary>
    public static string FallbackId(string registryPath)
    {
        var lower = Path.ChangeExtension(registryPath, null).ToLowerInvariant();
        var chars = lower.Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '/' ? c : '-').ToArray();
        var slug = new string(chars);
        while (slug.Contains("--")) slug = slug.Replace("--", "-");
        return slug.Trim('-');
    }
}
