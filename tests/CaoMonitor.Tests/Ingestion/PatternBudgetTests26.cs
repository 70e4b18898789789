using System.Reflection;
using System.Text.RegularExpressions;
using CaoMonitor.Classification;
using CaoMonitor.Ingestion;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Ingestion;

/// <summary>
/// Every text pattern outside the classifier has a time limit (PatternBudget): the source-generated ones through the
/// process's default match timeout, the few built at run time explicitly; an ingest stage whose pattern runs out of it
/// fails as a timeout naming the stage, after retries when the machine was only busy. (A hostile document in a real batch:
/// PatternTimeoutCliTests26.)
/// </summary>
public class PatternBudgetTests26
{
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [Fact]
    public void EveryGeneratedPatternOfTheLibraryHasTheProcessWideLimit()
    {
        var patterns = GeneratedPatterns(typeof(PatternBudget).Assembly);
        Assert.True(patterns.Count > 150, $"only {patterns.Count} generated patterns found");
        Assert.NotEqual(Regex.InfiniteMatchTimeout, PatternBudget.Default);
        // But the clock-free builds of the hottest per-line patterns, each beside the same pattern with the limit (PatternBudgetTests27).
        Assert.All(patterns, p => Assert.True(p.Regex.MatchTimeout == PatternBudget.Default
            || p.Regex.MatchTimeout == Regex.InfiniteMatchTimeout && p.Name.EndsWith("Short", StringComparison.Ordinal), $"{p.Name}: {p.Regex.MatchTimeout}"));
        Assert.Equal(PatternBudget.Default, AppContext.GetData(PatternBudget.AppContextKey));
    }

    /// <summary>The patterns of [GeneratedRegex] methods and properties in an assembly, by "Type.Member".</summary>
    internal static List<(string Name, Regex Regex)> GeneratedPatterns(Assembly assembly) =>
        [.. assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.IsStatic && m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .Select(m => ($"{m.DeclaringType!.Name}.{m.Name}", (Regex)m.Invoke(null, null)!))];

    /// <summary>Patterns built at run time (not generated, not the classifier's TieredRegex) pass a time limit themselves:
    /// the Regex class's own default is read by the first Regex the process builds, which need not come after ours.</summary>
    static readonly Regex StatementEnd = new(@";[ \t]*(?:\r?\n|//)", RegexOptions.None, Limit);

    [Fact]
    public void PatternsBuiltAtRunTimeSayTheirLimit()
    {
        var built = new Regex(@"\bnew\s+(?:System\.Text\.RegularExpressions\.)?Regex\s*\(|\bRegex\.(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches)\s*\(");
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.EndsWith("TieredRegex.cs")) continue;
            var text = File.ReadAllText(file);
            foreach (Match m in built.Matches(text))
            {
                // To the end of the statement: a semicolon that ends a line (patterns may hold one).
                var end = StatementEnd.Match(text, m.Index);
                var statement = text[m.Index..(end.Success ? end.Index : text.Length)];
                if (!statement.Contains("PatternBudget.Default") && !statement.Contains("Timeout"))
                    missing.Add($"{Path.GetFileName(file)}: {statement.Split('\n')[0].Trim()}");
            }
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void AStageSlowedDownByABusyMachineRunsAgain()
    {
        var cpu = TimeSpan.Zero;
        PatternBudget.ClockForTests = () => cpu;
        try
        {
            int runs = 0;
            var result = PatternBudget.Run("segment", () =>
            {
                runs++;
                cpu += TimeSpan.FromMilliseconds(50); // little real work: the wall clock ran out because the thread waited
                if (runs == 1) throw new RegexMatchTimeoutException("een gewone regel", "^x+$", Limit);
                return "klaar";
            });
            Assert.Equal(("klaar", 2), (result, runs));
        }
        finally { PatternBudget.ClockForTests = null; }
    }

    [Fact]
    public void AStageThatWorkedThroughItsLimitFailsAtOnceNamingTheStage()
    {
        var cpu = TimeSpan.Zero;
        PatternBudget.ClockForTests = () => cpu;
        try
        {
            int runs = 0;
            var e = Assert.Throws<StageTimeoutException>(() => PatternBudget.Run<int>("normalise", () =>
            {
                runs++;
                cpu += TimeSpan.FromSeconds(6); // half the limit or more of processor time: the text is too hard for the pattern
                throw new RegexMatchTimeoutException(new string('…', 40), @"(?:…+)[\s.…]*\d", Limit);
            }));
            Assert.Equal(1, runs);
            Assert.Equal(("normalise", 40, 1), (e.Stage, e.InputLength, e.Attempts));
            Assert.StartsWith("the normalise stage: a text pattern", e.Message);
            Assert.Contains("40 characters", e.Message);
            var (reason, message) = IngestPipeline.Unexpected(e);
            Assert.Equal(("timeout", e.Message), (reason, message));
        }
        finally { PatternBudget.ClockForTests = null; }
    }

    [Fact]
    public void AStageThatKeepsRunningOutOfWallClockTimeFailsAfterItsAttempts()
    {
        var cpu = TimeSpan.Zero;
        PatternBudget.ClockForTests = () => cpu;
        try
        {
            int runs = 0;
            var e = Assert.Throws<StageTimeoutException>(() => PatternBudget.Run<int>("cover page", () =>
            {
                runs++;
                cpu += TimeSpan.FromMilliseconds(100);
                throw new RegexMatchTimeoutException("tekst", "(a+)+$", Limit);
            }));
            Assert.Equal(PatternBudget.MaxAttempts, runs);
            Assert.Equal("cover page", e.Stage);
            Assert.Contains($"({PatternBudget.MaxAttempts} attempts", e.Message);
        }
        finally { PatternBudget.ClockForTests = null; }
    }

    [Fact]
    public void TheClassifiersOwnTimeoutsAndOtherErrorsPassThrough()
    {
        int runs = 0;
        var classifier = Record.Exception(() => PatternBudget.Run<int>("segment", () =>
        {
            runs++;
            throw new PatternTimeoutException("LLO.TEST/1", "(a+)+$", Limit, 5, 1, new RegexMatchTimeoutException("aaaab", "(a+)+$", Limit));
        }));
        Assert.IsType<PatternTimeoutException>(classifier);
        Assert.Equal(1, runs);
        Assert.Throws<InvalidOperationException>(() => PatternBudget.Run<int>("segment", () => throw new InvalidOperationException("kapot")));
    }
}
