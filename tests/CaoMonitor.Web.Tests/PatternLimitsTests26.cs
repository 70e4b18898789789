using System.Reflection;
using System.Text.RegularExpressions;

namespace CaoMonitor.Web.Tests;

/// <summary>The web assembly's source-generated patterns have the process-wide time limit too (PatternBudget, PatternLimits).</summary>
public class PatternLimitsTests26
{
    [Fact]
    public void EveryGeneratedPatternOfTheWebAppHasTheLimit()
    {
        var patterns = typeof(PatternLimits).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Regex: (Regex)m.Invoke(null, null)!))
            .ToList();
        Assert.True(patterns.Count >= 3, $"only {patterns.Count} generated patterns found");
        Assert.All(patterns, p => Assert.True(p.Regex.MatchTimeout == PatternBudget.Default && p.Regex.MatchTimeout != Regex.InfiniteMatchTimeout, $"{p.Name}: {p.Regex.MatchTimeout}"));
        // A message of the library still reads in Dutch (the patterns built at run time carry the limit explicitly).
        Assert.Equal("de zoekvraag is leeg", ErrorText.Dutch("the query is empty"));
    }
}
