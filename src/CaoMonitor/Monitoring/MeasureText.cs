using System.Text.Json;
using CaoMonitor.Classification;
using CaoMonitor.Domain;

namespace CaoMonitor.Monitoring;

/// <summary>
/// The Dutch words of the monitor, shared by the web page and report.html: names of categories
/// (from the taxonomy file), groups, ministry groups and the minimum conditions, a short
/// definition of every measure, and the rule of the minimum conditions in words.
/// </summary>
public static class MeasureText
{
    public sealed record CategoryName(string Code, string Group, string Label);

    /// <summary>
    /// Codes and Dutch labels read straight from the embedded taxonomy file: loading
    /// <see cref="Taxonomy"/> itself compiles every rule, which a page that only shows names should not wait for.
    /// </summary>
    public static IReadOnlyList<CategoryName> Categories { get; } = ReadNames();

    private static readonly Dictionary<string, CategoryName> ByCode = Categories.ToDictionary(c => c.Code);

    private static List<CategoryName> ReadNames()
    {
        using var s = typeof(Taxonomy).Assembly.GetManifestResourceStream(Taxonomy.EmbeddedResourceName)
                      ?? throw new InvalidOperationException("embedded taxonomy missing");
        using var doc = JsonDocument.Parse(s);
        return doc.RootElement.GetProperty("categories").EnumerateArray()
            .Select(c => new CategoryName(c.GetProperty("code").GetString()!, c.GetProperty("group").GetString()!, c.GetProperty("label").GetString()!))
            .ToList();
    }

    /// <summary>The Dutch label of a category code; the code itself when unknown.</summary>
    public static string Category(string code) => ByCode.TryGetValue(code, out var c) ? c.Label : code;

    /// <summary>The Dutch name of any measure.</summary>
    public static string Name(string measure, MonitorDefinition def) => measure switch
    {
        MonitorCalculator.Minimum => "Minimumvoorwaarden handreiking",
        "VWNW" => "Van werk naar werk (minstens één afspraak)",
        "LLO" => "Leven lang ontwikkelen (minstens één afspraak)",
        _ when ByCode.ContainsKey(measure) => Category(measure),
        _ when def.MinistryGroups.ContainsKey(measure) => char.ToUpperInvariant(measure[0]) + measure[1..] + " (indeling ministerie)",
        _ => measure,
    };

    /// <summary>One or two Dutch sentences saying what a measure counts.</summary>
    public static string Definition(string measure, MonitorDefinition def)
    {
        string List(IEnumerable<string> codes) => string.Join(", ", codes.Select(Category));
        if (measure == MonitorCalculator.Minimum)
            return $"Cao's die voldoen aan de regel: {Rule(def)}. In de kolommen 'als recht' telt een cao alleen als de afspraken die de regel gebruikt rechten zijn.";
        if (def.Groups.TryGetValue(measure, out var members))
            return $"Cao's met minstens één afspraak, van welke sterkte ook, in een van deze categorieën: {List(members)}.";
        if (def.MinistryGroups.TryGetValue(measure, out var ministry))
            return $"Indeling die het ministerie van SZW gebruikt. Telt een cao met minstens één afspraak in: {List(ministry)}.";
        return $"Cao's met minstens één afspraak in de categorie {Category(measure)} ({measure}).";
    }

