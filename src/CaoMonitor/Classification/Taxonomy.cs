using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CaoMonitor.Domain;

namespace CaoMonitor.Classification;

/// <summary>A pattern with its stable id (the id shows up in a label's <c>Rules</c>); interpreted at first, compiled once used often.</summary>
public sealed class Rule
{
    public required string Id { get; init; }
    internal TieredRegex Source { get; init; } = null!;
    public Regex Regex => Source.Get();
    // The classifier's calls go through these: each skips the pattern where its required literals are absent (TieredRegex.MayMatch).
    public bool IsMatch(string input) => Source.IsMatch(input);
    public bool IsMatch(ReadOnlySpan<char> input) => Source.IsMatch(input);
    public Match Match(string input) => Source.Match(input);
    internal TieredRegex.PatternMatches EnumerateMatches(string input) => Source.EnumerateMatches(input);
    internal TieredRegex.PatternMatches EnumerateMatches(ReadOnlySpan<char> input) => Source.EnumerateMatches(input);
    /// <summary>Whether the rule's <see cref="UnlessSource"/> matches <paramref name="input"/>, so the rule does not hold there.</summary>
    internal bool ExceptedIn(ReadOnlySpan<char> input) => UnlessSource is { } unless && unless.IsMatch(input);
    /// <summary>A weak trigger only counts with a context term (in text or title) beside it.</summary>
    public bool Weak { get; init; }
    /// <summary>For strong triggers: the wording names an instrument together with its aim ("een plan gericht op uitstroom"), which
    /// arranges something by itself, so the label does not need a strength cue (as <c>instrument_stands_alone</c> for a category).</summary>
    public bool StandsAlone { get; init; }
    /// <summary>For blockers: match the title (and parent title) or the text.</summary>
    public bool TitleScope { get; init; }
    /// <summary>For category blockers: suppress only weak and title-based evidence, not strong triggers.</summary>
    public bool WeakOnly { get; init; }
    /// <summary>For strength cues.</summary>
    public Strength Strength { get; init; }
    public int Priority { get; init; }
    /// <summary>For strength cues: the strength to use instead when the clause states no figure (amount, percentage, hours, days).</summary>
    public Strength? IfNoFigure { get; init; }
    /// <summary>For strength cues: without a figure, a reference elsewhere in the clause wins ("kan gebruikmaken van ...; zie het reglement").</summary>
    public bool YieldsToReference { get; init; }
    /// <summary>For strength cues with <see cref="IfNoFigure"/>: the figure must be in the cue's own sentence, not anywhere in the clause.</summary>
    public bool FigureInSentence { get; init; }
    /// <summary>For strength cues: the wording is a possibility ("kan", "mag ... indien"), which gives way to a right that another
    /// evidence sentence states firmly.</summary>
    public bool Possibility { get; init; }
    /// <summary>For strength cues: decides the strength only; the arrangement frame (is anything arranged at all?) does not see
    /// it, so adding such a cue never adds or removes a label. For neutral cues: the cues it hides still count for the frame.</summary>
    public bool StrengthOnly { get; init; }
    /// <summary>For strength cues: holds for every label of the clause, not only in its own sentence ("voor de tekst van de
    /// regeling, zie bijlage 4"); it wins when its priority is higher than the cue chosen in the evidence sentences.</summary>
    public bool ClauseWide { get; init; }
    /// <summary>For category blockers: suppress only the hits of these trigger ids (null: see <see cref="WeakOnly"/>).</summary>
    public IReadOnlyList<string>? OnlyTriggers { get; init; }
    /// <summary>For category blockers: do not apply when the clause states a figure (amount, percentage, hours, days).</summary>
    public bool UnlessFigure { get; init; }
    /// <summary>The rule does not hold where this pattern matches (<see cref="ExceptedIn"/>). Category blockers test the clause
    /// text and its title (a vitality scheme blocks a duurzame-inzetbaarheid label unless the clause names a development use);
    /// off-topic rules and development-under-title cues their sentence; other cues the clause text.</summary>
    internal TieredRegex? UnlessSource { get; init; }
    /// <summary>For purpose cues: in a sentence ending in ":", the cue also covers the list that follows ("inzetten voor:" then "a. ...").</summary>
    public bool OpensList { get; init; }
    /// <summary>A sentence requirement that also holds under a title naming the category (by default a weak trigger there refers to the title's subject).</summary>
    public bool EvenUnderTitle { get; init; }
    /// <summary>A sentence requirement that the sentence before may also meet (an arrangement named there, its aim in the next one).</summary>
    public bool OrPrevious { get; init; }
    /// <summary>For global title blockers: the blocker does not apply to the parent (chapter) title when this matches the
    /// clause text (a numbered lid or an article under a "Begripsbepalingen" chapter is an article the layout put there).</summary>
    internal TieredRegex? ParentUnlessSource { get; init; }
    /// <summary>For global text blockers: the blocker covers the text only up to the first match of this pattern after its own
    /// match (a definition opening "In dit artikel wordt verstaan onder:" ends where the next numbered lid starts); the rest
    /// of the clause is read as usual. Null: the blocker covers the whole clause.</summary>
    internal TieredRegex? UntilSource { get; init; }
}

