using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Classification;

internal static class RepoPaths
{
    public static string GoldFile => Path.Combine(Repo.Root, "tests", "CaoMonitor.Tests", "Classification", "Gold", "gold.jsonl");
    public static string TaxonomyFile => Path.Combine(Repo.Root, "src", "CaoMonitor", "Classification", "taxonomy.v1.json");
}
