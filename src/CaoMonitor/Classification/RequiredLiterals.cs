using System.Text;
using System.Text.RegularExpressions;

namespace CaoMonitor.Classification;

/// <summary>
/// Literals of which every match of a pattern contains at least one, found by reading the pattern: a rule whose
/// literals are all absent from a text cannot match it, so the classifier skips the regex there (one vectorised
/// search of the text for all the literals at once is far cheaper than a pattern such as <c>\b\w*(opleidings|...)plan</c>,
/// which the engine tries at every position). Conservative by construction: anything not understood (a construct
/// outside the subset below, an option that changes how the pattern reads) gives no literals, and then the rule always
/// runs. Written by hand: .NET's own regex parser and its prefix analysis are internal, and no served library derives
/// required substrings of a .NET pattern.
/// <para>What counts: runs of ASCII letters and digits that every match spells out (in a sequence, inside groups and
/// quantifiers of at least one repetition); an alternation contributes a literal common to all its branches, or one
/// literal of each branch. Never: classes, escapes, anchors, lookarounds, anything optional. With
/// <see cref="RegexOptions.IgnoreCase"/> a pattern's k also matches the Kelvin sign (U+212A), which an ordinal
/// case-insensitive search does not, so a text holding that sign is never skipped (<see cref="TieredRegex.MayMatch"/>);
/// every other ASCII letter and digit matches the same characters in both (a test checks all of them).</para>
/// </summary>
internal static class RequiredLiterals
{
    /// <summary>Literals shorter than this occur in nearly every clause: such a prefilter would only cost.</summary>
    internal const int MinLength = 3;

    /// <summary>The literals (lower case), or null when the pattern gives no usable ones.</summary>
    public static IReadOnlyList<string>? Of(string pattern, RegexOptions options)
    {
        // Only the options the taxonomy uses; IgnorePatternWhitespace, for one, changes what a space or # means.
        if ((options & ~(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)) != 0) return null;
        Node node;
        try
        {
            var p = new Parser(pattern);
            node = p.Alternation();
            if (p.Pos != pattern.Length) return null;
        }
        catch (NotSupportedException) { return null; }
        HashSet<string>? best = null;
        foreach (var c in node.Candidates)
            if (Better(c, best)) best = c;
        return best is null ? null : [.. best.Order(StringComparer.Ordinal)];
    }

    /// <summary>A usable set with longer shortest literal wins; then the smaller set (fewer chances to be present).</summary>
    static bool Better(HashSet<string> c, HashSet<string>? than)
    {
        int min = c.Min(s => s.Length);
        if (min < MinLength) return false;
        if (than is null) return true;
        int otherMin = than.Min(s => s.Length);
        int a = Math.Min(min, 6), b = Math.Min(otherMin, 6);
        return a != b ? a > b : c.Count < than.Count;
    }

    /// <summary>
    /// What a piece of pattern guarantees: <see cref="Exact"/> when it always matches this one string (lower case;
    /// the empty string for nothing), and candidate sets, each a set of which every match contains one member.
    /// </summary>
    sealed class Node(string? exact, List<HashSet<string>> candidates)
    {
        public string? Exact { get; } = exact;
        public List<HashSet<string>> Candidates { get; } = candidates;
        public static Node Opaque() => new(null, []);
    }

    sealed class Parser(string p)
    {
        public int Pos;

        /// <summary>branch ('|' branch)*</summary>
        public Node Alternation()
        {
            var branches = new List<Node> { Sequence() };
            while (Pos < p.Length && p[Pos] == '|') { Pos++; branches.Add(Sequence()); }
            if (branches.Count == 1) return branches[0];
            var candidates = new List<HashSet<string>>();
            // A literal every branch requires on its own ("heeft geen", "kent geen": geen).
            var common = branches[0].Candidates.Where(c => c.Count == 1).Select(c => c.First()).ToHashSet();
            foreach (var b in branches.Skip(1))
                common.IntersectWith(b.Candidates.Where(c => c.Count == 1).Select(c => c.First()));
            foreach (var s in common) candidates.Add([s]);
            // Else the best literal of each branch; a branch without any makes the alternation give none this way.
            var union = new HashSet<string>(StringComparer.Ordinal);
            foreach (var b in branches)
            {
                HashSet<string>? best = null;
                foreach (var c in b.Candidates)
                    if (Better(c, best)) best = c;
                if (best is null) { union = null; break; }
                union.UnionWith(best);
            }
            if (union is not null) candidates.Add(union);
            return new Node(null, candidates);
        }

        /// <summary>Atoms with their quantifiers, up to '|' or ')'. Adjacent exact atoms join into one literal.</summary>
        Node Sequence()
        {
            var candidates = new List<HashSet<string>>();
            var run = new StringBuilder();
            bool allExact = true;
            var exact = new StringBuilder();
            void Flush()
            {
                if (run.Length > 0) candidates.Add([run.ToString()]);
                run.Clear();
            }
            while (Pos < p.Length && p[Pos] is not ('|' or ')'))
            {
                var atom = Quantified(Atom());
                if (atom.Exact is { } e)
                {
                    // Its own literal is part of the run (exact atoms hold letters and digits only).
                    run.Append(e);
                    exact.Append(e);
                    continue;
                }
                allExact = false;
                Flush();
                candidates.AddRange(atom.Candidates);
            }
            Flush();
            return new Node(allExact ? exact.ToString() : null, candidates);
        }

