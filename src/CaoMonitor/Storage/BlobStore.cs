using System.Security.Cryptography;

namespace CaoMonitor.Storage;

/// <summary>Originals by content: data/originals/ab/abcdef….pdf. Writing the same bytes twice is a no-op.</summary>
public sealed class BlobStore(string root)
{
    public string Root { get; } = root;

    public static string Sha256Of(string path)
    {
        using var fs = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(fs));
    }

    public string PathFor(string sha256, string extension) =>
        Path.Combine(Root, sha256[..2], sha256 + extension.ToLowerInvariant());

    /// <summary>Copies the file in under its hash; via a temporary name so a crash never leaves half a blob.</summary>
    public string Put(string sourcePath, string sha256)
    {
        var target = PathFor(sha256, Path.GetExtension(sourcePath));
        if (File.Exists(target)) return target;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var tmp = target + ".tmp-" + Guid.NewGuid().ToString("N");
        File.Copy(sourcePath, tmp);
        File.Move(tmp, target, overwrite: true);
        return target;
    }
}
