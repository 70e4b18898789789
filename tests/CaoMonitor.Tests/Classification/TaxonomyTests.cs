using System.Text;
using CaoMonitor.Classification;

namespace CaoMonitor.Tests.Classification;

public class TaxonomyTests
{
    [Fact]
    public void Embedded_taxonomy_has_the_fifteen_codes_and_versions()
    {
        var t = Taxonomy.Embedded;
        Assert.Equal(15, t.Categories.Count);
        Assert.Equal(6, t.Categories.Count(c => c.Group == "VWNW"));
        Assert.Equal(9, t.Categories.Count(c => c.Group == "LLO"));
        Assert.All(t.Categories, c => Assert.False(string.IsNullOrWhiteSpace(c.Label)));
        Assert.Equal("1", t.Version);
        Assert.Matches(@"^\d+\.\d+\.\d+$", t.RulesVersion);
        Assert.Matches("^[0-9a-f]{12}$", t.RulesHash);
        var c = new ClauseClassifier(t);
        Assert.Equal($"1/{t.RulesVersion}", c.TaxonomyVersion);
        Assert.Contains(t.RulesHash, c.ClassifierVersion);
    }

    [Fact]
    public void File_in_the_repo_is_the_embedded_one_and_loads_from_a_path()
    {
        var fromPath = Taxonomy.Load(RepoPaths.TaxonomyFile);
        Assert.Equal(Taxonomy.Embedded.RulesHash, fromPath.RulesHash);
    }

    [Fact]
    public void Any_rule_change_changes_the_classifier_version()
    {
        var json = File.ReadAllText(RepoPaths.TaxonomyFile);
        var changed = Taxonomy.Parse(Encoding.UTF8.GetBytes(json.Replace("\"loopbaan-compound\"", "\"loopbaan-compound2\"")));
        Assert.NotEqual(Taxonomy.Embedded.RulesHash, changed.RulesHash);
        Assert.NotEqual(new ClauseClassifier().ClassifierVersion, new ClauseClassifier(changed).ClassifierVersion);
    }

    [Fact]
    public void Bad_taxonomy_is_rejected_with_the_rule_named()
    {
        const string json = """{"version":"1","rules_version":"9","categories":[{"code":"X.Y","group":"LLO","label":"x","triggers":[{"id":"broken","pattern":"(unclosed"}]}]}""";
        var e = Assert.Throws<InvalidDataException>(() => Taxonomy.Parse(Encoding.UTF8.GetBytes(json)));
        Assert.Contains("X.Y/broken", e.Message);
    }

    [Fact]
    public void A_shared_off_topic_rule_is_part_of_the_categories_it_names_only()
    {
        const string json = """
            {"version":"1","rules_version":"9","categories":[
              {"code":"A.X","group":"LLO","label":"a","off_topic":[{"id":"own","pattern":"eigen"}]},
              {"code":"B.X","group":"LLO","label":"b"},
              {"code":"C.X","group":"LLO","label":"c"}],
             "shared_off_topic":[{"id":"paperwork","categories":["A.X","C.X"],"pattern":"formulier"}]}
            """;
        var t = Taxonomy.Parse(Encoding.UTF8.GetBytes(json));
        Assert.Equal(["own", "paperwork"], t.Categories.Single(c => c.Code == "A.X").OffTopic.Select(r => r.Id));
        Assert.Empty(t.Categories.Single(c => c.Code == "B.X").OffTopic);
        Assert.Equal(["paperwork"], t.Categories.Single(c => c.Code == "C.X").OffTopic.Select(r => r.Id));
        var e = Assert.Throws<InvalidDataException>(() => Taxonomy.Parse(Encoding.UTF8.GetBytes(json.Replace("\"C.X\"]", "\"D.X\"]"))));
        Assert.Contains("paperwork names unknown category D.X", e.Message);
    }

    [Fact]
    public void Space_in_a_pattern_matches_whitespace_or_hyphens()
    {
        Assert.Equal(@"a[\s\-]+b[\s\-]*c[ x]", Taxonomy.ExpandSpaces("a b ?c[ x]"));
    }

    /// <summary>
    /// The keyword gate must never hide a trigger: on every text we have (our examples and the gold set
    /// when present), each trigger or title-pattern match contains one of its category's keywords.
    /// </summary>
    [Fact]
    public void Keyword_gate_covers_every_trigger_match()
    {
        var texts = Examples.Positive.SelectMany(r => new[] { r.Data.Item1, r.Data.Item2 })
            .Concat(Examples.NearMisses.SelectMany(r => new[] { r.Data.Item1, r.Data.Item2 })).ToList();
        if (File.Exists(RepoPaths.GoldFile))
            foreach (var g in GoldSet.Load(RepoPaths.GoldFile)) { texts.Add(g.Text); if (g.Title is not null) texts.Add(g.Title); }
        var misses = new List<string>();
        foreach (var c in Taxonomy.Embedded.Categories)
            foreach (var rule in c.Triggers.Concat(c.TitlePatterns))
                foreach (var text in texts)
                    foreach (var m in rule.Regex.EnumerateMatches(text))
                    {
                        var hit = text.Substring(m.Index, m.Length);
                        if (!c.Keywords.Any(k => hit.Contains(k, StringComparison.OrdinalIgnoreCase)))
                            misses.Add($"{c.Code}/{rule.Id}: '{hit}'");
                    }
        Assert.True(misses.Count == 0, string.Join("\n", misses.Distinct()));
    }
}
