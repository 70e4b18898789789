namespace CaoMonitor.Tests.Analysis;

/// <summary>
/// Finds the shared data folder: ../shared from the solution root. Git worktrees live one level
/// deeper than the main checkout, so the ancestors of the solution root are tried after it.
/// </summary>
internal static class TestData
{
    public static string? SharedDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "CaoMonitor.sln"))) continue;
            for (var up = dir.Parent; up is not null; up = up.Parent)
            {
                var shared = Path.Combine(up.FullName, "shared");
                if (Directory.Exists(shared)) return shared;
            }
            return null;
        }
        return null;
    }
}
