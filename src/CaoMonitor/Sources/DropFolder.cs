using CaoMonitor.Extraction;

namespace CaoMonitor.Sources;

/// <summary>
/// A folder that people (or other programs) drop documents into. A file is offered for ingest only
/// once it looks finished: the same size and modification time on two polls in a row, and nobody
/// holding it open for writing. That keeps a half-copied PDF from being read.
/// </summary>
public static class DropFolder
{
    /// <summary>What a poll sees of one file; equal observations on consecutive polls mean "stable".</summary>
    public sealed record Observation(string RelativePath, string FullPath, long Size, long ModifiedTicks)
    {
        public string Signature => $"{Size}:{ModifiedTicks}";
    }

    /// <summary>Supported files below the folder (registry.csv and partial downloads excluded), in a stable order.</summary>
    public static IReadOnlyList<Observation> Observe(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var list = new List<Observation>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                     .Where(Extractor.IsSupported).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Name.StartsWith('.') || info.Name.StartsWith('~')) continue; // editors' lock and temp files
            list.Add(new Observation(Path.GetRelativePath(folder, path).Replace('\\', '/'), path, info.Length, info.LastWriteTimeUtc.Ticks));
        }
        return list;
    }

    /// <summary>
    /// True when no other process has the file open for writing. On Linux advisory locks are not
    /// mandatory, so this is a second guard after the size/time check, not the only one.
    /// </summary>
    public static bool CanOpenExclusively(string path)
    {
        try
        {
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    /// <summary>The registry file next to the dropped documents, if there is one.</summary>
    public static string? RegistryFile(string folder)
    {
        var path = Path.Combine(folder, FolderSource.RegistryFileName);
        return File.Exists(path) ? path : null;
    }
}
