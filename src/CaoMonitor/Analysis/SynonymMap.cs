namespace CaoMonitor.Analysis;

/// <summary>
/// Groups of equivalent terms and phrases (cao = collectieve arbeidsovereenkomst). Loaded from
/// synonyms.txt (embedded). Entries are tokenized like text; matching compares a key per word,
/// by default the word's stem, so inflected text (collectieve arbeidsovereenkomsten) still matches.
/// </summary>
public sealed class SynonymMap
{
    private static readonly Lazy<SynonymMap> DefaultInstance = new(() =>
    {
        using var r = EmbeddedData.Open("synonyms.txt");
        return Load(r);
    });

    private readonly List<Phrase[]> _groups = [];
    private readonly Dictionary<string, List<(Phrase Phrase, int Group)>> _byFirstKey = new(StringComparer.Ordinal);

    /// <param name="keyOf">Maps a lower-cased, folded term to its matching key; default: <see cref="DutchStemmer.Stem(string)"/>.</param>
    public SynonymMap(Func<string, string>? keyOf = null) => KeyOf = keyOf ?? DutchStemmer.Stem;

    public static SynonymMap Default => DefaultInstance.Value;

    public Func<string, string> KeyOf { get; }

    public int GroupCount => _groups.Count;

    /// <summary>Format: one group per line, entries separated by commas; '#' comments.</summary>
    public static SynonymMap Load(TextReader reader, Func<string, string>? keyOf = null)
    {
        var map = new SynonymMap(keyOf);
        foreach (var line in EmbeddedData.Lines(reader))
            map.AddGroup(line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return map;
    }

    /// <summary>Adds a group of equivalent entries; each entry is a word or a phrase.</summary>
    public void AddGroup(params string[] entries)
    {
        var phrases = entries.Select(Parse).Where(p => p.Keys.Length > 0).ToArray();
        if (phrases.Length < 2) throw new FormatException($"A synonym group needs at least two entries: '{string.Join(", ", entries)}'");
        int group = _groups.Count;
        _groups.Add(phrases);
        foreach (var p in phrases)
        {
            if (!_byFirstKey.TryGetValue(p.Keys[0], out var list)) _byFirstKey[p.Keys[0]] = list = [];
            list.Add((p, group));
        }
    }

    internal bool TryGetCandidates(string key, out List<(Phrase Phrase, int Group)> candidates) =>
        _byFirstKey.TryGetValue(key, out candidates!);

    internal IReadOnlyList<Phrase> Group(int group) => _groups[group];

    private Phrase Parse(string entry)
    {
        var tokens = new DiacriticFoldingFilter().Apply(new LowerCaseFilter().Apply(new Tokenizer().Tokenize(entry))).ToList();
        // Keys: the words as they follow each other in text; terms to emit: all of them, parts included.
        var keys = tokens.Where(t => !t.IsExpansion).Select(t => KeyOf(t.Term)).ToArray();
        var terms = tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToArray();
        return new Phrase(keys, terms);
    }

    internal sealed record Phrase(string[] Keys, string[] Terms);
}
