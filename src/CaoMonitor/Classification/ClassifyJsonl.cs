using System.Text.Json;
using System.Text.Json.Serialization;
using CaoMonitor.Domain;

namespace CaoMonitor.Classification;

/// <summary>Outcome of a JSON Lines run: lines read, clauses classified, and one message per bad line.</summary>
public sealed record ClassifyJsonlResult(int Lines, int Classified, IReadOnlyList<string> Errors)
{
    public bool Ok => Errors.Count == 0;
}

/// <summary>
/// JSON Lines in, JSON Lines out, so the CLI stays thin.
/// Input: <c>{"id":"...","text":"...","title":"...","parent_title":"..."}</c> (title and parent_title optional).
/// Output: <c>{"id":"...","labels":[{"code","strength","confidence","evidence":[{"start","end"}],"attributes":{...},"rules":[...]}]}</c>,
/// attributes only with the fields that have a value, in snake_case.
/// A bad line (invalid JSON, no id, no text) is skipped: the run goes on, nothing is written for it,
/// and a message "line N: ..." goes to <c>errors</c> (stderr in the CLI) and into the result, so one
/// broken record does not lose a batch of thousands; callers exit non-zero when <see cref="ClassifyJsonlResult.Ok"/> is false.
/// Blank lines are ignored.
/// </summary>
public static class ClassifyJsonl
{
    public static ClassifyJsonlResult Run(TextReader input, TextWriter output, ClauseClassifier classifier, TextWriter? errors = null)
    {
        var problems = new List<string>();
        int lineNo = 0, classified = 0;
        while (input.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            InputLine? record;
            string? problem = null;
            try
            {
                record = JsonSerializer.Deserialize(line, JsonlContext.Default.InputLine);
                if (record is null) problem = "not a JSON object";
                else if (string.IsNullOrEmpty(record.Id)) problem = "missing \"id\"";
                else if (record.Text is null) problem = $"missing \"text\" (id {record.Id})";
            }
            catch (JsonException e)
            {
                record = null;
                problem = "invalid JSON: " + e.Message;
            }
            if (problem is not null)
            {
                var msg = $"line {lineNo}: {problem}";
                problems.Add(msg);
                errors?.WriteLine(msg);
                continue;
            }
            var labels = classifier.Classify(new ClauseInput(record!.Text!, record.Title, record.ParentTitle));
            output.WriteLine(JsonSerializer.Serialize(ToOutput(record.Id!, labels), JsonlContext.Default.OutputLine));
            classified++;
        }
        return new ClassifyJsonlResult(lineNo, classified, problems);
    }

    internal static OutputLine ToOutput(string id, IReadOnlyList<Label> labels) => new()
    {
        Id = id,
        Labels = labels.Select(p => new OutputLabel
        {
            Code = p.Code,
            Strength = p.Strength.Code(),
            Confidence = p.Confidence,
            Evidence = p.Evidence,
            Attributes = p.Attributes,
            Rules = p.Rules,
        }).ToList(),
    };

    internal sealed class InputLine
    {
        public string? Id { get; set; }
        public string? Text { get; set; }
        public string? Title { get; set; }
        public string? ParentTitle { get; set; }
    }

    internal sealed class OutputLine
    {
        public required string Id { get; init; }
        public required List<OutputLabel> Labels { get; init; }
    }

    internal sealed class OutputLabel
    {
        public required string Code { get; init; }
        public required string Strength { get; init; }
        public double Confidence { get; init; }
        public required IReadOnlyList<Span> Evidence { get; init; }
        public required LabelAttributes Attributes { get; init; }
        public required IReadOnlyList<string> Rules { get; init; }
    }

    // The store keeps a label's evidence and attributes in this same JSON (ClassificationWriter).
    internal static string EvidenceJson(IReadOnlyList<Span> evidence) => JsonSerializer.Serialize(evidence, JsonlContext.Default.IReadOnlyListSpan);
    internal static string AttributesJson(LabelAttributes attributes) => JsonSerializer.Serialize(attributes, JsonlContext.Default.LabelAttributes);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ClassifyJsonl.InputLine))]
[JsonSerializable(typeof(ClassifyJsonl.OutputLine))]
[JsonSerializable(typeof(IReadOnlyList<Span>))]
[JsonSerializable(typeof(LabelAttributes))]
internal sealed partial class JsonlContext : JsonSerializerContext;
