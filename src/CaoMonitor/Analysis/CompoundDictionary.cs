namespace CaoMonitor.Analysis;

/// <summary>
/// Known words for splitting Dutch compounds (scholingsbudget -> scholing + budget). Words come
/// from a curated list (compoundwords.txt, embedded) and/or from word frequencies counted in a
/// corpus. Terms are expected lower-cased and diacritic-folded, as the analysis chain produces them.
/// </summary>
/// <remarks>
/// Guards against silly splits:
/// <list type="bullet">
/// <item>every part must be a known word of at least <see cref="MinPartLength"/> letters and not a stop word;</item>
/// <item>the split with the fewest (so longest) parts wins; linking s/e/en is preferred over a part that swallows it;</item>
/// <item>protected words (<c>!word</c> in the list) are never split;</item>
/// <item>with corpus counts, a word is not split when it is itself at least as frequent as its parts
/// (geometric mean; Koehn and Knight 2003), so a frequent word like werknemer stays whole even if
/// "werk" and "nemer" both occur.</item>
/// </list>
/// </remarks>
public sealed class CompoundDictionary
{
    // Curated words count as this many corpus occurrences: trusted, but a very frequent whole
    // word in the corpus can still outweigh them.
    public const long CuratedFrequency = 1000;

    private static readonly string[] Linkers = ["", "s", "e", "en"];
    private static readonly Lazy<CompoundDictionary> DefaultInstance = new(() =>
    {
        var d = new CompoundDictionary();
        using var r = EmbeddedData.Open("compoundwords.txt");
        d.AddCurated(r);
        return d;
    });

    private readonly Dictionary<string, long> _freq = new(StringComparer.Ordinal);
    private readonly HashSet<string> _protected = new(StringComparer.Ordinal);
    private Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _maxWordLength;

    public CompoundDictionary() => _lookup = _freq.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The curated embedded list. Shared; copy with <see cref="Clone"/> before adding corpus counts.</summary>
    public static CompoundDictionary Default => DefaultInstance.Value;

    public int MinPartLength { get; init; } = 3;

    public int Count => _freq.Count;

    public CompoundDictionary Clone()
    {
        var c = new CompoundDictionary { MinPartLength = MinPartLength };
        foreach (var (w, f) in _freq) c.Set(w, f);
        c._protected.UnionWith(_protected);
        return c;
    }

    public bool Contains(string word) => _freq.ContainsKey(word);

    public bool IsProtected(string word) => _protected.Contains(word);

    public long Frequency(string word) => _freq.GetValueOrDefault(word);

    /// <summary>Adds occurrences of a word (frequencies add up).</summary>
    public void Add(string word, long frequency = CuratedFrequency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(word);
        Set(word, _freq.GetValueOrDefault(word) + Math.Max(1, frequency));
    }

    /// <summary>Marks a word as never to be split (it is also a known word, usable as a part).</summary>
    public void Protect(string word)
    {
        _protected.Add(word);
        if (!_freq.ContainsKey(word)) Set(word, CuratedFrequency);
    }

    /// <summary>
    /// Curated list format: one word per line; <c>!word</c> = known and never split;
    /// optional frequency after whitespace; '#' comments.
    /// </summary>
    public void AddCurated(TextReader reader)
    {
        foreach (var line in EmbeddedData.Lines(reader))
        {
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var word = DutchAnalyzer.Fold(fields[0]);
            long freq = fields.Length > 1 && long.TryParse(fields[1], out var f) ? f : CuratedFrequency;
            if (word.StartsWith('!')) Protect(word[1..]);
            else Add(word, freq);
        }
    }

