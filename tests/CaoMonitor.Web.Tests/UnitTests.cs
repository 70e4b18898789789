using CaoMonitor.Domain;
using CaoMonitor.Web.Pages;

namespace CaoMonitor.Web.Tests;

public sealed class UnitTests
{
    [Fact]
    public void Html_holes_are_encoded_and_markup_is_not()
    {
        var evil = "<script>alert('x')</script> & \"q\"";
        var m = Html.M($"<p title=\"{evil}\">{evil}{new Markup("<b>ok</b>")}</p>");
        Assert.Equal("<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;<b>ok</b></p>", m.Value);
    }

    [Fact]
    public void Evidence_highlighting_marks_spans_and_encodes_the_rest()
    {
        var m = Labels.Highlight("a <b> recht op budget", [new Span(6, 14), new Span(12, 21), new Span(100, 120)]);
        Assert.Equal("a &lt;b&gt; <mark class=\"ev\">recht op budget</mark>", m.Value);
    }

    [Fact]
    public void Word_diff_marks_changed_words_only()
    {
        var d = WordDiff.Diff("De werknemer ontvangt € 500 per jaar.", "De werknemer ontvangt € 750 per  jaar.");
        Assert.Equal("De werknemer ontvangt € <del>500</del> <ins>750</ins> per jaar.", WordDiff.Render(d).Value);
        Assert.False(WordDiff.Changed(WordDiff.Diff("a  b\nc", "a b c")));
    }

    [Fact]
    public void Classifier_rules_read_as_Dutch_sentences_not_rule_ids()
    {
        var m = Labels.RulesDutch(["LLO.BUDGET:trigger:budget-compound", "LLO.BUDGET:title:ontwikkelbudget", "strength:heeft-recht-op", "attr:amount", "LLO.FONDS:blocker:pensioen"]);
        Assert.Equal("<span class=\"rules\">herkend aan ‘budget compound’ (trefwoord), ‘ontwikkelbudget’ (titel); sterkte volgens ‘heeft recht op’; bedrag gevonden; tegengehouden door ‘pensioen’</span>", m.Value);
        Assert.Contains("standaard van de categorie", Labels.RulesDutch(["strength:default"]).Value);
    }

    [Fact]
    public void Moments_are_shown_in_Dutch_in_Dutch_time()
    {
        Assert.Equal("3 december 2026, 10:17", Labels.DutchTime("2026-12-03T09:17:00Z"));
        Assert.Equal("1 juli 2026, 14:05", Labels.DutchTime("2026-07-01T12:05:00Z")); // summer time
        Assert.Equal("onbekend", Labels.DutchTime("onbekend"));
    }

    [Theory]
    [InlineData("unclosed quote (at character 1)", "er ontbreekt een afsluitend aanhalingsteken (bij teken 1)")]
    [InlineData("no clause with id 42", "er is geen bepaling met nummer 42")]
    [InlineData("sterkte: must be recht, inspanning or verwijzing, not 'sterk'", "sterkte moet recht, inspanning of verwijzing zijn, niet 'sterk'")]
    [InlineData("unknown filter 'kleur:'", "het filter 'kleur' bestaat niet (wel: sector:, jaar:, type:, cao:, categorie:, sterkte:)")]
    [InlineData("something nobody translated", "de invoer kan niet worden verwerkt")]
    [InlineData("'12,x' is geen bedrag (bijv. 1.500 of 750,50)", "'12,x' is geen bedrag (bijv. 1.500 of 750,50)")]
    public void Library_messages_are_shown_in_Dutch(string english, string dutch) => Assert.Equal(dutch, ErrorText.Dutch(english));

    [Fact]
    public void Users_are_stored_with_a_password_hash_and_verified()
    {
        var dir = Directory.CreateTempSubdirectory("caomonitor-users-").FullName;
        try
        {
            var users = new UserStore(dir);
            users.Set("Ria", Roles.Analyst, "lang-genoeg-1");
            Assert.Equal(Roles.Analyst, users.Verify("ria", "lang-genoeg-1")?.Role);
            Assert.Null(users.Verify("Ria", "fout-fout-fout"));
            Assert.Null(users.Verify("niemand", "lang-genoeg-1"));
            Assert.Throws<ArgumentException>(() => users.Set("Piet", "god", "lang-genoeg-1"));
            Assert.Throws<ArgumentException>(() => users.Set("Piet", Roles.Admin, "kort"));
            var bytes = File.ReadAllText(Path.Combine(dir, UserStore.FileName), System.Text.Encoding.Latin1);
            Assert.DoesNotContain("lang-genoeg-1", bytes);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        }
    }
}