public sealed class Category
{
    public required string Code { get; init; }
    public required string Group { get; init; }
    public required string Label { get; init; }
    public required string Definition { get; init; }
    public Strength DefaultStrength { get; init; }
    public required IReadOnlyList<Rule> Triggers { get; init; }
    public required IReadOnlyList<Rule> Context { get; init; }
    public required IReadOnlyList<Rule> TitlePatterns { get; init; }
    public required IReadOnlyList<Rule> Exclusions { get; init; }
    public required IReadOnlyList<Rule> Blockers { get; init; }
    /// <summary>When one of these matches (e.g. severance wording), the category needs a context term too.</summary>
    public required IReadOnlyList<Rule> ContextRequiredWhen { get; init; }
    /// <summary>Triggers after a purpose cue ("kan worden besteed aan ...") name a use of another arrangement, not a provision.</summary>
    public bool IgnoreAsPurpose { get; init; }
    /// <summary>Title-only evidence of this category gives way when one of these categories has evidence in the text
    /// ("Duurzame inzetbaarheid" over "twee opleidingsdagen per jaar" is LLO.TIJD).</summary>
    public required IReadOnlyList<string> TitleYieldsTo { get; init; }
    /// <summary>When not empty, the clause (text or title) must match one of these for the category to apply at all
    /// (a duurzame-inzetbaarheid arrangement only counts when it can serve development).</summary>
    public required IReadOnlyList<Rule> Requires { get; init; }
    /// <summary>Evidence of the listed triggers (all triggers when a rule lists none) only counts in a sentence matching
    /// one of these: "BBL" in a sentence about the school day counts, "BBL" as a contract type does not.</summary>
    public required IReadOnlyList<Rule> SentenceRequires { get; init; }
    /// <summary>Evidence in a sentence matching one of these is about another subject (a trainee's salary or holidays).</summary>
    public required IReadOnlyList<Rule> OffTopic { get; init; }
    /// <summary>A label from the title alone (no trigger in the text) is dropped when every sentence of the paragraph matches
    /// one of these: under "Studiekosten", a lid that only says the course is followed in working time arranges time.</summary>
    public required IReadOnlyList<Rule> TitleOnlyOffTopic { get; init; }
    /// <summary>Rules 2.03.0 (issue 11 items 4 and 8): under an article title matching one of these (the article's own title, not the
    /// chapter's: rules 2.03.1), a sentence matching one of
    /// <see cref="DevelopmentUnderTitle"/> that itself arranges something (a strength cue in the sentence) is evidence of this
    /// category next to its specific one: a DI article that arranges development is a DI arrangement that can serve development.</summary>
    public IReadOnlyList<Rule> DevelopmentTitles { get; init; } = [];
    public IReadOnlyList<Rule> DevelopmentUnderTitle { get; init; } = [];
    /// <summary>The chapter or appendix title gives no title context: "Van werk naar werk" groups every VWNW article, it makes none of them a traject.</summary>
    public bool IgnoreParentTitle { get; init; }
    /// <summary>
    /// The chapter or appendix title colours every paragraph in it, even one under a sub-heading that names
    /// another subject: each section of a sociaal plan ("Outplacement", "Herplaatsing") is part of that plan.
    /// </summary>
    public bool ParentTitleColoursAll { get; init; }
    /// <summary>
    /// A strong trigger names a standing instrument that is itself the provision (an O&amp;O-fonds exists), so a label
    /// stays without any arrangement wording. Every other category needs arrangement wording or a title that names it.
    /// </summary>
    public bool InstrumentStandsAlone { get; init; }
    /// <summary>
    /// The arrangement wording must be in a sentence with the evidence (unless the title names the category): a budget
    /// word occurs in many sentences that arrange something else (a form, an overview, a talk's topics).
    /// </summary>
    public bool ArrangementInSentence { get; init; }