    /// <summary>The general terms of the monitor, in the order a reader meets them.</summary>
    public static IReadOnlyList<(string Term, string Text)> Terms(MonitorDefinition def) =>
    [
        ("Geteld", $"Een cao telt in een jaar als een versie op de peildatum ({PeilDag(def)}) geldt; die versie wordt gemeten. Beleidsdocumenten tellen nooit."),
        ("Aandeel cao's", "Het deel van de getelde cao's met de afspraak. Elke cao telt één keer, groot of klein."),
        ("Aandeel werknemers", "Het deel van de werknemers onder de getelde cao's dat onder een cao met de afspraak valt (volgens het register)."),
        ("Sterkte", "recht: een afdwingbaar recht of plicht; inspanning: een inspanning, voornemen of onderzoek; verwijzing: alleen een verwijzing naar een regeling elders."),
        ("Als recht", "Alleen afspraken met de sterkte recht tellen; inspanning en verwijzing niet."),
        ("pp", "Procentpunten: het verschil in het aandeel cao's (niet werknemers) tegenover de nulmeting of het vorige jaar. Van 40% naar 50% is +10 pp."),
        ("Onvolledig jaar", $"Een jaar met minder getelde cao's dan {(def.IncompleteBelow * 100).ToString("0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))}% van de nulmeting: nog niet alle cao's van dat jaar zijn binnen, dus verschillen zeggen weinig."),
    ];

    private static string PeilDag(MonitorDefinition def) =>
        def.ReferenceDateIn(2000).ToString("d MMMM", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>
    /// What produced the figures, in Dutch: "taxonomie 1, classificatieregels 3 (code a1b2c3d4), rekenregels 2, monitordefinitie 1".
    /// A mixed store (a reclassify is due) says so.
    /// </summary>
    public static string Versions(SnapshotManifest m)
    {
        static string Classifier(string v)
        {
            if (v.StartsWith("mixed: ", StringComparison.Ordinal)) return "gemengde classificatieversies (opnieuw classificeren nodig)";
            var x = System.Text.RegularExpressions.Regex.Match(v, @"^rules (?<r>[^+;]+)\+(?<h>[0-9a-f]+); engine (?<e>\S+)$", System.Text.RegularExpressions.RegexOptions.None, PatternBudget.Default);
            return x.Success ? $"classificatieregels {x.Groups["r"].Value} (code {x.Groups["h"].Value[..Math.Min(8, x.Groups["h"].Value.Length)]}), rekenregels {x.Groups["e"].Value}"
                : v == "none" ? "nog niet geclassificeerd" : "classificatie " + v;
        }
        return $"Taxonomie {m.TaxonomyVersion}, {Classifier(m.ClassifierVersion)}, monitordefinitie {m.DefinitionVersion}";
    }

    /// <summary>The minimum-conditions rule in Dutch words, e.g. "Loopbaanadvies en -begeleiding als recht en (… of …)".</summary>
    public static string Rule(MonitorDefinition def) => Words(def.MinimumRule, def, top: true);

    private static string Words(RuleExpression e, MonitorDefinition def, bool top) => e switch
    {
        RuleExpression.Atom a => AtomWords(a, def),
        RuleExpression.And x => Join(x.Left, x.Right, "en", def, top),
        RuleExpression.Or x => Join(x.Left, x.Right, "of", def, top),
        RuleExpression.Not n => "niet " + Words(n.Inner, def, false),
        _ => e.ToString(),
    };

    private static string Join(RuleExpression l, RuleExpression r, string word, MonitorDefinition def, bool top)
    {
        // Chains of the same operator read as one list; a nested other operator gets brackets.
        var parts = Flatten(l, word).Concat(Flatten(r, word)).Select(p => Words(p, def, false));
        var s = string.Join($" {word} ", parts);
        return top ? s : $"({s})";
    }

    private static IEnumerable<RuleExpression> Flatten(RuleExpression e, string word) => (e, word) switch
    {
        (RuleExpression.And a, "en") => Flatten(a.Left, word).Concat(Flatten(a.Right, word)),
        (RuleExpression.Or o, "of") => Flatten(o.Left, word).Concat(Flatten(o.Right, word)),
        _ => [e],
    };

    private static string AtomWords(RuleExpression.Atom a, MonitorDefinition def)
    {
        var name = ByCode.ContainsKey(a.Name.ToUpperInvariant()) ? Category(a.Name.ToUpperInvariant()) : $"een afspraak in {a.Name}";
        return a.AtLeast switch
        {
            Strength.Recht => name + " als recht",
            Strength.Inspanning => name + " (minstens inspanning)",
            _ => name,
        };
    }
}
