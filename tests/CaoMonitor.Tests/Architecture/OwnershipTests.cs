using System.Reflection;
using System.Text.RegularExpressions;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Architecture;

/// <summary>
/// Each stage owns its tables and runs its own SQL; the faces call the stages' typed surfaces. These
/// tests read the sources of the faces and the library's public surface, so a shortcut fails the build's tests.
/// </summary>
public class OwnershipTests
{
    /// <summary>The faces that must not hold SQL.</summary>
    public static readonly string[] Faces = ["src/CaoMonitor.Web", "src/CaoMonitor.Cli", "jobs"];

    /// <summary>Files of a face with a database of their own, not the document store, and why.</summary>
    private static readonly Dictionary<string, string> OwnDatabase = new()
    {
        ["src/CaoMonitor.Web/Users.cs"] = "the web's login accounts in data/users.db, apart from the documents",
        ["jobs/CaoMonitor.Jobs/Jobs/MaintenanceJob.cs"] = "copies Hangfire's data/jobs.db with SQLite's online backup (no SQL)",
    };

    private static readonly Regex[] Sql =
    [
        new(@"\bSELECT\b[\s\S]{1,400}?\bFROM\b"),
        new(@"\bINSERT\s+INTO\b"),
        new(@"\bUPDATE\s+\w+\s+SET\b"),
        new(@"\bDELETE\s+FROM\b"),
        new(@"\b(?:CREATE|DROP|ALTER)\s+(?:TEMP\s+|VIRTUAL\s+)?(?:TABLE|VIEW|INDEX)\b"),
        new(@"\bPRAGMA\s+\w+"),
        new(@"\bMicrosoft\.Data\.Sqlite\b|\bSqlite(?:Connection|Command|DataReader|Transaction)\b"),
        new(@"\b(?:effective_labels|current_documents|clause_classification|review_decisions|clause_fts)\b"),
    ];

    internal static IEnumerable<string> SqlIn(string source) => Sql.SelectMany(r => r.Matches(source)).Select(m => m.Value);

    [Fact]
    public void TheDetectorRecognisesSqlAndLeavesCodeAlone()
    {
        Assert.NotEmpty(SqlIn("var rows = store.Query(\"SELECT id, name\\n FROM documents WHERE x = 1\");"));
        Assert.NotEmpty(SqlIn("\"DELETE FROM labels WHERE clause_id = $c\""));
        Assert.NotEmpty(SqlIn("using Microsoft.Data.Sqlite;"));
        Assert.NotEmpty(SqlIn("FROM effective_labels e"));
        Assert.Empty(SqlIn("var labels = new LabelStore(store).Find(new LabelQuery { Category = \"LLO\" }); // select a category from the list"));
    }

    [Fact]
    public void NoFaceHoldsSqlAgainstTheStore()
    {
        var found = new List<string>();
        foreach (var face in Faces)
        {
            var dir = Path.Combine(Repo.Root, face);
            Assert.True(Directory.Exists(dir), $"{face} is not a folder");
            foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Repo.Root, file).Replace('\\', '/');
                if (relative.Contains("/obj/") || relative.Contains("/bin/") || OwnDatabase.ContainsKey(relative)) continue;
                found.AddRange(SqlIn(File.ReadAllText(file)).Select(sql => $"{relative}: {sql.Split('\n')[0].Trim()}"));
            }
        }
        Assert.True(found.Count == 0, "SQL in a face (call the owning stage's store instead):\n" + string.Join("\n", found));
    }

    [Fact]
    public void TheLibrarysPublicSurfaceExposesNoSqliteType()
    {
        // The clause-writer seam, the stores and every other public member: what a face can reach.
        var leaks = new List<string>();
        foreach (var type in typeof(CaoStore).Assembly.GetExportedTypes())
        {
            const BindingFlags Visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var m in type.GetMethods(Visible).Where(m => !m.IsSpecialName))
                if (new[] { m.ReturnType }.Concat(m.GetParameters().Select(p => p.ParameterType)).Any(IsSqlite)) leaks.Add($"{type.Name}.{m.Name}");
            foreach (var p in type.GetProperties(Visible))
                if (IsSqlite(p.PropertyType)) leaks.Add($"{type.Name}.{p.Name}");
            foreach (var c in type.GetConstructors())
                if (c.GetParameters().Any(p => IsSqlite(p.ParameterType))) leaks.Add($"{type.Name} constructor");
        }
        Assert.True(leaks.Count == 0, "public members with SQLite types: " + string.Join(", ", leaks));
    }

    private static bool IsSqlite(Type t) =>
        t.Namespace?.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal) == true
        || (t.IsGenericType && t.GetGenericArguments().Any(IsSqlite))
        || (t.HasElementType && IsSqlite(t.GetElementType()!));
}
