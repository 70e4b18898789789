using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaoMonitor.Domain;

namespace CaoMonitor.Monitoring;

/// <summary>
/// What the monitor counts and how (a JSON file; the default is embedded, see
/// monitor-definition.json): the reference date, which document types count, category groups,
/// the ministry's three groups, and the minimum-conditions rule.
/// </summary>
public sealed record MonitorDefinition
{
    [JsonPropertyName("version")] public string Version { get; init; } = "1";
    [JsonPropertyName("description")] public string? Description { get; init; }
    /// <summary>Month and day ("01-01"): a cao counts for a year when a version is in force on that date.</summary>
    [JsonPropertyName("reference_date")] public string ReferenceDate { get; init; } = "01-01";
    [JsonPropertyName("baseline_year")] public int? BaselineYear { get; init; }
    [JsonPropertyName("counted_types")] public IReadOnlyList<string> CountedTypes { get; init; } = ["sector", "company"];
    [JsonPropertyName("groups")] public IReadOnlyDictionary<string, IReadOnlyList<string>> Groups { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    [JsonPropertyName("ministry_groups")] public IReadOnlyDictionary<string, IReadOnlyList<string>> MinistryGroups { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    [JsonPropertyName("minimum_conditions")] public string MinimumConditions { get; init; } = "";
    /// <summary>A year with fewer counted cao's than this fraction of the baseline's is marked incomplete.</summary>
    [JsonPropertyName("incomplete_below")] public double IncompleteBelow { get; init; } = 0.5;

    /// <summary>sha256 of the file's bytes, recorded in every snapshot.</summary>
    [JsonIgnore] public string Hash { get; private init; } = "";
    [JsonIgnore] public RuleExpression MinimumRule { get; private init; } = RuleExpression.Parse("VWNW");

    public DateOnly ReferenceDateIn(int year)
    {
        var parts = ReferenceDate.Split('-');
        return new DateOnly(year, int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public bool Counts(DocumentType type) => type != DocumentType.Policy && CountedTypes.Contains(type.Code());

    public static MonitorDefinition Default => Load(EmbeddedBytes());

    public static MonitorDefinition LoadFile(string path) => Load(File.ReadAllBytes(path), path);

    public static MonitorDefinition Load(byte[] json, string source = "monitor-definition.json")
    {
        MonitorDefinition def;
        try
        {
            def = JsonSerializer.Deserialize<MonitorDefinition>(json, new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip })
                  ?? throw new InvalidDataException($"{source}: empty definition");
        }
        catch (JsonException e) { throw new InvalidDataException($"{source}: not a valid definition: {e.Message}"); }
        if (!System.Text.RegularExpressions.Regex.IsMatch(def.ReferenceDate, @"^\d{2}-\d{2}$", System.Text.RegularExpressions.RegexOptions.None, PatternBudget.Default))
            throw new InvalidDataException($"{source}: reference_date must be MM-DD, not '{def.ReferenceDate}'");
        // A real month and day (2024 is a leap year, so 02-29 is allowed).
        try { _ = def.ReferenceDateIn(2024); }
        catch (ArgumentOutOfRangeException) { throw new InvalidDataException($"{source}: reference_date must be a month and day that exist (MM-DD), not '{def.ReferenceDate}'"); }
        RuleExpression rule;
        try { rule = RuleExpression.Parse(def.MinimumConditions, def.KnownNames()); }
        catch (RuleSyntaxException e) { throw new InvalidDataException($"{source}: minimum_conditions: {e.Message}"); }
        return def with { Hash = Convert.ToHexStringLower(SHA256.HashData(json)), MinimumRule = rule };
    }

    /// <summary>Names a rule may use: every category of the groups, and the group names themselves.</summary>
    public IReadOnlySet<string> KnownNames() =>
        Groups.Values.SelectMany(v => v).Concat(MinistryGroups.Values.SelectMany(v => v)).Concat(Groups.Keys).Concat(MinistryGroups.Keys)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The categories a name stands for: a group's members, or the category itself.</summary>
    public IReadOnlyList<string> Expand(string name) =>
        Groups.FirstOrDefault(g => g.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value
        ?? MinistryGroups.FirstOrDefault(g => g.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value
        ?? [name.ToUpperInvariant()];

    public IReadOnlyList<string> Categories => Groups.Values.SelectMany(v => v).Distinct().ToList();

    private static byte[] EmbeddedBytes()
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("CaoMonitor.Monitoring.monitor-definition.json")
                      ?? throw new InvalidOperationException("embedded monitor-definition.json missing");
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }
}
