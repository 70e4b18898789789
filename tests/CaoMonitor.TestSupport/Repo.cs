using Xunit;

namespace CaoMonitor.Tests.Support;

/// <summary>Paths of the repository, its fixtures and the shared folder beside it.</summary>
public static class Repo
{
    /// <summary>The folder holding CaoMonitor.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>
    /// The shared reference data: a folder `shared` beside the clone or above it (a git worktree sits
    /// one level deeper than the main checkout); null when there is none.
    /// </summary>
    public static string? SharedDir { get; } = FindShared();

    /// <summary>A path under ../shared; tests that need it skip with this message where it is absent.</summary>
    public static string Shared(string relative)
    {
        var path = SharedDir is null ? null : Path.GetFullPath(Path.Combine(SharedDir, relative));
        if (path is null || (!File.Exists(path) && !Directory.Exists(path)))
            Assert.Skip($"../shared/{relative} is not present beside this clone; this test needs the shared reference data.");
        return path!;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CaoMonitor.sln"))) return dir.FullName;
        throw new InvalidOperationException("CaoMonitor.sln not found above the test binaries");
    }

    private static string? FindShared()
    {
        for (var up = new DirectoryInfo(Root).Parent; up is not null; up = up.Parent)
        {
            var shared = Path.Combine(up.FullName, "shared");
            if (Directory.Exists(shared)) return shared;
        }
        return null;
    }
}

/// <summary>A temporary folder removed after the test.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir(string prefix = "caomonitor-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }
    public string File(string name) => System.IO.Path.Combine(Path, name);
    public string Sub(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;
    public void Dispose() { try { Directory.Delete(Path, recursive: true); } catch (IOException) { } }
}
