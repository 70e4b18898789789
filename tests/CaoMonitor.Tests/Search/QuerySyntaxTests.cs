using CaoMonitor.Search;

namespace CaoMonitor.Tests.Search;

/// <summary>The query language (issue 3, point 6) and its safety: bad input is a clear message, never an escape into FTS5 or SQL.</summary>
public class QuerySyntaxTests
{
    [Theory]
    [InlineData("scholing", "\"scholing\"")]
    [InlineData("Werknemers scholing", "(\"werknemer\" AND \"scholing\")")]
    [InlineData("scholing OR opleiding budget", "((\"scholing\" OR \"opleid\") AND \"budget\")")]
    [InlineData("scholing -veiligheid -vca", "(\"scholing\" NOT (\"veilig\" OR \"vca\"))")]
    [InlineData("\"recht op scholing\"", "{title body} : \"recht _ scholing\"")]
    [InlineData("\"de scholing\"", "{title body} : \"scholing\"")]
    [InlineData("opleidingen*", "\"opleid\"*")]
    [InlineData("loopbaan*", "(\"loopbaan\"* OR \"loopban\"*)")]
    [InlineData("NEAR(werkgever \"persoonlijk budget\", 5)", "{title body} : NEAR(\"werkgever\" \"person budget\", 5)")]
    [InlineData("€ 1.500 per jaar", "(\"eur1500\" AND \"per\" AND \"jar\")")]
    [InlineData("art. 5.3", "\"art5.3\"")]
    [InlineData("O&O-fonds", "(\"o&o-fond\" OR {title body} : \"o&o fond\")")]
    [InlineData("(scholing OR opleiding) AND (budget OR vergoeding)", "((\"scholing\" OR \"opleid\") AND (\"budget\" OR \"vergoed\"))")]
    public void CompilesToQuotedAnalysedTerms(string query, string fts) => Assert.Equal(fts, QueryCompiler.Compile(query).Fts);

    [Fact]
    public void FiltersAreSeparatedFromTheTextQuery()
    {
        var q = QueryCompiler.Compile("scholing sector:\"zorg en welzijn\" jaar:2025 cao:metaal type:onderneming categorie:llo.budget -sector:bouw");
        Assert.Equal("\"scholing\"", q.Fts);
        Assert.Equal(["sector", "jaar", "cao", "type", "categorie", "sector"], q.Filters.Select(f => f.Name));
        Assert.Equal("zorg en welzijn", q.Filters[0].Values[0]);
        Assert.Equal("company", q.Filters[3].Values[0]);
        Assert.Equal("LLO.BUDGET", q.Filters[4].Values[0]);
        Assert.True(q.Filters[5].Negated);
        Assert.Equal(["zorg", "bouw"], QueryCompiler.Compile("scholing sector:zorg OR sector:bouw").Filters.Single().Values);
    }

    [Theory]
    [InlineData("\"recht op scholing", "unclosed quote", 0)]
    [InlineData("(scholing OR budget", "'(' is not closed", 0)]
    [InlineData("scholing)", "')' without a matching '('", 8)]
    [InlineData("OR scholing", "OR needs a term on both sides", 0)]
    [InlineData("scholing OR", "OR needs a term on both sides", 9)]
    [InlineData("-scholing", "only of excluded words", 0)]
    [InlineData("scholing -a OR b", "cannot be part of OR", 12)]
    [InlineData("NEAR(scholing budget", "NEAR( is not closed", 4)]
    [InlineData("NEAR(scholing, 5)", "at least two words", 0)]
    [InlineData("NEAR(a b, 500)", "NEAR distance must be between", 9)]
    [InlineData("scholing sector:", "filter 'sector:' needs a value", 9)]
    [InlineData("scholing kleur:rood", "unknown filter 'kleur:'", 9)]
    [InlineData("scholing jaar:twintig", "jaar: needs a year", 9)]
    [InlineData("scholing type:groot", "type: must be sector, company or policy", 9)]
    [InlineData("sector:zorg", "needs at least one word", 0)]
    [InlineData("de het een", "no searchable words", 0)]
    [InlineData("s*", "at least 2 letters", 0)]
    [InlineData("()", "empty parentheses", 0)]
    [InlineData("(scholing sector:zorg)", "filters cannot be inside parentheses", 10)]
    [InlineData("scholing OR sector:zorg", "OR can join filters only with filters", 0)]
    public void BadSyntaxIsAClearMessageWithAPosition(string query, string message, int position)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => QueryCompiler.Compile(query));
        Assert.Contains(message, e.Message);
        Assert.Equal(position, e.Position);
        Assert.Contains($"at character {position + 1}", e.Message);
    }

    [Fact]
    public void LengthAndTermCountAreCapped()
    {
        var tooLong = string.Join(' ', Enumerable.Repeat("scholing", 60));
        Assert.Contains("longer than 500", Assert.Throws<QuerySyntaxException>(() => QueryCompiler.Compile(tooLong)).Message);
        var many = string.Join(" OR ", Enumerable.Range(0, 33).Select(i => "woord" + (char)('a' + i % 26) + (char)('a' + i / 26)));
        Assert.Contains("more than 32 search terms", Assert.Throws<QuerySyntaxException>(() => QueryCompiler.Compile(many)).Message);
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
        var all = s.Scalar($"SELECT count(*) FROM {SearchSchema.Table}_docsize");
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
        Assert.Equal(all, s.Scalar($"SELECT count(*) FROM {SearchSchema.Table}_docsize"));
    }
}
