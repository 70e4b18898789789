using System.Text.RegularExpressions;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Jobs.Tests;

/// <summary>jobs/ is a face: it calls the stages and Hangfire, and writes no SQL of its own.</summary>
public partial class NoSqlTests
{
    [GeneratedRegex(@"\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|VIEW)|ALTER\s+TABLE|DROP\s+TABLE|PRAGMA\s+\w+|\.CreateCommand\(|CommandText)", RegexOptions.IgnoreCase)]
    private static partial Regex Sql();

    [Fact]
    public void TheJobsHoldNoSql()
    {
        var folder = Path.Combine(Repo.Root, "jobs");
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.NotEmpty(files);
        var found = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => Sql().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Repo.Root, x.f)}:{x.i + 1}: {x.line.Trim()}").ToList();
        Assert.True(found.Count == 0, "SQL in jobs/:\n" + string.Join("\n", found));
        // The check itself catches SQL.
        Assert.Matches(Sql(), "cmd.CommandText = \"SELECT count(*) FROM documents\"");
    }
}
