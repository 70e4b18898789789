namespace CaoMonitor.Tests.Classification;

internal static class RepoPaths
{
    /// <summary>The folder holding CaoMonitor.sln, found by walking up from the test binaries.</summary>
    public static string Root()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "CaoMonitor.sln"))) return d.FullName;
        throw new InvalidOperationException("CaoMonitor.sln not found above " + AppContext.BaseDirectory);
    }

    public static string GoldFile => Path.Combine(Root(), "tests", "CaoMonitor.Tests", "Classification", "Gold", "gold.jsonl");
    public static string TaxonomyFile => Path.Combine(Root(), "src", "CaoMonitor", "Classification", "taxonomy.v1.json");
}
