using System.Text.Json;
using CaoMonitor.Classification;

namespace CaoMonitor.Tests.Classification;

public class JsonlTests
{
    [Fact]
    public void Round_trip_writes_one_line_per_clause_with_snake_case_attributes()
    {
        var input = new StringReader("""
            {"id":"a1","title":"Artikel 10 Ontwikkelbudget","text":"De werknemer heeft recht op een ontwikkelbudget van € 1.500,- per jaar."}

            {"id":"a2","text":"De werknemer ontvangt een toeslag van 10%."}
            """);
        var output = new StringWriter();
        var result = ClassifyJsonl.Run(input, output, Examples.Classifier);

        Assert.True(result.Ok);
        Assert.Equal(2, result.Classified);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);

        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a1", first.RootElement.GetProperty("id").GetString());
        var label = first.RootElement.GetProperty("labels")[0];
        Assert.Equal("LLO.BUDGET", label.GetProperty("code").GetString());
        Assert.Equal("recht", label.GetProperty("strength").GetString());
        Assert.InRange(label.GetProperty("confidence").GetDouble(), 0, 1);
        var ev = label.GetProperty("evidence")[0];
        Assert.True(ev.GetProperty("end").GetInt32() > ev.GetProperty("start").GetInt32());
        var attrs = label.GetProperty("attributes");
        Assert.Equal(1500m, attrs.GetProperty("amount_eur").GetDecimal());
        Assert.Equal("per jaar", attrs.GetProperty("period").GetString());
        Assert.False(attrs.TryGetProperty("hours", out _), "attributes without a value are left out");
        Assert.Contains("LLO.BUDGET:trigger:budget-compound", label.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));

        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(0, second.RootElement.GetProperty("labels").GetArrayLength());
    }

    [Fact]
    public void Bad_lines_are_skipped_and_reported_with_their_line_number()
    {
        var input = new StringReader(string.Join('\n',
            """{"id":"ok1","text":"De werkgever vergoedt de studiekosten."}""",
            """{"id":"broken", "text": """,
            """{"text":"zonder id"}""",
            """{"id":"ok2","text":"Geen regeling."}"""));
        var output = new StringWriter();
        var errors = new StringWriter();
        var result = ClassifyJsonl.Run(input, output, Examples.Classifier, errors);

        Assert.False(result.Ok);
        Assert.Equal(2, result.Classified);
        Assert.Equal(4, result.Lines);
        Assert.Collection(result.Errors,
            e => Assert.StartsWith("line 2: invalid JSON", e),
            e => Assert.Equal("line 3: missing \"id\"", e));
        Assert.Contains("line 2:", errors.ToString());
        Assert.Equal(2, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
