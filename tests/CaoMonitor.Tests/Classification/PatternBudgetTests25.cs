using System.Diagnostics;
using System.Text.RegularExpressions;
using CaoMonitor.Classification;
using CaoMonitor.Domain;
using CaoMonitor.Ingestion;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Session 25: a classifier pattern's budget is processor time, not wall time (TieredRegex). The full test run at load 15-21 on
/// 2 cores failed a bundled document now and then with a RegexMatchTimeoutException: the wall-clock timeout counted the JIT
/// compiling a pattern inside its first compiled match and the time the thread waited for a core. A match that runs out of its
/// wall-clock slice is now run again with a longer slice while it did little work; only real work (a text too hard for the
/// pattern) fails, and the failure names the pattern. The slow texts here are crafted; the first slice is shrunk on the test's
/// own thread (TieredRegex.FirstSliceForTests) to stand in for a machine so busy that a match gets only that much of it.
/// </summary>
public class PatternBudgetTests25
{
    // Cubic backtracking at one spot: three overlapping loops before a character the text lacks. Legitimate work (it ends),
    // tens of milliseconds for a few hundred letters, far more than a 2 ms slice.
    const string Cubic = @"(?<=#)[a-z]*[a-y]*[a-x]*!";

    /// <summary>A text of "#" and letters on which <see cref="Cubic"/> takes at least <paramref name="atLeast"/> of work.</summary>
    static string SlowLetters(TimeSpan atLeast)
    {
        var plain = new Regex(Cubic, RegexOptions.CultureInvariant);
        for (int n = 100; ; n = n * 5 / 4)
        {
            var letters = "#" + new string('a', n);
            var before = ThreadTime.Now();
            plain.IsMatch(letters);
            if (ThreadTime.Now() - before >= atLeast || n > 5000) return letters;
        }
    }

    static readonly Lazy<string> Letters = new(() => SlowLetters(TimeSpan.FromMilliseconds(30)));

    static T Starved<T>(Func<T> run, TimeSpan firstSlice)
    {
        TieredRegex.FirstSliceForTests = firstSlice;
        try { return run(); }
        finally { TieredRegex.FirstSliceForTests = null; }
    }

