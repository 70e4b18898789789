using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaoMonitor.Classification;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// The classifier's prefilter (<see cref="RequiredLiterals"/>, <see cref="TieredRegex.MayMatch"/>): a pattern is skipped
/// only where it cannot match, so every answer stays what the pattern alone gives.
/// </summary>
public class RequiredLiteralsTests
{
    const RegexOptions O = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    static IReadOnlyList<string>? Of(string pattern) => RequiredLiterals.Of(Taxonomy.ExpandSpaces(pattern), O);

    [Theory]
    // A run every match spells out; of two, the one with fewer alternatives.
    [InlineData(@"\b(opleidings|ontwikkel)budget\w*", "budget")]
    // A literal every branch requires on its own.
    [InlineData(@"\b(heeft geen|kent geen|geen (\w+ ){0,2}recht)\b", "geen")]
    // Else one literal of each branch.
    [InlineData(@"\bbudget\w*|\bmiddelen\b", "budget,middelen")]
    // An optional part requires nothing; what follows it still does.
    [InlineData(@"(opleidings)?budget", "budget")]
    // A lookbehind's text need not be in the match; the rest is.
    [InlineData(@"(?<!niet )\bbeschikt\b", "beschikt")]
    // At least one repetition keeps the literal.
    [InlineData(@"(budget )+\w+", "budget")]
    public void Derives_the_literals_every_match_contains(string pattern, string expected) =>
        Assert.Equal(expected.Split(','), Of(pattern));

    [Theory]
    [InlineData(@"(budget)?\w+")]          // optional: nothing required
    [InlineData(@"\w+|budget")]             // one branch requires nothing
    [InlineData(@"(?=budget)\w+")]          // a lookahead may look past the match
    [InlineData(@"\d+ uur|€")]              // a branch without letters gives none
    [InlineData(@"b(u|o)dg")]               // runs of under three letters are worth nothing
    [InlineData(@"(?x) budget # comment")]  // free-spacing mode reads spaces and # differently
    [InlineData(@"(budget)\1")]             // backreferences are not read
    public void Gives_no_literals_where_unsure_or_useless(string pattern) => Assert.Null(Of(pattern));

    [Fact]
    public void An_optional_letter_breaks_the_run_instead_of_joining_across_it()
    {
        // "opleid(ings)?budget" must not require "opleidingsbudget" (or "opleidbudget"): both spellings match.
        var t = new TieredRegex(@"opleid(ings)?budget", O, Taxonomy.MatchTimeout);
        Assert.Contains(Assert.Single(t.Literals!), new[] { "opleid", "budget" });
        Assert.True(t.IsMatch("een opleidbudget"));
        Assert.True(t.IsMatch("een Opleidingsbudget"));
        Assert.False(t.MayMatch("een leerplan"));
    }

    [Fact]
    public void Other_options_give_no_literals() =>
        Assert.Null(RequiredLiterals.Of("budget", O | RegexOptions.IgnorePatternWhitespace));

    [Fact]
    public void A_text_with_the_kelvin_sign_is_never_skipped()
    {
        // With IgnoreCase the pattern's k matches U+212A; the ordinal search for "werknemer" does not find it there.
        var t = new TieredRegex("werknemer", O, Taxonomy.MatchTimeout);
        Assert.Equal(["werknemer"], t.Literals);
        var text = "de wer\u212Anemer";
        Assert.Matches(new Regex("werknemer", O), text);
        Assert.True(t.MayMatch(text));
        Assert.True(t.IsMatch(text));
        Assert.Single(t.Matches(text));
    }

    [Fact]
    public void Regex_and_the_literal_search_fold_the_same_characters_but_for_the_kelvin_sign()
    {
        // Every character the regex takes as a case variant of an ASCII letter or digit, against what an ordinal
        // case-insensitive search of a literal finds: the same, except k, which the regex also matches as U+212A.
        var all = new string(Enumerable.Range(0, 0x10000).Where(i => i is < 0xD800 or > 0xDFFF).Select(i => (char)i).ToArray());
        foreach (var c in "abcdefghijklmnopqrstuvwxyz0123456789")
        {
            var byRegex = new Regex(Regex.Escape(c.ToString()), O).Matches(all).Select(m => m.Value[0]).ToHashSet();
            var values = SearchValues.Create([c.ToString()], StringComparison.OrdinalIgnoreCase);
            var bySearch = all.Where(ch => ch.ToString().AsSpan().IndexOfAny(values) >= 0).ToHashSet();
            if (c == 'k') Assert.True(byRegex.Remove(TieredRegex.KelvinSign));
            Assert.True(byRegex.SetEquals(bySearch), $"{c}: regex [{string.Concat(byRegex)}] search [{string.Concat(bySearch)}]");
        }
    }

    [Fact]
    public void Every_taxonomy_rule_finds_the_same_matches_with_and_without_the_prefilter()
    {
        var tx = Taxonomy.Embedded;
        var rules = new List<Rule>();
        rules.AddRange(tx.StrengthCues); rules.AddRange(tx.NegationCues); rules.AddRange(tx.ConditionCues); rules.AddRange(tx.PurposeCues);
        rules.AddRange(tx.GlobalBlockers); rules.AddRange(tx.NeutralCues); rules.AddRange(tx.MentionCues); rules.AddRange(tx.BeneficiaryCues);
        rules.AddRange(tx.NoiseLines);
        foreach (var c in tx.Categories)
        {
            rules.AddRange(c.Triggers); rules.AddRange(c.Context); rules.AddRange(c.TitlePatterns); rules.AddRange(c.Exclusions);
            rules.AddRange(c.Blockers); rules.AddRange(c.ContextRequiredWhen); rules.AddRange(c.Requires); rules.AddRange(c.SentenceRequires);
            rules.AddRange(c.OffTopic);
        }
        // Most rules have literals (else the prefilter would be pointless).
        Assert.True(rules.Count(r => r.Source.Literals is not null) > rules.Count * 3 / 4);
        var texts = File.ReadLines(RepoPaths.GoldFile).Select(l => JsonDocument.Parse(l).RootElement)
            .SelectMany(e => new[] { e.GetProperty("text").GetString(), e.TryGetProperty("title", out var t) ? t.GetString() : null })
            .OfType<string>().ToList();
        Assert.True(texts.Count > 100);
        int skipped = 0;
        foreach (var r in rules)
            foreach (var text in texts)
            {
                var plain = r.Regex.EnumerateMatches(text);
                var expected = new List<(int, int)>();
                foreach (var m in plain) expected.Add((m.Index, m.Length));
                var actual = new List<(int, int)>();
                foreach (var m in r.EnumerateMatches(text)) actual.Add((m.Index, m.Length));
                Assert.Equal(expected, actual);
                Assert.Equal(expected.Count > 0, r.IsMatch(text));
                if (!r.Source.MayMatch(text)) skipped++;
            }
        Assert.True(skipped > 0);
    }
}