        /// <summary>A quantifier after an atom: optional means nothing is required; one or more keeps what the atom requires.</summary>
        Node Quantified(Node atom)
        {
            if (Pos >= p.Length) return atom;
            int min;
            switch (p[Pos])
            {
                case '*': Pos++; min = 0; break;
                case '?': Pos++; min = 0; break;
                case '+': Pos++; min = 1; break;
                case '{' when TryBraces(out min): break;
                default: return atom;
            }
            if (Pos < p.Length && p[Pos] == '?') Pos++; // lazy: same matches, other order
            if (Pos < p.Length && p[Pos] is '*' or '+' or '?' or '{') throw new NotSupportedException("stacked quantifier");
            if (min == 0) return Node.Opaque();
            // Repeated: the atom's literal occurs (at least once), but the run around it no longer continues exactly.
            var candidates = new List<HashSet<string>>(atom.Candidates);
            if (atom.Exact is { Length: > 0 } e) candidates.Add([e]);
            return new Node(null, candidates);
        }

        /// <summary>{n}, {n,}, {n,m}; anything else is not a quantifier (then '{' is a literal, which we do not read as one).</summary>
        bool TryBraces(out int min)
        {
            min = 0;
            int i = Pos + 1, start = i;
            while (i < p.Length && char.IsAsciiDigit(p[i])) i++;
            if (i == start || i >= p.Length) return false;
            min = int.Parse(p.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture);
            if (p[i] == ',')
            {
                i++;
                while (i < p.Length && char.IsAsciiDigit(p[i])) i++;
            }
            if (i >= p.Length || p[i] != '}') return false;
            Pos = i + 1;
            return true;
        }

        Node Atom()
        {
            char ch = p[Pos];
            switch (ch)
            {
                case '(':
                    return Group();
                case '[':
                    SkipClass();
                    return Node.Opaque();
                case '\\':
                    return Escape();
                case '.' or '^' or '$':
                    Pos++;
                    return Node.Opaque();
                case '{':
                    throw new NotSupportedException("literal brace");
                case '*' or '+' or '?':
                    throw new NotSupportedException("quantifier without atom");
                default:
                    Pos++;
                    // ASCII letters and digits only; any other character just breaks the run.
                    if (char.IsAsciiLetterOrDigit(ch))
                        return new Node(char.ToLowerInvariant(ch).ToString(), [[char.ToLowerInvariant(ch).ToString()]]);
                    return Node.Opaque();
            }
        }

        Node Group()
        {
            Pos++; // (
            bool zeroWidth = false;
            if (Pos < p.Length && p[Pos] == '?')
            {
                Pos++;
                if (Pos >= p.Length) throw new NotSupportedException("open group");
                char k = p[Pos];
                if (k == ':' || k == '>') Pos++;
                else if (k is '=' or '!') { Pos++; zeroWidth = true; }
                else if (k == '<' && Pos + 1 < p.Length && p[Pos + 1] is '=' or '!') { Pos += 2; zeroWidth = true; }
                else if (k is '<' or '\'')
                {
                    // Named group: (?<name>...) or (?'name'...).
                    char close = k == '<' ? '>' : '\'';
                    int end = p.IndexOf(close, Pos + 1);
                    if (end < 0) throw new NotSupportedException("group name");
                    Pos = end + 1;
                }
                else
                {
                    // Inline options: (?-i:...), (?i)... Only i (case) is harmless: the literals are case-insensitive anyway.
                    int start = Pos;
                    while (Pos < p.Length && p[Pos] is '-' or 'i' or 'm' or 's' or 'n' or 'x') Pos++;
                    var opts = p.AsSpan(start, Pos - start);
                    if (Pos >= p.Length || opts.IndexOfAny('x', 'n') >= 0 || opts.Length == 0) throw new NotSupportedException("group options");
                    if (p[Pos] == ')') { Pos++; return new Node("", []); } // (?i) itself matches nothing
                    if (p[Pos] != ':') throw new NotSupportedException("group kind");
                    Pos++;
                }
            }
            var inner = Alternation();
            if (Pos >= p.Length || p[Pos] != ')') throw new NotSupportedException("unclosed group");
            Pos++;
            // A lookaround's text may lie outside the match (and, on a span, outside the input): it requires nothing here.
            return zeroWidth ? Node.Opaque() : inner;
        }

        void SkipClass()
        {
            Pos++; // [
            if (Pos < p.Length && p[Pos] == '^') Pos++;
            if (Pos < p.Length && p[Pos] == ']') Pos++; // a leading ] is a member
            while (Pos < p.Length && p[Pos] != ']')
            {
                if (p[Pos] == '\\') Pos++;
                else if (p[Pos] == '[') throw new NotSupportedException("class subtraction");
                Pos++;
            }
            if (Pos >= p.Length) throw new NotSupportedException("unclosed class");
            Pos++;
        }

        Node Escape()
        {
            Pos++; // backslash
            if (Pos >= p.Length) throw new NotSupportedException("trailing backslash");
            char e = p[Pos++];
            if (e is 'p' or 'P')
            {
                int end = p.IndexOf('}', Pos);
                if (end < 0) throw new NotSupportedException("category");
                Pos = end + 1;
            }
            else if (e is 'u') Pos += 4;
            else if (e is 'x') Pos += 2;
            else if (e is 'k') throw new NotSupportedException("named backreference");
            else if (char.IsAsciiDigit(e)) throw new NotSupportedException("backreference or octal");
            if (Pos > p.Length) throw new NotSupportedException("short escape");
            // Classes (\w, \s, \d), anchors (\b), escaped punctuation: none spells a letter of a literal here.
            return Node.Opaque();
        }
    }
}