    /// <summary>
    /// Literal stems of which every trigger and title-pattern match contains at least one (a test checks
    /// this on every example we have). Searching them is vectorised and far cheaper than the regexes,
    /// so clauses without any stem skip the category. Empty: no gate.
    /// </summary>
    public required IReadOnlyList<string> Keywords { get; init; }
    internal SearchValues<string>? KeywordSearch { get; init; }
    // The one-character keywords ("€", "%") searched apart: with them in the set, SearchValues falls back from its vectorised
    // multi-string search to Aho-Corasick (measured: that category's gate about 5x slower). The same keywords either way.
    internal SearchValues<string>? KeywordCharSearch { get; init; }

    internal bool MayMatch(string s)
    {
        if (s.Length == 0) return false;
        if (KeywordSearch is null && KeywordCharSearch is null) return true;
        var span = s.AsSpan();
        return (KeywordSearch is not null && span.IndexOfAny(KeywordSearch) >= 0) || (KeywordCharSearch is not null && span.IndexOfAny(KeywordCharSearch) >= 0);
    }
}

/// <summary>
/// The versioned taxonomy and its rules, built once (each pattern compiled once it is used often, see TieredRegex). Load it from the embedded
/// <c>taxonomy.v1.json</c> or from a path; share one instance, it is immutable and thread-safe.
/// </summary>
public sealed class Taxonomy
{
    public const string EmbeddedResourceName = "CaoMonitor.Classification.taxonomy.v1.json";

    /// <summary>Caps every match on untrusted text. The patterns are ours (short alternations without nested
    /// quantifiers), so this only guards pathological input sizes. Since session 25 it is a budget of processor time,
    /// not wall time (see TieredRegex): a busy machine no longer fails plain clauses (2 s of wall time fired on them
    /// when the 2-core machine ran at load 40, which is why the cap is generous).</summary>
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    // Backtracking with the timeout, not NonBacktracking: the latter's automata for a few hundred
    // case-insensitive patterns took 400 MB per process (measured); the results are the same on the gold set.
    // Interpreted at first, compiled once a pattern is used often (see TieredRegex).
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public string Version { get; }
    public string RulesVersion { get; }
    /// <summary>First 12 hex digits of the SHA-256 of the rules file: changes with any edit, even without a version bump.</summary>
    public string RulesHash { get; }
    public IReadOnlyList<Category> Categories { get; }
    public IReadOnlyList<Rule> StrengthCues { get; }
    public IReadOnlyList<Rule> NegationCues { get; }
    public IReadOnlyList<Rule> ConditionCues { get; }
    public IReadOnlyList<Rule> PurposeCues { get; }
    public IReadOnlyList<Rule> GlobalBlockers { get; }
    /// <summary>Wording in which strength cues say nothing about the parties' commitment (a fund's objective, "voor het bevorderen van").</summary>
    public IReadOnlyList<Rule> NeutralCues { get; }
    /// <summary>Wording that only mentions a subject without arranging it (informing the works council, a list of
    /// consultation topics, job requirements, a restriction): a sentence with one gives no evidence; one ending in ":" covers the list after it.</summary>
    public IReadOnlyList<Rule> MentionCues { get; }
    /// <summary>A beneficiary named beside the subject ("loopbaanscan voor werknemers vanaf 50 jaar"): telegraphic wording
    /// that still arranges something for someone, so a label without any strength cue keeps its place (as unsupported).</summary>
    public IReadOnlyList<Rule> BeneficiaryCues { get; }
    /// <summary>Lines that state nothing (table of contents, index, abbreviation and definition lists); see <see cref="ClauseLines"/>.</summary>
    public IReadOnlyList<Rule> NoiseLines { get; }
    /// <summary>Engine 35: a row that marks a run of lines without sentence punctuation as a table whose rows are sentences of their own
    /// ("Afleggen van een examen ... De werkelijk benodigde tijd" in a table of paid-leave events); see <see cref="Sentences.Split(string, IReadOnlyList{Rule})"/>.</summary>
    public IReadOnlyList<Rule> TableRowCues { get; }