    /// <summary>Writes the dictionary in the curated list format (word, tab, frequency), e.g. to save a corpus-built dictionary.</summary>
    public void WriteTo(TextWriter writer)
    {
        foreach (var (w, f) in _freq.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            writer.WriteLine(_protected.Contains(w) ? $"!{w}" : $"{w}\t{f}");
    }

    /// <summary>
    /// Counts words in documents (tokenized, lower-cased and folded like the index chain).
    /// Feed the result to <see cref="AddFrequencies"/>.
    /// </summary>
    public static Dictionary<string, long> CountWords(IEnumerable<string> documents)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var tokenizer = new Tokenizer();
        foreach (var doc in documents)
        {
            foreach (var t in tokenizer.Tokenize(doc))
            {
                if (t.Type != TokenType.Word) continue;
                var term = DutchAnalyzer.Fold(t.Term);
                if (!IsLetters(term)) continue;
                ref var c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _);
                c++;
            }
        }
        return counts;
    }

    /// <summary>
    /// Adds corpus word counts. Short and rare words are left out: they cause most silly splits
    /// (best + uur = bestuur). Stop words are never added.
    /// </summary>
    public void AddFrequencies(IEnumerable<KeyValuePair<string, long>> counts, long minFrequency = 2, int minLength = 4)
    {
        foreach (var (word, count) in counts)
        {
            if (count < minFrequency || word.Length < minLength || DutchAnalyzer.StopWords.Contains(word) || !IsLetters(word)) continue;
            Set(word, _freq.GetValueOrDefault(word) + count);
        }
    }

    /// <summary>Counts the documents' words and adds them (<see cref="CountWords"/> + <see cref="AddFrequencies"/>).</summary>
    public void AddCorpus(IEnumerable<string> documents, long minFrequency = 2, int minLength = 4) =>
        AddFrequencies(CountWords(documents), minFrequency, minLength);

    /// <summary>Splits a compound into known parts; each part is (start, length) within <paramref name="word"/>. Linking letters belong to no part.</summary>
    public bool TrySplit(string word, out IReadOnlyList<(int Start, int Length)> parts)
    {
        parts = [];
        int n = word.Length;
        if (n < 2 * MinPartLength || _protected.Contains(word) || !IsLetters(word)) return false;

        // best[i]: the best way to cover word[..i] with complete parts (and linkers), the next part starting at i.
        var best = new Candidate?[n + 1];
        best[0] = new Candidate(0, 0, 0, null, 0, 0);
        Candidate? final = null;
        var span = word.AsSpan();
        for (int i = 0; i < n; i++)
        {
            if (best[i] is not { } at) continue;
            int maxEnd = Math.Min(n, i + _maxWordLength + 3); // +3: inflection on the last part
            for (int j = i + MinPartLength; j <= maxEnd; j++)
            {
                var part = span[i..j];
                if (j == n)
                {
                    if (i == 0) continue; // the whole word is not a split
                    long f = LastPartFrequency(part);
                    if (f > 0) final = Better(final, at.Extend(i, j - i, f, linker: false));
                    continue;
                }
                if (part.Length > _maxWordLength || !_lookup.TryGetValue(part, out long freq)) continue;
                foreach (var linker in Linkers)
                {
                    int next = j + linker.Length;
                    if (next + MinPartLength > n || !span[j..].StartsWith(linker)) continue;
                    best[next] = Better(best[next], at.Extend(i, j - i, freq, linker.Length > 0));
                }
            }
        }
        if (final is null) return false;

        // Koehn & Knight: keep a word whole when it is itself as frequent as its parts.
        long whole = _freq.GetValueOrDefault(word);
        if (whole > 0 && Math.Log(whole) >= final.LogFreqSum / final.Parts) return false;

        var list = new List<(int, int)>(final.Parts);
        for (var c = final; c is not null && c.Parts > 0; c = c.Previous) list.Add((c.PartStart, c.PartLength));
        list.Reverse();
        parts = list;
        return true;
    }

    private void Set(string word, long freq)
    {
        _freq[word] = freq;
        _maxWordLength = Math.Max(_maxWordLength, word.Length);
    }

    private static bool IsLetters(string s)
    {
        foreach (char c in s) if (!char.IsLetter(c)) return false;
        return s.Length > 0;
    }

    /// <summary>The last part may be inflected: budgetten, regelingen, jaren, bedrijven, organisaties.</summary>
    private long LastPartFrequency(ReadOnlySpan<char> part)
    {
        if (part.Length < MinPartLength) return 0;
        if (part.Length <= _maxWordLength && _lookup.TryGetValue(part, out long f)) return f;
        if (part.Length > _maxWordLength + 3) return 0;
        Span<char> buf = stackalloc char[part.Length + 1];
        if (part.EndsWith("en") && part.Length - 2 >= MinPartLength)
        {
            var stem = part[..^2];
            if (Known(stem, out f)) return f;
            char last = stem[^1];
            if (stem.Length >= 2 && stem[^2] == last && Known(stem[..^1], out f)) return f; // budgett-en
            if (last is 'v' or 'z')
            {
                stem.CopyTo(buf);
                buf[stem.Length - 1] = last == 'v' ? 'f' : 's'; // bedrijv-en -> bedrijf
                if (Known(buf[..stem.Length], out f)) return f;
            }
            if (stem.Length >= 3 && IsVowel(stem[^2]) && !IsVowel(stem[^3]) && !IsVowel(last))
            {
                stem[..^1].CopyTo(buf); // jar-en -> jaar: open syllable written with one vowel
                buf[stem.Length - 1] = stem[^2];
                buf[stem.Length] = last;
                if (Known(buf[..(stem.Length + 1)], out f)) return f;
            }
        }
        if (part[^1] is 's' or 'e' or 'n' && Known(part[..^1], out f)) return f;
        return 0;
    }

    private bool Known(ReadOnlySpan<char> s, out long f)
    {
        f = 0;
        return s.Length >= MinPartLength && s.Length <= _maxWordLength && _lookup.TryGetValue(s, out f);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static Candidate? Better(Candidate? a, Candidate b)
    {
        if (a is null) return b;
        if (b.Parts != a.Parts) return b.Parts < a.Parts ? b : a;
        if (b.Linkers != a.Linkers) return b.Linkers > a.Linkers ? b : a;
        return b.LogFreqSum > a.LogFreqSum ? b : a;
    }

    private sealed record Candidate(int Parts, int Linkers, double LogFreqSum, Candidate? Previous, int PartStart, int PartLength)
    {
        public Candidate Extend(int start, int length, long freq, bool linker) =>
            new(Parts + 1, Linkers + (linker ? 1 : 0), LogFreqSum + Math.Log(freq), this, start, length);
    }
}
