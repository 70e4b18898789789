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
