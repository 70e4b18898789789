using System.Globalization;
using System.Text;

namespace CaoMonitor.Analysis;

/// <summary>
/// Splits cao text into tokens in one left-to-right pass. Every look-ahead is bounded by a small
/// constant, so the cost is linear in the input (no regular expressions, no backtracking).
/// Special forms (amounts, percentages, dates, article references, abbreviations) get a
/// normalised lower-case term; ordinary words keep their case (that is <see cref="LowerCaseFilter"/>'s job).
/// Hyphenated words emit the whole word plus its parts; see README.md for positions.
/// </summary>
public sealed class Tokenizer
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    // Abbreviations written as one word with a final dot. Single letters with dots (o.a., m.b.t.)
    // are recognised by shape and need no list.
    private static readonly HashSet<string> DotAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bijv", "evt", "incl", "excl", "ca", "resp", "nr", "nrs", "blz", "enz", "etc", "max", "min",
        "mln", "mld", "mrd", "zgn", "vgl", "jl", "dhr", "mevr", "mr", "drs", "ir", "ing", "prof",
        "st", "vlg", "pag", "lid", "sub", "jo", "ivm", "tel", "aant", "gem", "afd", "bijl", "hfst",
    };

    // Longer tokens are garbage (base64, tables without spaces); dropping them keeps index and stemmer sane.
    public int MaxTokenLength { get; init; } = 255;

    public IEnumerable<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanner = new Scanner(text, MaxTokenLength);
        var buffer = new List<Token>(8);
        while (scanner.Next(buffer))
        {
            foreach (var t in buffer) yield return t;
            buffer.Clear();
        }
    }

    private sealed class Scanner(string text, int maxLen)
    {
        private readonly string _s = text;
        private readonly int _n = text.Length;
        private int _i;
        private int _pos;
        private readonly List<(int Start, int End)> _parts = new(4);

        /// <summary>Appends the next token group (a token and its expansions); false at end of text.</summary>
        public bool Next(List<Token> output)
        {
            while (_i < _n)
            {
                char c = _s[_i];
                bool emitted =
                    c == '€' ? Euro(output) :
                    c == '§' ? Paragraph(output) :
                    IsAsciiDigit(c) ? NumberLike(output) :
                    IsWordStart(c) ? WordLike(output) :
                    Skip();
                if (emitted && output.Count > 0) return true;
            }
            return false;
        }

        private bool Skip() { _i++; return false; }

        private char At(int k) => k < _n ? _s[k] : '\0';

        private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

        private static bool IsWordStart(char c) => char.IsLetter(c);

        private static bool IsWordChar(char c)
        {
            if (c < 128) return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
            if (char.IsLetterOrDigit(c)) return true;
            var cat = char.GetUnicodeCategory(c);
            return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
        }

        private static bool IsApostrophe(char c) => c is '\'' or '’' or '`';

        private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

        private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\r' or '\n';

        // Bounded so that a failed look-ahead re-reads at most a few characters.
        private int SkipSpaces(int k, int max = 4)
        {
            int end = Math.Min(_n, k + max);
            while (k < end && IsSpace(_s[k])) k++;
            return k;
        }

        private int LetterRunEnd(int k, int max)
        {
            int end = Math.Min(_n, k + max);
            while (k < end && char.IsLetter(_s[k])) k++;
            return k;
        }

        private bool RunEquals(int start, int end, string word) =>
            _s.AsSpan(start, end - start).Equals(word, StringComparison.OrdinalIgnoreCase);

        private void Emit(List<Token> output, string term, int start, int end, TokenType type)
        {
            output.Add(new Token(term, start, end, _pos, type));
            _pos++;
        }

        // ---- numbers ----------------------------------------------------------------------

        /// <summary>Reads digits with '.'/',' separators (each followed by a digit); returns the end.</summary>
        private int NumberEnd(int k)
        {
            while (k < _n)
            {
                if (IsAsciiDigit(_s[k])) k++;
                else if (_s[k] is '.' or ',' && IsAsciiDigit(At(k + 1))) k++;
                else break;
            }
            return k;
        }

        /// <summary>Dutch notation: '.' groups thousands, ',' is the decimal sign. 1.500,50 -> 1500,50; 5.3 stays.</summary>
        private string NormalizeNumber(int start, int end)
        {
            var span = _s.AsSpan(start, end - start);
            if (span.IndexOf('.') < 0) return span.ToString();
            int comma = span.IndexOf(',');
            var intPart = comma < 0 ? span : span[..comma];
            // Thousands only when every group after the first has exactly three digits.
            int firstDot = intPart.IndexOf('.');
            bool thousands = firstDot is >= 1 and <= 3 && intPart.IndexOf(',') < 0;
            if (thousands)
            {
                for (int g = firstDot; g < intPart.Length; g += 4)
                {
                    if (intPart[g] != '.' || g + 4 > intPart.Length || intPart.Slice(g + 1, 3).ContainsAnyExcept("0123456789"))
                    { thousands = false; break; }
                }
                if (thousands && (intPart.Length - firstDot) % 4 != 0) thousands = false;
            }
            if (!thousands) return span.ToString();
            var sb = new StringBuilder(span.Length);
            foreach (char ch in intPart) if (ch != '.') sb.Append(ch);
            if (comma >= 0) sb.Append(span[comma..]);
            return sb.ToString();
        }

        private static string AmountValue(string number)
        {
            // 1.500,- and 1.500,00 are the same amount.
            int comma = number.IndexOf(',');
            if (comma >= 0 && number.AsSpan(comma + 1).IndexOfAnyExcept('0') < 0) number = number[..comma];
            return number;
        }

        /// <summary>Length of a ",-", ",--" or ",=" after an amount.</summary>
        private int DashSuffixEnd(int k)
        {
            if (At(k) == ',' && At(k + 1) is '-' or '=' or '–')
            {
                k += 2;
                if (At(k) is '-' or '=') k++;
            }
            return k;
        }

        private bool NumberLike(List<Token> output)
        {
            int start = _i;
            if (TryNumericDate(output)) return true;
            int end = NumberEnd(start);

            // 13e, 4a, 2x: a number glued to letters stays one token.
            if (IsWordChar(At(end)))
            {
                int k = end;
                while (k < _n && IsWordChar(_s[k])) k++;
                _i = k;
                if (k - start <= maxLen)
                    Emit(output, _s.Substring(start, k - start).ToLowerInvariant(), start, k, TokenType.Number);
                return true;
            }

            string number = NormalizeNumber(start, end);

            // 1,5% / 1,5 % / 1,5 procent
            int a = SkipSpaces(end, 2);
            if (At(a) == '%')
            {
                _i = a + 1;
                Emit(output, number + "%", start, _i, TokenType.Percentage);
                return true;
            }
            int wordEnd = LetterRunEnd(a, 10);
            if (wordEnd > a && !IsWordChar(At(wordEnd)))
            {
                if (RunEquals(a, wordEnd, "procent"))
                {
                    _i = wordEnd;
                    Emit(output, number + "%", start, _i, TokenType.Percentage);
                    return true;
                }
                if (RunEquals(a, wordEnd, "euro") || RunEquals(a, wordEnd, "eur"))
                {
                    _i = wordEnd;
                    Emit(output, "eur" + AmountValue(number), start, _i, TokenType.Amount);
                    return true;
                }
                if (TrySpelledDate(output, start, end, a, wordEnd)) return true;
            }

            int dashEnd = DashSuffixEnd(end);
            _i = dashEnd > end ? dashEnd : end;
            if (end - start <= maxLen)
                Emit(output, dashEnd > end ? "eur" + AmountValue(number) : number, start, _i,
                    dashEnd > end ? TokenType.Amount : TokenType.Number);
            return true;
        }

        private int Digits(int k, int min, int max, out int value)
        {
            value = 0;
            int count = 0;
            while (count < max && IsAsciiDigit(At(k + count))) { value = value * 10 + (_s[k + count] - '0'); count++; }
            return count >= min && !IsAsciiDigit(At(k + count)) ? k + count : -1;
        }

        /// <summary>01-01-2025, 1/1/2025, 01.01.2025 (four-digit year only).</summary>
        private bool TryNumericDate(List<Token> output)
        {
            int start = _i;
            int k = Digits(start, 1, 2, out int day);
            if (k < 0) return false;
            char sep = At(k);
            if (sep is not ('-' or '/' or '.')) return false;
            k = Digits(k + 1, 1, 2, out int month);
            if (k < 0 || At(k) != sep) return false;
            int yearStart = k + 1;
            k = Digits(yearStart, 4, 4, out int year);
            if (k < 0 || IsWordChar(At(k)) || !ValidDate(year, month, day)) return false;
            _i = k;
            int p = _pos;
            Emit(output, $"{year:D4}-{month:D2}-{day:D2}", start, k, TokenType.Date);
            // The year alone must stay findable.
            output.Add(new Token(year.ToString(CultureInfo.InvariantCulture), yearStart, k, p, TokenType.Number, TokenFlags.Expansion));
            return true;
        }

        private static bool ValidDate(int year, int month, int day) =>
            month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month);

        /// <summary>1 januari 2025: the date, plus day, month and year as expansions at consecutive positions.</summary>
        private bool TrySpelledDate(List<Token> output, int start, int dayEnd, int monthStart, int monthEnd)
        {
            if (dayEnd - start > 2 || !int.TryParse(_s.AsSpan(start, dayEnd - start), out int day)) return false;
            int month = Array.FindIndex(Months, m => RunEquals(monthStart, monthEnd, m)) + 1;
            if (month == 0) return false;
            int yearStart = SkipSpaces(monthEnd);
            if (yearStart == monthEnd) return false;
            int yearEnd = Digits(yearStart, 4, 4, out int year);
            if (yearEnd < 0 || IsWordChar(At(yearEnd)) || !ValidDate(year, month, day)) return false;
            _i = yearEnd;
            int p = _pos;
            output.Add(new Token($"{year:D4}-{month:D2}-{day:D2}", start, yearEnd, p, TokenType.Date));
            output.Add(new Token(day.ToString(CultureInfo.InvariantCulture), start, dayEnd, p, TokenType.Number, TokenFlags.Expansion));
            output.Add(new Token(_s.Substring(monthStart, monthEnd - monthStart), monthStart, monthEnd, p + 1, TokenType.Word, TokenFlags.Expansion));
            output.Add(new Token(year.ToString(CultureInfo.InvariantCulture), yearStart, yearEnd, p + 2, TokenType.Number, TokenFlags.Expansion));
            _pos = p + 3;
            return true;
        }

        // ---- amounts and references -------------------------------------------------------

        private bool Euro(List<Token> output)
        {
            int start = _i;
            int k = SkipSpaces(start + 1, 2);
            if (!IsAsciiDigit(At(k))) { _i++; return false; }
            return AmountFrom(output, start, k);
        }

        private bool AmountFrom(List<Token> output, int start, int numberStart)
        {
            int end = NumberEnd(numberStart);
            string number = AmountValue(NormalizeNumber(numberStart, end));
            _i = DashSuffixEnd(end);
            if (end - numberStart <= maxLen)
                Emit(output, "eur" + number, start, _i, TokenType.Amount);
            return true;
        }

        private bool Paragraph(List<Token> output)
        {
            int start = _i;
            int k = SkipSpaces(start + 1, 2);
            if (!IsAsciiDigit(At(k))) { _i++; return false; }
            return ReferenceFrom(output, start, k, "par");
        }

        /// <summary>5, 5.3, 5.3.1, 4a: digits, dotted digit groups, at most one trailing letter.</summary>
        private bool ReferenceFrom(List<Token> output, int start, int numberStart, string prefix)
        {
            int k = numberStart;
            while (k < _n && (IsAsciiDigit(_s[k]) || (_s[k] == '.' && IsAsciiDigit(At(k + 1))))) k++;
            if (char.IsLetter(At(k)) && !IsWordChar(At(k + 1))) k++;
            _i = k;
            if (k - numberStart <= maxLen)
                Emit(output, prefix + _s.Substring(numberStart, k - numberStart).ToLowerInvariant(), start, k, TokenType.ArticleReference);
            return true;
        }

        // ---- words ------------------------------------------------------------------------

        private bool WordLike(List<Token> output)
        {
            int start = _i;
            int runEnd = start;
            while (runEnd < _n && char.IsLetter(_s[runEnd]) && runEnd - start < 16) runEnd++;
            bool plainRun = !IsWordChar(At(runEnd));
            char next = At(runEnd);

            if (runEnd == start + 1 && next == '.' && char.IsLetter(At(runEnd + 1)) && At(runEnd + 2) == '.')
                return DottedAbbreviation(output, start);
            if (runEnd == start + 1 && next == '/' && char.IsLetter(At(runEnd + 1)) && !IsWordChar(At(runEnd + 2)))
            {
                _i = runEnd + 2;
                Emit(output, $"{_s[start]}{_s[runEnd + 1]}".ToLowerInvariant(), start, _i, TokenType.Abbreviation);
                return true;
            }
            if (plainRun)
            {
                // art. 5.3 / artikel 4a / EUR 500
                bool art = RunEquals(start, runEnd, "art") && next == '.';
                if (art || RunEquals(start, runEnd, "artikel"))
                {
                    int k = SkipSpaces(art ? runEnd + 1 : runEnd);
                    if (IsAsciiDigit(At(k)) && k > runEnd) return ReferenceFrom(output, start, k, "art");
                }
                if (RunEquals(start, runEnd, "eur") || RunEquals(start, runEnd, "euro"))
                {
                    int k = SkipSpaces(runEnd, 2);
                    if (k > runEnd && IsAsciiDigit(At(k))) return AmountFrom(output, start, k);
                }
                if (next == '.' && DotAbbreviations.Contains(_s.Substring(start, runEnd - start)))
                {
                    _i = runEnd + 1;
                    Emit(output, _s.Substring(start, runEnd - start).ToLowerInvariant(), start, _i, TokenType.Abbreviation);
                    return true;
                }
            }
            return Word(output, start);
        }

        private bool DottedAbbreviation(List<Token> output, int start)
        {
            // Single letters each followed by a dot: o.a. m.b.t. d.w.z.
            var sb = new StringBuilder(8);
            int k = start;
            while (k + 1 < _n && char.IsLetter(_s[k]) && _s[k + 1] == '.' && (k == start || !char.IsLetter(_s[k - 1])))
            {
                sb.Append(char.ToLowerInvariant(_s[k]));
                k += 2;
                if (sb.Length >= 8 || !char.IsLetter(At(k)) || At(k + 1) != '.') break;
            }
            if (IsWordChar(At(k)))
            {
                // a.b.cde is not an abbreviation: take the letter alone as a word.
                _i = start + 1;
                Emit(output, _s.Substring(start, 1), start, start + 1, TokenType.Word);
                return true;
            }
            _i = k;
            Emit(output, sb.ToString(), start, k, TokenType.Abbreviation);
            return true;
        }

        private bool Word(List<Token> output, int start)
        {
            _parts.Clear();
            int partStart = start, k = start, termEnd;
            bool apostrophe = false;
            while (true)
            {
                while (k < _n && IsWordChar(_s[k])) k++;
                char c = At(k);
                if (IsApostrophe(c) && char.IsLetter(At(k + 1)))
                {
                    // cao's, auto's: the 's is plural/genitive and is dropped from the term;
                    // zzp'ers: the apostrophe only separates letters and is dropped.
                    if (At(k + 1) is 's' or 'S' && !IsWordChar(At(k + 2)))
                    {
                        termEnd = k;
                        k += 2;
                        apostrophe = true;
                        break;
                    }
                    apostrophe = true;
                    k++;
                    continue;
                }
                if (c == '&' && char.IsLetterOrDigit(At(k + 1))) { k++; continue; }
                if (IsHyphen(c) && char.IsLetterOrDigit(At(k + 1)))
                {
                    _parts.Add((partStart, k));
                    partStart = k + 1;
                    k++;
                    continue;
                }
                termEnd = k;
                break;
            }
            _i = k;

            if (_parts.Count == 0)
            {
                if (termEnd - start <= maxLen)
                    Emit(output, Term(start, termEnd, apostrophe), start, k, TokenType.Word);
                return true;
            }

            _parts.Add((partStart, termEnd));
            int p = _pos;
            bool whole = termEnd - start <= maxLen;
            if (whole) output.Add(new Token(Term(start, termEnd, apostrophe), start, k, p, TokenType.Word));
            for (int j = 0; j < _parts.Count; j++)
            {
                var (ps, pe) = _parts[j];
                if (pe - ps > maxLen || pe == ps) continue;
                bool last = j == _parts.Count - 1;
                var type = _s.AsSpan(ps, pe - ps).ContainsAnyExcept("0123456789") ? TokenType.Word : TokenType.Number;
                output.Add(new Token(Term(ps, pe, apostrophe), ps, last ? k : pe, p + j, type,
                    whole ? TokenFlags.Expansion : TokenFlags.None));
            }
            _pos = p + _parts.Count;
            return true;
        }

        private string Term(int start, int end, bool mayHaveApostrophe)
        {
            var span = _s.AsSpan(start, end - start);
            if (!mayHaveApostrophe || span.IndexOfAny('\'', '’', '`') < 0) return span.ToString();
            var sb = new StringBuilder(span.Length);
            foreach (char ch in span) if (!IsApostrophe(ch)) sb.Append(ch);
            return sb.ToString();
        }
    }
}
