using CaoMonitor.Search;

namespace CaoMonitor.Tests.Search;

/// <summary>The query language (issue 3, point 6) and its safety: bad input is a clear message, never an escape into a Lucene query string or SQL.</summary>
public class QuerySyntaxTests
{
    [Theory]
    [InlineData("scholing", "scholing")]
    [InlineData("Werknemers scholing", "+werknemer +scholing")]
    [InlineData("scholing OR opleiding budget", "+(scholing opleid) +budget")]
    [InlineData("scholing -veiligheid -vca", "+scholing -veilig -vca")]
    [InlineData("\"recht op scholing\"", "\"recht ? scholing\"")]
    [InlineData("\"de scholing\"", "scholing")]
    [InlineData("opleidingen*", "opleid*")]
    [InlineData("loopbaan*", "loopbaan* loopban*")]
    [InlineData("NEAR(werkgever \"persoonlijk budget\", 5)", "SpanNear([werkgever, SpanNear([person, budget], 0, True)], 5, False)")]
    [InlineData("€ 1.500 per jaar", "+eur1500 +per +jar")]
    [InlineData("art. 5.3", "art5.3")]
    [InlineData("O&O-fonds", "o&o-fond \"o&o fond\"")]
    [InlineData("\"van-werk-naar-werk\"", "\"werk ? werk\"")]
    [InlineData("\"van werk naar werk\"", "\"werk ? werk\"")]
    [InlineData("(scholing OR opleiding) AND (budget OR vergoeding)", "+(scholing opleid) +(budget vergoed)")]
    public void CompilesToLuceneQueriesOfAnalysedTerms(string query, string own) => Assert.Equal(own, QueryCompiler.Compile(query).ToString());

    [Fact]
    public void FiltersAreSeparatedFromTheTextQuery()
    {
        var q = QueryCompiler.Compile("scholing sector:\"zorg en welzijn\" jaar:2025 cao:metaal type:onderneming categorie:llo.budget -sector:bouw");
        Assert.Equal("scholing", q.ToString());
        Assert.Equal(["sector", "jaar", "cao", "type", "categorie", "sector"], q.Filters.Select(f => f.Name));
        Assert.Equal("zorg en welzijn", q.Filters[0].Values[0]);
        Assert.Equal("company", q.Filters[3].Values[0]);
        Assert.Equal("LLO.BUDGET", q.Filters[4].Values[0]);
        Assert.True(q.Filters[5].Negated);
        Assert.Equal(["zorg", "bouw"], QueryCompiler.Compile("scholing sector:zorg OR sector:bouw").Filters.Single().Values);
    }

    [Theory]
    [InlineData("\"recht op scholing", "aanhalingsteken niet gesloten", 0)]
    [InlineData("(scholing OR budget", "'(' wordt niet gesloten", 0)]
    [InlineData("scholing)", "')' zonder bijbehorende '('", 8)]
    [InlineData("OR scholing", "OR heeft aan beide kanten een term nodig", 0)]
    [InlineData("scholing OR", "OR heeft aan beide kanten een term nodig", 9)]
    [InlineData("-scholing", "alleen uit uitgesloten woorden", 0)]
    [InlineData("scholing -a OR b", "kan geen deel van OR zijn", 12)]
    [InlineData("NEAR(scholing budget", "NEAR( wordt niet gesloten", 4)]
    [InlineData("NEAR(scholing, 5)", "minstens twee woorden", 0)]
    [InlineData("NEAR(a b, 500)", "NEAR-afstand moet tussen", 9)]
    [InlineData("scholing sector:", "filter 'sector:' heeft een waarde nodig", 9)]
    [InlineData("scholing kleur:rood", "onbekend filter 'kleur:'", 9)]
    [InlineData("scholing jaar:twintig", "jaar: vraagt een jaartal", 9)]
    [InlineData("scholing type:groot", "type: moet sector, company of policy zijn", 9)]
    [InlineData("", "minstens één zoekwoord of filter", 0)]
    [InlineData("de het een", "geen doorzoekbare woorden", 0)]
    [InlineData("s*", "minstens 2 letters", 0)]
    [InlineData("()", "lege haakjes", 0)]
    [InlineData("(scholing sector:zorg)", "filters kunnen niet tussen haakjes staan", 10)]
    [InlineData("scholing OR sector:zorg", "OR verbindt filters alleen met filters", 0)]
    public void BadSyntaxIsAClearMessageWithAPosition(string query, string message, int position)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => QueryCompiler.Compile(query));
        Assert.Contains(message, e.Message);
        Assert.Equal(position, e.Position);
        Assert.Contains($"bij teken {position + 1}", e.Message);
    }

    [Fact]
    public void LengthAndTermCountAreCapped()
    {
        var tooLong = string.Join(' ', Enumerable.Repeat("scholing", 60));
        Assert.Contains("langer dan 500", Assert.Throws<QuerySyntaxException>(() => QueryCompiler.Compile(tooLong)).Message);
        var many = string.Join(" OR ", Enumerable.Range(0, 33).Select(i => "woord" + (char)('a' + i % 26) + (char)('a' + i / 26)));
        Assert.Contains("meer dan 32 zoektermen", Assert.Throws<QuerySyntaxException>(() => QueryCompiler.Compile(many)).Message);
        Assert.NotNull(QueryCompiler.Compile(string.Join(" OR ", Enumerable.Range(0, 32).Select(i => "woord" + (char)('a' + i % 26) + (char)('a' + i / 26)))));
    }

    public static TheoryData<string> Hostile() =>
    [
        "\"", "\"\"", "*", "**", "'", "''", ";", "--", "-- scholing", "scholing --", "NEAR(", ")", "(", "NEAR()", "NEAR(,)",
        "scholing\"; DROP TABLE clauses; --", "scholing' OR '1'='1", "scholing OR 1=1 --", "\" OR \"\" = \"", "*:*", "{title body} : scholing",
        "title:scholing", "body : scholing", "scholing NOT", "NOT", "AND", "OR", "scholing AND", "^scholing", "scholing^", "scholing + budget",
        "\"scholing\" * \"budget\"", "NEAR(scholing budget, -1)", "NEAR(scholing budget, 5", "NEAR(scholing budget) )", "scholing\u0000budget",
        "'; DELETE FROM documents; --", "a\" OR rowid > 0 OR \"b", "\"*\"", "scholing* *", "-*", "-\"\"", "col:val", "rank:1",
        "scholing)) OR ((budget", "\\\"scholing\\\"", "%", "_", "scholing%", "scholing_", "% OR _", "sector:%", "cao:%_%", "cao:'",
        "sector:\" OR 1=1 --\" scholing", "jaar:2025; DROP TABLE clauses", "type:sector' --", "categorie:' OR 1=1",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void MetacharactersNeverThrowAnythingElseAndNeverMatchEverything(string query)
    {
        using var s = SearchTestStore.Standard();
        var all = s.Indexed();
        var clauses = s.Scalar("SELECT count(*) FROM clauses");
        try
        {
            var r = s.Search(query, size: 100);
            Assert.True(r.Total < all, $"'{query}' matched all {all} clauses");
            Assert.True(r.Hits.Count < all);
        }
        catch (SearchException)
        {
            // A clear message is the right answer to malformed input (QuerySyntaxException, or categorie: before classification).
        }
        // And nothing was changed.
        Assert.Equal(clauses, s.Scalar("SELECT count(*) FROM clauses"));
        Assert.Equal(all, s.Indexed());
    }
}