    [Fact]
    public void A_match_that_ran_out_of_its_first_slice_without_doing_its_budget_of_work_is_run_again_and_gives_the_same_answer()
    {
        var t = new TieredRegex(Cubic, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10), "test/cubic");
        var text = "12 " + Letters.Value + "! 34";
        var plain = new Regex(Cubic, RegexOptions.CultureInvariant);
        Assert.Equal(plain.IsMatch(text), Starved(() => t.IsMatch(text), TimeSpan.FromMilliseconds(2)));
        var m = Starved(() => t.Match(text), TimeSpan.FromMilliseconds(2));
        Assert.Equal((plain.Match(text).Index, plain.Match(text).Length), (m.Index, m.Length));
        var slow = Letters.Value;
        Assert.False(Starved(() => t.IsMatch(slow), TimeSpan.FromMilliseconds(2)));
        // Before session 25 the engine's own timeout ended the match: the same slice on a bare Regex.
        Assert.Throws<RegexMatchTimeoutException>(() => new Regex(Cubic, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(2)).IsMatch(slow));
    }

    [Theory]
    [InlineData(@"\d+|" + Cubic)]
    [InlineData(@"\d*(?=\s)|" + Cubic)]    // empty matches before spaces: the search goes on one further after them
    [InlineData(@"(?<![\d.])\d{1,2}(?!\d)|" + Cubic)]
    public void Matches_found_one_at_a_time_go_on_where_they_stopped(string pattern)
    {
        var text = "12 3 45 " + Letters.Value + " 6 78 9";
        var t = new TieredRegex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10), "test/enumerate");
        var plain = new Regex(pattern, RegexOptions.CultureInvariant);
        var expected = new List<(int, int)>();
        foreach (var m in plain.EnumerateMatches(text)) expected.Add((m.Index, m.Length));
        var found = Starved(() =>
        {
            var list = new List<(int, int)>();
            foreach (var m in t.EnumerateMatches(text)) list.Add((m.Index, m.Length));
            return list;
        }, TimeSpan.FromMilliseconds(2));
        Assert.Equal(expected, found);
        var all = Starved(() => t.Matches(text).Select(m => (m.Index, m.Length)).ToList(), TimeSpan.FromMilliseconds(2));
        Assert.Equal(expected, all);
    }

    [Fact]
    public void A_hostile_text_still_fails_alone_and_names_the_pattern()
    {
        // Nested quantifiers on a text that almost matches: exponential backtracking, never ends in practice.
        var t = new TieredRegex(@"^(\w+\s?)+$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200), "test/hostile");
        var hostile = string.Concat(Enumerable.Repeat("woord", 12)) + "!";
        var wall = Stopwatch.StartNew();
        var e = Assert.Throws<PatternTimeoutException>(() => t.IsMatch(hostile));
        Assert.Equal("test/hostile", e.PatternName);
        Assert.True(e.Attempts >= 2, $"{e.Attempts} attempts");
        Assert.Contains("test/hostile", e.Message);
        Assert.True(wall.Elapsed < TimeSpan.FromSeconds(30), $"{wall.Elapsed}");
        // The same text fails in a search for every match as well.
        Assert.Throws<PatternTimeoutException>(() => { foreach (var _ in t.EnumerateMatches(hostile)) { } });
        // And the pattern still answers at once on an ordinary text.
        Assert.True(t.IsMatch("een gewone regel tekst"));
    }

    [Fact]
    public void The_decision_is_the_processor_time_of_the_attempt_not_the_wall_time()
    {
        var budget = TimeSpan.FromSeconds(2);
        var t = new TieredRegex(@"x", RegexOptions.None, budget, "test/decision");
        var timeout = new RegexMatchTimeoutException("x", "x", budget);
        var now = TimeSpan.FromSeconds(100);
        TieredRegex.ClockForTests = () => now;
        try
        {
            // The first attempt is not measured: always one more.
            Assert.Equal(budget, t.Retry(timeout, 0, default, 1).MatchTimeout);
            // A retry that got a quarter of its budget of processor time was starved: twice the slice next.
            var start = now - budget / 4;
            Assert.Equal(budget * 2, t.Retry(timeout, 1, start, 1).MatchTimeout);
            Assert.Equal(budget * 8, t.Retry(timeout, 3, start, 1).MatchTimeout);
            // One that used half its budget of work did not finish because the text is too hard.
            var e = Assert.Throws<PatternTimeoutException>(() => t.Retry(timeout, 1, now - budget / 2, 1));
            Assert.Equal(2, e.Attempts);
            // A thread that never gets processor time still stops after the last retry.
            Assert.Throws<PatternTimeoutException>(() => t.Retry(timeout, TieredRegex.MaxRetries, now, 1));
        }
        finally { TieredRegex.ClockForTests = null; }
    }

    [Fact]
    public void The_thread_clock_measures_work_not_waiting()
    {
        Assert.True(ThreadTime.Available || !(OperatingSystem.IsLinux() || OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()));
        var before = ThreadTime.Now();
        Thread.Sleep(300);
        var slept = ThreadTime.Now() - before;
        Assert.True(slept < TimeSpan.FromMilliseconds(100), $"{slept.TotalMilliseconds} ms while asleep");
        before = ThreadTime.Now();
        var spin = Stopwatch.StartNew();
        double x = 0;
        while (ThreadTime.Now() - before < TimeSpan.FromMilliseconds(50)) x += Math.Sqrt(spin.ElapsedTicks);
        Assert.True(x > 0);
    }

    [Fact]
    public void The_classifier_gives_the_same_labels_when_every_first_attempt_gets_almost_no_time()
    {
        var classifier = new ClauseClassifier();
        var clauses = new[]
        {
            new ClauseInput("De werkgever stelt iedere werknemer jaarlijks een persoonlijk ontwikkelbudget van € 600 beschikbaar voor scholing naar eigen keuze.", "Ontwikkelbudget"),
            new ClauseInput("1. Bij een reorganisatie biedt de werkgever de boventallige werknemer een van-werk-naar-werktraject aan van ten hoogste zes maanden.\n2. De kosten van het traject komen voor rekening van de werkgever.", "Sociaal plan", "Hoofdstuk 9 Reorganisatie"),
            new ClauseInput("Begrippen\nA\nLoopbaanscan : een onderzoek naar de mogelijkheden van de werknemer.\nOpleidingsfonds : de stichting die scholing in de sector bevordert.\nB\nWerkgever : iedere natuurlijke persoon of rechtspersoon.", "Definities"),
            new ClauseInput("Artikel 12 Loopbaangesprek\nDe werknemer heeft eens per twee jaar recht op een loopbaangesprek met een externe adviseur; de werkgever betaalt de kosten.", null),
        };
        var calm = clauses.Select(c => Describe(classifier.Classify(c))).ToList();
        var starved = Starved(() => clauses.Select(c => Describe(classifier.Classify(c))).ToList(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(calm, starved);
        Assert.Contains(calm, l => l.Length > 0);
    }

    static string Describe(IReadOnlyList<Label> labels) =>
        string.Join("|", labels.Select(l => $"{l.Code}:{l.Strength}:{string.Join(",", l.Evidence)}:{string.Join(",", l.Rules)}:{l.Attributes}"));

    [Fact]
    public void Patterns_carry_the_name_a_timeout_reports()
    {
        var tx = Taxonomy.Embedded;
        var c = tx.Categories.First(c => c.Triggers.Count > 0);
        Assert.Equal($"{c.Code}/{c.Triggers[0].Id}", c.Triggers[0].Source.Name);
        Assert.Equal($"noise/{tx.NoiseLines[0].Id}", tx.NoiseLines[0].Source.Name);
    }

    [Fact]
    public void An_ingest_failure_from_a_pattern_says_timeout_and_names_the_pattern()
    {
        var t = new TieredRegex(@"^(\w+\s?)+$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50), "LLO.TEST/nested");
        var e = Assert.Throws<PatternTimeoutException>(() => t.IsMatch(string.Concat(Enumerable.Repeat("regel", 12)) + "!"));
        var (reason, message) = IngestPipeline.Unexpected(e);
        Assert.Equal("timeout", reason);
        Assert.Contains("LLO.TEST/nested", message);
        // A timeout of a pattern outside the classifier names its pattern too; other exceptions stay internal.
        Assert.Equal("timeout", IngestPipeline.Unexpected(new RegexMatchTimeoutException("tekst", @"(a+)+b", TimeSpan.FromSeconds(1))).Reason);
        Assert.Contains("(a+)+b", IngestPipeline.Unexpected(new RegexMatchTimeoutException("tekst", @"(a+)+b", TimeSpan.FromSeconds(1))).Message);
        Assert.Equal("internal", IngestPipeline.Unexpected(new InvalidOperationException("x")).Reason);
    }
}
