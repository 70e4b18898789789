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

    private static DiffPage.Article A(string number, string title, long id) =>
        new(new Clause(ClauseKind.Article, number, title, "Art. " + number, 0, 0, 1, 1, title) { Id = id }, number, title.ToLowerInvariant(), false);

    [Fact]
    public void Diff_matches_renumbered_articles_by_title_and_renamed_ones_by_number()
    {
        var old = new List<DiffPage.Article> { A("40", "Scholing", 1), A("41", "Persoonlijk ontwikkelbudget", 2), A("42", "Ontwikkelgesprek", 3), A("43", "Vervallen regeling", 4) };
        var now = new List<DiffPage.Article> { A("40", "Scholing en ontwikkeling", 11), A("41", "Regionale samenwerking", 12), A("42", "Persoonlijk ontwikkelbudget", 13), A("43", "Ontwikkelgesprek", 14) };
        var pairs = DiffPage.Match(old, now);
        long? Old(long newId) => pairs.Single(p => p.New?.Clause.Id == newId).Old?.Clause.Id;
        Assert.Equal(1, Old(11));   // renamed, same number
        Assert.Equal(2, Old(13));   // renumbered, same title
        Assert.Equal(3, Old(14));
        Assert.Null(Old(12));       // new: its number is taken by the renumbered article
        Assert.Equal(4, Assert.Single(pairs, p => p.New is null).Old!.Clause.Id);   // removed
        Assert.Equal(5, pairs.Count);
    }

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
