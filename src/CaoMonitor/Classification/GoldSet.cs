using System.Text.Json;
using System.Text.Json.Serialization;
using CaoMonitor.Domain;

namespace CaoMonitor.Classification;

/// <summary>A hand-labelled label on a gold clause.</summary>
public sealed record GoldLabel(string Code, Strength Strength, decimal? AmountEur, string? Period, decimal? Percent, decimal? Hours, decimal? Days);

/// <summary>A hand-labelled clause; <see cref="Labels"/> may be empty (a near miss). <see cref="Ambiguous"/> marks a clause
/// a careful reader could label otherwise (the real-clauses development set has them); evaluation leaves those out by default.</summary>
public sealed record GoldClause(string Id, string? Title, string Text, IReadOnlyList<GoldLabel> Labels, string? Note, string? ParentTitle = null, bool Ambiguous = false)
{
    public ClauseInput ToInput() => new(Text, Title, ParentTitle);
}

/// <summary>Reads gold files in JSON Lines (one clause per line; blank lines and lines starting with // are skipped).
/// Also reads the real-clauses development set (../shared/data/real-clauses-dev): its extra fields (cao, url, why) are ignored
/// and its "ambiguous" flag is kept; a note falls back to its "why".</summary>
public static class GoldSet
{
    public static IReadOnlyList<GoldClause> Load(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static IReadOnlyList<GoldClause> Read(TextReader reader, string source = "gold")
    {
        var list = new List<GoldClause>();
        var ids = new HashSet<string>();
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
            GoldLine? g;
            try { g = JsonSerializer.Deserialize<GoldLine>(line, Json); }
            catch (JsonException e) { throw new InvalidDataException($"{source} line {lineNo}: invalid JSON: {e.Message}", e); }
            if (g is null || string.IsNullOrEmpty(g.Id) || g.Text is null)
                throw new InvalidDataException($"{source} line {lineNo}: needs \"id\" and \"text\"");
            if (!ids.Add(g.Id)) throw new InvalidDataException($"{source} line {lineNo}: duplicate id {g.Id}");
            var labels = (g.Labels ?? []).Select(l => new GoldLabel(
                l.Code ?? throw new InvalidDataException($"{source} line {lineNo}: label without code"),
                Strengths.Parse(l.Strength) ?? throw new InvalidDataException($"{source} line {lineNo}: unknown strength '{l.Strength}'"),
                l.AmountEur, l.Period, l.Percent, l.Hours, l.Days)).ToList();
            list.Add(new GoldClause(g.Id, g.Title, g.Text, labels, g.Note ?? g.Why, g.ParentTitle, g.Ambiguous ?? false));
        }
        return list;
    }

    /// <summary>Writes one clause as a gold-set line (what <see cref="Read"/> reads back).</summary>
    public static void Write(TextWriter output, GoldClause clause) =>
        output.WriteLine(JsonSerializer.Serialize(new GoldLine
        {
            Id = clause.Id, Title = clause.Title, ParentTitle = clause.ParentTitle, Text = clause.Text, Note = clause.Note,
            Ambiguous = clause.Ambiguous ? true : null,
            Labels = clause.Labels.Select(l => new LabelLine
            {
                Code = l.Code, Strength = l.Strength.Code(), AmountEur = l.AmountEur, Period = l.Period, Percent = l.Percent, Hours = l.Hours, Days = l.Days,
            }).ToList(),
        }, Json));

    static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    sealed class GoldLine
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? ParentTitle { get; set; }
        public string? Text { get; set; }
        public List<LabelLine>? Labels { get; set; }
        public string? Note { get; set; }
        public string? Why { get; set; }
        public bool? Ambiguous { get; set; }
    }

    sealed class LabelLine
    {
        public string? Code { get; set; }
        public string? Strength { get; set; }
        public decimal? AmountEur { get; set; }
        public string? Period { get; set; }
        public decimal? Percent { get; set; }
        public decimal? Hours { get; set; }
        public decimal? Days { get; set; }
    }
}