    /// <summary>"1/1.0.0": taxonomy version and rules version as written in the file.</summary>
    public string TaxonomyVersion => $"{Version}/{RulesVersion}";

    Taxonomy(TaxonomyFile f, byte[] raw)
    {
        Version = Require(f.Version, "version");
        RulesVersion = Require(f.RulesVersion, "rules_version");
        RulesHash = Convert.ToHexStringLower(SHA256.HashData(raw))[..12];
        var codes = new HashSet<string>();
        Categories = (f.Categories ?? throw new InvalidDataException("taxonomy: no categories")).Select(c =>
        {
            var code = Require(c.Code, "category code");
            if (!codes.Add(code)) throw new InvalidDataException($"taxonomy: duplicate category {code}");
            return new Category
            {
                Code = code,
                Group = Require(c.Group, $"{code}.group"),
                Label = Require(c.Label, $"{code}.label"),
                Definition = c.Definition ?? "",
                DefaultStrength = Strengths.Parse(c.DefaultStrength) ?? Strength.Recht,
                Triggers = Compile(c.Triggers, code),
                Context = Compile(c.Context, code),
                TitlePatterns = Compile(c.TitlePatterns, code),
                Exclusions = Compile(c.Exclusions, code),
                Blockers = Compile(c.Blockers, code),
                ContextRequiredWhen = Compile(c.ContextRequiredWhen, code),
                IgnoreAsPurpose = c.IgnoreAsPurpose,
                TitleYieldsTo = c.TitleYieldsTo ?? [],
                OffTopic = Compile([.. c.OffTopic ?? [], .. (f.SharedOffTopic ?? []).Where(r => r.Categories?.Contains(code) == true)], code),
                TitleOnlyOffTopic = Compile(c.TitleOnlyOffTopic, code),
                DevelopmentTitles = Compile(c.DevelopmentTitles, code),
                DevelopmentUnderTitle = Compile(c.DevelopmentUnderTitle, code),
                Requires = Compile(c.Requires, code),
                SentenceRequires = Compile(c.SentenceRequires, code),
                IgnoreParentTitle = c.IgnoreParentTitle,
                ParentTitleColoursAll = c.ParentTitleColoursAll,
                InstrumentStandsAlone = c.InstrumentStandsAlone,
                ArrangementInSentence = c.ArrangementInSentence,
                Keywords = c.Keywords ?? [],
                KeywordSearch = KeywordValues(c.Keywords, k => k.Length > 1),
                KeywordCharSearch = KeywordValues(c.Keywords, k => k.Length <= 1),
            };
        }).ToList();
        StrengthCues = Compile(f.StrengthCues, "strength");
        NegationCues = Compile(f.NegationCues, "negation");
        ConditionCues = Compile(f.ConditionCues, "condition");
        PurposeCues = Compile(f.PurposeCues, "purpose");
        GlobalBlockers = Compile(f.GlobalBlockers, "global");
        NeutralCues = Compile(f.NeutralCues, "neutral");
        MentionCues = Compile(f.MentionCues, "mention");
        BeneficiaryCues = Compile(f.BeneficiaryCues, "beneficiary");
        NoiseLines = Compile(f.NoiseLines, "noise");
        TableRowCues = Compile(f.TableRowCues, "table-row");
        foreach (var c in Categories)
            foreach (var y in c.TitleYieldsTo)
                if (!codes.Contains(y)) throw new InvalidDataException($"taxonomy: {c.Code}.title_yields_to names unknown category {y}");
        foreach (var r in f.SharedOffTopic ?? [])
            foreach (var code in r.Categories ?? throw new InvalidDataException($"taxonomy: shared_off_topic {r.Id} names no categories"))
                if (!codes.Contains(code)) throw new InvalidDataException($"taxonomy: shared_off_topic {r.Id} names unknown category {code}");
    }

