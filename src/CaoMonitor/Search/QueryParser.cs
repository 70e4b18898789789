using System.Globalization;

namespace CaoMonitor.Search;

/// <summary>
/// Parses the search syntax (see README.md): words (AND), <c>OR</c> (binds tighter than AND),
/// <c>-word</c>/<c>NOT word</c>, <c>"phrases"</c>, <c>word*</c>, <c>NEAR(a b, 5)</c>, parentheses and
/// filters <c>name:value</c>. Recursive descent over a small token list; every failure is a
/// <see cref="QuerySyntaxException"/> with the position of the problem.
/// </summary>
internal static class QueryParser
{
    public const int MaxLength = 500;
    public const int MaxNearDistance = 100;
    public const int DefaultNearDistance = 10;

    /// <summary>Filter names as typed (Dutch and English) mapped to their canonical name.</summary>
    public static readonly IReadOnlyDictionary<string, string> FilterNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["sector"] = "sector",
        ["jaar"] = "jaar", ["year"] = "jaar",
        ["cao"] = "cao",
        ["type"] = "type",
        ["categorie"] = "categorie", ["category"] = "categorie",
    };

    private enum Kind { Word, Prefix, Phrase, Near, Filter, LParen, RParen, Or, And, Not, End }

    private sealed record Tok(Kind Kind, int Pos, string Text = "", QueryNode? Node = null);

    public static AndNode Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > MaxLength)
            throw new QuerySyntaxException($"de zoekvraag is langer dan {MaxLength} tekens", MaxLength);
        var toks = Lex(query, 0, query.Length, allowOperators: true);
        int i = 0;
        var seq = ParseSeq(toks, ref i, nested: false);
        return new AndNode(seq, 0);
    }

    // ---- lexer ----

    private static List<Tok> Lex(string s, int from, int to, bool allowOperators)
    {
        var toks = new List<Tok>();
        int i = from;
        while (i < to)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '(' or ')')
            {
                if (!allowOperators) throw new QuerySyntaxException("NEAR(...) neemt alleen woorden en zinnen", i);
                toks.Add(new Tok(c == '(' ? Kind.LParen : Kind.RParen, i));
                i++;
                continue;
            }
            if (c == '"')
            {
                int close = s.IndexOf('"', i + 1, to - i - 1);
                if (close < 0) throw new QuerySyntaxException("aanhalingsteken niet gesloten", i);
                toks.Add(new Tok(Kind.Phrase, i, Node: new PhraseNode(s[(i + 1)..close], i)));
                i = close + 1;
                continue;
            }
            bool atUnitStart = i == from || char.IsWhiteSpace(s[i - 1]) || s[i - 1] == '(';
            if (c == '-' && atUnitStart && i + 1 < to && !char.IsWhiteSpace(s[i + 1]) && s[i + 1] != ')')
            {
                if (!allowOperators) throw new QuerySyntaxException("NEAR(...) kan geen woorden uitsluiten", i);
                toks.Add(new Tok(Kind.Not, i));
                i++;
                continue;
            }
            int start = i;
            while (i < to && !char.IsWhiteSpace(s[i]) && s[i] is not ('(' or ')' or '"')) i++;
            var word = s[start..i];

            if (word == "NEAR" && i < to && s[i] == '(')
            {
                if (!allowOperators) throw new QuerySyntaxException("NEAR(...) kan niet genest worden", start);
                toks.Add(LexNear(s, start, ref i, to));
                continue;
            }
            if (allowOperators && word is "OR" or "AND" or "NOT")
            {
                toks.Add(new Tok(word == "OR" ? Kind.Or : word == "AND" ? Kind.And : Kind.Not, start));
                continue;
            }
            int colon = word.IndexOf(':');
            if (colon > 0 && word[..colon].All(char.IsAsciiLetter))
            {
                if (!allowOperators) throw new QuerySyntaxException("filters kunnen niet binnen NEAR(...) staan", start);
                var name = word[..colon];
                if (!FilterNames.TryGetValue(name, out var canonical))
                    throw new QuerySyntaxException($"onbekend filter '{name}:' (bekend: sector:, jaar:, cao:, type:, categorie:)", start);
                var value = word[(colon + 1)..];
                if (value.Length == 0 && i < to && s[i] == '"')
                {
                    int close = s.IndexOf('"', i + 1, to - i - 1);
                    if (close < 0) throw new QuerySyntaxException("aanhalingsteken niet gesloten", i);
                    value = s[(i + 1)..close];
                    i = close + 1;
                }
                if (value.Trim().Length == 0) throw new QuerySyntaxException($"filter '{name}:' heeft een waarde nodig", start);
                toks.Add(new Tok(Kind.Filter, start, Node: new FilterNode(canonical, value.Trim(), start)));
                continue;
            }
            if (word.Length > 1 && word.EndsWith('*'))
                toks.Add(new Tok(Kind.Prefix, start, Node: new PrefixNode(word.TrimEnd('*'), start)));
            else
                toks.Add(new Tok(Kind.Word, start, Node: new WordNode(word, start)));
        }
        if (allowOperators) toks.Add(new Tok(Kind.End, to));
        return toks;
    }

    /// <summary>NEAR(a "b c" d, 5): the items up to the matching ')', and an optional distance after the last comma.</summary>
    private static Tok LexNear(string s, int start, ref int i, int to)
    {
        int open = i, close = -1;
        bool inQuote = false;
        for (int k = open + 1; k < to; k++)
        {
            if (s[k] == '"') inQuote = !inQuote;
            else if (!inQuote && s[k] == ')') { close = k; break; }
        }
        if (close < 0) throw new QuerySyntaxException(inQuote ? "aanhalingsteken niet gesloten in NEAR(...)" : "NEAR( wordt niet gesloten met ')'", open);
        int end = close, distance = DefaultNearDistance;
        int comma = s.LastIndexOf(',', close - 1, close - open - 1);
        if (comma > open && s.IndexOf('"', comma, close - comma) < 0)
        {
            var d = s[(comma + 1)..close].Trim();
            if (d.Length > 0 && d.All(char.IsAsciiDigit))
            {
                if (!int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out distance) || distance > MaxNearDistance)
                    throw new QuerySyntaxException($"NEAR-afstand moet tussen 0 en {MaxNearDistance} liggen", comma + 1);
                end = comma;
            }
            else if (d.Length == 0) throw new QuerySyntaxException("NEAR(...) heeft een getal na de komma nodig", comma);
        }
        var inner = Lex(s, open + 1, end, allowOperators: false);
        var items = inner.Select(t => t.Node!).ToList();
        if (items.Any(n => n is PrefixNode)) throw new QuerySyntaxException("NEAR(...) neemt geen voorvoegsels (woord*)", start);
        if (items.Count < 2) throw new QuerySyntaxException("NEAR(...) heeft minstens twee woorden of zinnen nodig", start);
        i = close + 1;
        return new Tok(Kind.Near, start, Node: new NearNode(items, distance, start));
    }

    // ---- parser ----

    private static List<QueryNode> ParseSeq(List<Tok> t, ref int i, bool nested)
    {
        var items = new List<QueryNode>();
        while (true)
        {
            while (t[i].Kind == Kind.And) i++;
            if (t[i].Kind == Kind.End) break;
            if (t[i].Kind == Kind.RParen)
            {
                if (nested) break;
                throw new QuerySyntaxException("')' zonder bijbehorende '('", t[i].Pos);
            }
            items.Add(ParseItem(t, ref i));
        }
        return items;
    }

    private static QueryNode ParseItem(List<Tok> t, ref int i)
    {
        if (t[i].Kind == Kind.Not)
        {
            int pos = t[i].Pos;
            i++;
            if (t[i].Kind == Kind.Not) throw new QuerySyntaxException("dubbele ontkenning", t[i].Pos);
            var inner = ParseUnit(t, ref i);
            if (t[i].Kind == Kind.Or) throw new QuerySyntaxException("een uitgesloten term kan geen deel van OR zijn; gebruik haakjes: -(a OR b)", t[i].Pos);
            return new NotNode(inner, pos);
        }
        var first = ParseUnit(t, ref i);
        if (t[i].Kind != Kind.Or) return first;
        var list = new List<QueryNode> { first };
        while (t[i].Kind == Kind.Or)
        {
            int orPos = t[i].Pos;
            i++;
            if (t[i].Kind is Kind.End or Kind.RParen or Kind.Or or Kind.And)
                throw new QuerySyntaxException("OR heeft aan beide kanten een term nodig", orPos);
            if (t[i].Kind == Kind.Not) throw new QuerySyntaxException("een uitgesloten term kan geen deel van OR zijn; gebruik haakjes: -(a OR b)", t[i].Pos);
            list.Add(ParseUnit(t, ref i));
        }
        return new OrNode(list, first.Position);
    }

    private static QueryNode ParseUnit(List<Tok> t, ref int i)
    {
        var tok = t[i];
        switch (tok.Kind)
        {
            case Kind.LParen:
            {
                i++;
                var seq = ParseSeq(t, ref i, nested: true);
                if (t[i].Kind != Kind.RParen) throw new QuerySyntaxException("'(' wordt niet gesloten met ')'", tok.Pos);
                i++;
                if (seq.Count == 0) throw new QuerySyntaxException("lege haakjes", tok.Pos);
                return seq.Count == 1 ? seq[0] : new AndNode(seq, tok.Pos);
            }
            case Kind.Word or Kind.Prefix or Kind.Phrase or Kind.Near or Kind.Filter:
                i++;
                return tok.Node!;
            case Kind.Or:
                throw new QuerySyntaxException("OR heeft aan beide kanten een term nodig", tok.Pos);
            case Kind.Not:
                throw new QuerySyntaxException("dubbele ontkenning", tok.Pos);
            case Kind.End:
                throw new QuerySyntaxException("de zoekvraag eindigt waar een term werd verwacht", tok.Pos);
            default:
                throw new QuerySyntaxException("hier werd een term verwacht", tok.Pos);
        }
    }
}
