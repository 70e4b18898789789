namespace CaoMonitor.Tests.Support;

/// <summary>Paths of the repository, its fixtures and the shared folder beside it.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>../shared beside the repo; tests that need it skip with this message where it is absent.</summary>
    public static string Shared(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", relative));
        if (!File.Exists(path) && !Directory.Exists(path))
            Assert.Skip($"../shared/{relative} is not present beside this clone; this test needs the shared reference data.");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CaoMonitor.sln"))) return dir.FullName;
        throw new InvalidOperationException("CaoMonitor.sln not found above the test binaries");
    }
}

/// <summary>A temporary folder removed after the test.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("caomonitor-test-").FullName;
    public string File(string name) => System.IO.Path.Combine(Path, name);
    public string Sub(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;
    public void Dispose() { try { Directory.Delete(Path, recursive: true); } catch (IOException) { } }
}