    static string Require(string? s, string what) =>
        string.IsNullOrWhiteSpace(s) ? throw new InvalidDataException($"taxonomy: missing {what}") : s;

    static TieredRegex CompilePattern(string pattern, string what)
    {
        try { return new TieredRegex(ExpandSpaces(pattern), Options, MatchTimeout, what); }
        catch (ArgumentException e) { throw new InvalidDataException($"taxonomy: bad pattern {what}: {e.Message}", e); }
    }

    static SearchValues<string>? KeywordValues(List<string>? keywords, Func<string, bool> which) =>
        keywords?.Where(which).ToArray() is { Length: > 0 } k ? SearchValues.Create(k, StringComparison.OrdinalIgnoreCase) : null;

    static List<Rule> Compile(List<RuleFile>? rules, string owner) => (rules ?? []).Select(r =>
    {
        var id = Require(r.Id, $"rule id in {owner}");
        var pattern = Require(r.Pattern, $"pattern of {owner}/{id}");
        var regex = CompilePattern(pattern, $"{owner}/{id}");
        return new Rule
        {
            Id = id,
            Source = regex,
            Weak = r.Weak,
            StandsAlone = r.StandsAlone,
            TitleScope = string.Equals(r.Scope, "title", StringComparison.OrdinalIgnoreCase),
            Strength = Strengths.Parse(r.Strength) ?? Strength.Verwijzing,
            Priority = r.Priority,
            WeakOnly = r.WeakOnly,
            IfNoFigure = Strengths.Parse(r.IfNoFigure),
            YieldsToReference = r.YieldsToReference,
            FigureInSentence = r.FigureInSentence,
            Possibility = r.Possibility,
            StrengthOnly = r.StrengthOnly,
            ClauseWide = r.ClauseWide,
            OnlyTriggers = r.Triggers is { Count: > 0 } t ? t : null,
            UnlessFigure = r.UnlessFigure,
            UnlessSource = r.Unless is { Length: > 0 } u ? CompilePattern(u, $"{owner}/{id}/unless") : null,
            OpensList = r.OpensList,
            EvenUnderTitle = r.EvenUnderTitle,
            OrPrevious = r.OrPrevious,
            ParentUnlessSource = r.ParentUnless is { Length: > 0 } pu ? CompilePattern(pu, $"{owner}/{id}/parent_unless") : null,
            UntilSource = r.Until is { Length: > 0 } un ? CompilePattern(un, $"{owner}/{id}/until") : null,
        };
    }).ToList();

