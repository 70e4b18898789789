using CaoMonitor.Extraction;
using CaoMonitor.Registry;

namespace CaoMonitor.Sources;

/// <summary>
/// Files under a folder (or single files), in a stable order, with the registry files found there.
/// A folder's registry.csv describes the files below it.
/// </summary>
public static class FolderSource
{
    public const string RegistryFileName = "registry.csv";

    public sealed record Listing(IReadOnlyList<SourceFile> Files, IReadOnlyList<string> RegistryFiles);

    public static Listing List(IEnumerable<string> paths)
    {
        var files = new List<SourceFile>();
        var registries = new List<string>();
        foreach (var raw in paths)
        {
            var path = Path.GetFullPath(raw);
            if (Directory.Exists(path))
            {
                var reg = Path.Combine(path, RegistryFileName);
                if (File.Exists(reg)) registries.Add(reg);
                foreach (var f in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                             .Where(Extractor.IsSupported).Order(StringComparer.Ordinal))
                    files.Add(new SourceFile(f, Path.GetRelativePath(path, f).Replace('\\', '/')));
            }
            else if (File.Exists(path))
                files.Add(new SourceFile(path, Path.GetFileName(path)));
            else
                throw new FileNotFoundException($"'{raw}' does not exist");
        }
        return new Listing(files, registries);
    }

    public static IReadOnlyList<RegistryEntry> ReadRegistries(IEnumerable<string> registryFiles) =>
        registryFiles.SelectMany(RegistryFile.Read).ToList();
}
