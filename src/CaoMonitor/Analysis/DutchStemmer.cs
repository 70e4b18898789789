namespace CaoMonitor.Analysis;

/// <summary>
/// Martin Porter's Dutch stemmer (the Snowball "porter" Dutch algorithm, as used by Lucene's
/// DutchAnalyzer), written from the published algorithm description. Not Kraaij-Pohlmann:
/// that one conflates words this domain keeps apart (werkgever -> werkver).
/// Input is expected in lower case; the stemmer itself strips the acute/diaeresis accents.
/// </summary>
public static class DutchStemmer
{
    /// <summary>Stems one lower-case word. Thread-safe, no shared state.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0) return word;
        // Words are short; a stack buffer keeps stemming allocation-free apart from the result.
        Span<char> buf = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(buf);
        int len = Stem(buf);
        return buf[..len].SequenceEqual(word) ? word : new string(buf[..len]);
    }

    /// <summary>Stems in place; returns the new length.</summary>
    public static int Stem(Span<char> w)
    {
        int len = w.Length;
        Prelude(w, len);
        MarkRegions(w, len, out int p1, out int p2);

        // Step 1: -heden, -en/-ene, -s/-se.
        if (EndsWith(w, len, "heden"))
        {
            if (len - 5 >= p1) { "heid".AsSpan().CopyTo(w[(len - 5)..]); len -= 1; }
        }
        else if (EndsWith(w, len, "ene")) len = EnEnding(w, len, len - 3, p1);
        else if (EndsWith(w, len, "en")) len = EnEnding(w, len, len - 2, p1);
        else if (EndsWith(w, len, "se")) len = SEnding(w, len, len - 2, p1);
        else if (EndsWith(w, len, "s")) len = SEnding(w, len, len - 1, p1);

        // Step 2: a final -e after a consonant; remembered for -bar in step 3b.
        len = EEnding(w, len, p1, out bool eFound);

        // Step 3a: -heid (not -cheid), then a preceding -en as in step 1.
        if (EndsWith(w, len, "heid") && len - 4 >= p2 && !(len - 4 > 0 && w[len - 5] == 'c'))
        {
            len -= 4;
            if (EndsWith(w, len, "en")) len = EnEnding(w, len, len - 2, p1);
        }

        // Step 3b: derivational suffixes, all restricted to R2.
        if (EndsWith(w, len, "end") || EndsWith(w, len, "ing"))
        {
            if (len - 3 >= p2)
            {
                len -= 3;
                int s = len - 2;
                if (EndsWith(w, len, "ig") && s >= p2 && !(s > 0 && w[s - 1] == 'e')) len = s;
                else len = Undouble(w, len);
            }
        }
        else if (EndsWith(w, len, "ig"))
        {
            int s = len - 2;
            if (s >= p2 && !(s > 0 && w[s - 1] == 'e')) len = s;
        }
        else if (EndsWith(w, len, "lijk"))
        {
            if (len - 4 >= p2) { len -= 4; len = EEnding(w, len, p1, out _); }
        }
        else if (EndsWith(w, len, "baar"))
        {
            if (len - 4 >= p2) len -= 4;
        }
        else if (EndsWith(w, len, "bar"))
        {
            if (len - 3 >= p2 && eFound) len -= 3;
        }

        // Step 4: undouble a long vowel in a closed final syllable (maan -> man).
        if (len >= 4)
        {
            char last = w[len - 1];
            if (!IsVowel(last) && last != 'I')
            {
                char a = w[len - 3], b = w[len - 2];
                if (a == b && (a is 'a' or 'e' or 'o' or 'u') && !IsVowel(w[len - 4]))
                {
                    w[len - 2] = last;
                    len--;
                }
            }
        }

        // Postlude: the protected I/Y become ordinary letters again.
        for (int i = 0; i < len; i++)
        {
            if (w[i] == 'I') w[i] = 'i';
            else if (w[i] == 'Y') w[i] = 'y';
        }
        return len;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'è';

    private static void Prelude(Span<char> w, int len)
    {
        for (int i = 0; i < len; i++)
        {
            w[i] = w[i] switch
            {
                'ä' or 'á' => 'a',
                'ë' or 'é' => 'e',
                'ï' or 'í' => 'i',
                'ö' or 'ó' => 'o',
                'ü' or 'ú' => 'u',
                var c => c,
            };
        }
        // Upper-case I/Y mark consonantal uses so they do not count as vowels.
        if (w[0] == 'y') w[0] = 'Y';
        int p = 0;
        while (p < len)
        {
            if (IsVowel(w[p]) && p + 1 < len)
            {
                if (w[p + 1] == 'i' && p + 2 < len && IsVowel(w[p + 2])) { w[p + 1] = 'I'; p += 2; continue; }
                if (w[p + 1] == 'y') { w[p + 1] = 'Y'; p += 2; continue; }
            }
            p++;
        }
    }

    private static void MarkRegions(Span<char> w, int len, out int p1, out int p2)
    {
        p1 = p2 = len;
        if (len < 3) return;
        int i = PastVowelThenConsonant(w, len, 0);
        if (i < 0) return;
        p1 = Math.Max(i, 3); // R1 must leave at least three letters before it
        i = PastVowelThenConsonant(w, len, i);
        if (i >= 0) p2 = i;
    }

    // Position after the first non-vowel that follows a vowel, starting at 'from'; -1 if none.
    private static int PastVowelThenConsonant(Span<char> w, int len, int from)
    {
        int i = from;
        while (i < len && !IsVowel(w[i])) i++;
        if (i >= len) return -1;
        i++;
        while (i < len && IsVowel(w[i])) i++;
        if (i >= len) return -1;
        return i + 1;
    }

    private static bool EndsWith(Span<char> w, int len, string suffix) =>
        len >= suffix.Length && w[(len - suffix.Length)..len].SequenceEqual(suffix);

    private static int Undouble(Span<char> w, int len) =>
        len >= 2 && w[len - 1] == w[len - 2] && (w[len - 1] is 'k' or 'd' or 't') ? len - 1 : len;

    // -en/-ene: only after a consonant and not after "gem" (gemene -> gemen would be wrong).
    private static int EnEnding(Span<char> w, int len, int start, int p1)
    {
        if (start < p1 || start == 0 || IsVowel(w[start - 1])) return len;
        if (start >= 3 && w[(start - 3)..start].SequenceEqual("gem")) return len;
        return Undouble(w, start);
    }

    // -s/-se: only after a consonant other than j.
    private static int SEnding(Span<char> w, int len, int start, int p1)
    {
        if (start < p1 || start == 0) return len;
        char c = w[start - 1];
        return IsVowel(c) || c == 'j' ? len : start;
    }

    private static int EEnding(Span<char> w, int len, int p1, out bool eFound)
    {
        eFound = false;
        int s = len - 1;
        if (s < 0 || w[s] != 'e' || s < p1 || s == 0 || IsVowel(w[s - 1])) return len;
        eFound = true;
        return Undouble(w, s);
    }
}