    /// <summary>
    /// A literal space in a pattern matches any run of whitespace or hyphens, so authors write
    /// "van werk naar werk" and still catch "van-werk-naar-werk" and PDF line breaks; " ?" makes
    /// the separator optional ("loopbaan ?scan" matches "loopbaanscan" and "loopbaan-scan").
    /// Spaces inside character classes and escaped spaces are left alone.
    /// </summary>
    internal static string ExpandSpaces(string pattern)
    {
        var sb = new StringBuilder(pattern.Length + 16);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char ch = pattern[i];
            if (ch == '\\' && i + 1 < pattern.Length) { sb.Append(ch).Append(pattern[++i]); continue; }
            if (ch == '[') inClass = true;
            else if (ch == ']') inClass = false;
            if (ch == ' ' && !inClass)
            {
                // "loopbaan ?scan": an optional space means an optional separator, not a lazy one.
                if (i + 1 < pattern.Length && pattern[i + 1] == '?') { sb.Append(@"[\s\-]*"); i++; }
                else sb.Append(@"[\s\-]+");
            }
            else sb.Append(ch);
        }
        return sb.ToString();
    }

    public static Taxonomy Parse(byte[] utf8Json)
    {
        var f = JsonSerializer.Deserialize<TaxonomyFile>(utf8Json, FileJson)
            ?? throw new InvalidDataException("taxonomy: empty file");
        return new Taxonomy(f, utf8Json);
    }

    public static Taxonomy Load(string path) => Parse(File.ReadAllBytes(path));

    static readonly Lazy<Taxonomy> embedded = new(() =>
    {
        using var s = typeof(Taxonomy).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"embedded resource {EmbeddedResourceName} missing");
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return Parse(ms.ToArray());
    });

    /// <summary>The taxonomy shipped in the assembly, compiled once per process.</summary>
    public static Taxonomy Embedded => embedded.Value;

    static readonly JsonSerializerOptions FileJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    sealed class TaxonomyFile
    {
        public string? Version { get; set; }
        public string? RulesVersion { get; set; }
        public List<CategoryFile>? Categories { get; set; }
        public List<RuleFile>? StrengthCues { get; set; }
        public List<RuleFile>? NegationCues { get; set; }
        public List<RuleFile>? ConditionCues { get; set; }
        public List<RuleFile>? PurposeCues { get; set; }
        public List<RuleFile>? GlobalBlockers { get; set; }
        /// <summary>Off-topic rules that several categories share, written once with the codes they serve.</summary>
        public List<RuleFile>? SharedOffTopic { get; set; }
        public List<RuleFile>? NeutralCues { get; set; }
        public List<RuleFile>? MentionCues { get; set; }
        public List<RuleFile>? BeneficiaryCues { get; set; }
        public List<RuleFile>? NoiseLines { get; set; }
        public List<RuleFile>? TableRowCues { get; set; }
    }

    sealed class CategoryFile
    {
        public string? Code { get; set; }
        public string? Group { get; set; }
        public string? Label { get; set; }
        public string? Definition { get; set; }
        public string? DefaultStrength { get; set; }
        public List<RuleFile>? Triggers { get; set; }
        public List<RuleFile>? Context { get; set; }
        public List<RuleFile>? TitlePatterns { get; set; }
        public List<RuleFile>? Exclusions { get; set; }
        public List<RuleFile>? Blockers { get; set; }
        public List<RuleFile>? ContextRequiredWhen { get; set; }
        public bool IgnoreAsPurpose { get; set; }
        public bool IgnoreParentTitle { get; set; }
        public bool ParentTitleColoursAll { get; set; }
        public bool InstrumentStandsAlone { get; set; }
        public bool ArrangementInSentence { get; set; }
        public List<string>? TitleYieldsTo { get; set; }
        public List<RuleFile>? OffTopic { get; set; }
        public List<RuleFile>? TitleOnlyOffTopic { get; set; }
        public List<RuleFile>? DevelopmentTitles { get; set; }
        public List<RuleFile>? DevelopmentUnderTitle { get; set; }
        public List<RuleFile>? Requires { get; set; }
        public List<RuleFile>? SentenceRequires { get; set; }
        public List<string>? Keywords { get; set; }
    }

    sealed class RuleFile
    {
        public string? Id { get; set; }
        public string? Pattern { get; set; }
        public bool Weak { get; set; }
        [JsonPropertyName("stands_alone")] public bool StandsAlone { get; set; }
        public string? Scope { get; set; }
        public string? Strength { get; set; }
        public int Priority { get; set; }
        [JsonPropertyName("weak_only")] public bool WeakOnly { get; set; }
        [JsonPropertyName("if_no_figure")] public string? IfNoFigure { get; set; }
        [JsonPropertyName("yields_to_reference")] public bool YieldsToReference { get; set; }
        [JsonPropertyName("figure_in_sentence")] public bool FigureInSentence { get; set; }
        [JsonPropertyName("possibility")] public bool Possibility { get; set; }
        [JsonPropertyName("strength_only")] public bool StrengthOnly { get; set; }
        [JsonPropertyName("clause_wide")] public bool ClauseWide { get; set; }
        public List<string>? Triggers { get; set; }
        /// <summary>For shared off-topic rules: the categories the rule is part of.</summary>
        public List<string>? Categories { get; set; }
        [JsonPropertyName("unless_figure")] public bool UnlessFigure { get; set; }
        public string? Unless { get; set; }
        [JsonPropertyName("opens_list")] public bool OpensList { get; set; }
        [JsonPropertyName("even_under_title")] public bool EvenUnderTitle { get; set; }
        [JsonPropertyName("or_previous")] public bool OrPrevious { get; set; }
        [JsonPropertyName("parent_unless")] public string? ParentUnless { get; set; }
        public string? Until { get; set; }
    }
}
