using CaoMonitor.Domain;

namespace CaoMonitor.Monitoring;

public sealed class RuleSyntaxException(string message, int position) : Exception($"{message} (at position {position + 1})")
{
    public int Position { get; } = position;
}

/// <summary>
/// A boolean rule over categories and strengths, e.g.
/// <c>VWNW.LOOPBAAN:recht AND (VWNW.TRAJECT OR VWNW.SOCIAAL_PLAN) AND NOT LLO.FONDS:verwijzing</c>.
/// A name is a category or a group (true when any member holds); <c>:strength</c> asks for at
/// least that strength (recht &gt; inspanning &gt; verwijzing). AND binds tighter than OR.
/// </summary>
public abstract record RuleExpression
{
    public abstract bool Holds(Func<string, Strength?> strongest, MonitorDefinition def);

    public sealed record Atom(string Name, Strength? AtLeast) : RuleExpression
    {
        public override bool Holds(Func<string, Strength?> strongest, MonitorDefinition def) =>
            def.Expand(Name).Any(code => strongest(code) is { } s && (AtLeast is null || s >= AtLeast));
        public override string ToString() => AtLeast is { } s ? $"{Name}:{s.Code()}" : Name;
    }

    public sealed record And(RuleExpression Left, RuleExpression Right) : RuleExpression
    {
        public override bool Holds(Func<string, Strength?> s, MonitorDefinition d) => Left.Holds(s, d) && Right.Holds(s, d);
        public override string ToString() => $"({Left} AND {Right})";
    }

    public sealed record Or(RuleExpression Left, RuleExpression Right) : RuleExpression
    {
        public override bool Holds(Func<string, Strength?> s, MonitorDefinition d) => Left.Holds(s, d) || Right.Holds(s, d);
        public override string ToString() => $"({Left} OR {Right})";
    }

    public sealed record Not(RuleExpression Inner) : RuleExpression
    {
        public override bool Holds(Func<string, Strength?> s, MonitorDefinition d) => !Inner.Holds(s, d);
        public override string ToString() => $"NOT {Inner}";
    }

    /// <summary>Parses a rule; with <paramref name="known"/>, names outside it are refused (typos must not silently count as false).</summary>
    public static RuleExpression Parse(string text, IReadOnlySet<string>? known = null)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new RuleSyntaxException("the rule is empty", 0);
        if (text.Length > 2000) throw new RuleSyntaxException("the rule is longer than 2,000 characters", 2000);
        var p = new Parser(text, known);
        var e = p.ParseOr();
        p.SkipSpace();
        if (!p.AtEnd) throw new RuleSyntaxException($"unexpected '{p.Rest()}'", p.Pos);
        return e;
    }

    private sealed class Parser(string s, IReadOnlySet<string>? known)
    {
        public int Pos;
        private int _depth;
        public bool AtEnd => Pos >= s.Length;
        public string Rest() => s[Pos..Math.Min(s.Length, Pos + 20)];

        public void SkipSpace() { while (Pos < s.Length && char.IsWhiteSpace(s[Pos])) Pos++; }

        private bool Keyword(string k)
        {
            SkipSpace();
            if (string.Compare(s, Pos, k, 0, k.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
            int end = Pos + k.Length;
            if (end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] is '_' or '.')) return false;
            Pos = end;
            return true;
        }

        public RuleExpression ParseOr()
        {
            var left = ParseAnd();
            while (Keyword("OR")) left = new Or(left, ParseAnd());
            return left;
        }

        private RuleExpression ParseAnd()
        {
            var left = ParseUnary();
            while (Keyword("AND")) left = new And(left, ParseUnary());
            return left;
        }

        private RuleExpression ParseUnary()
        {
            if (Keyword("NOT")) return new Not(ParseUnary());
            SkipSpace();
            if (AtEnd) throw new RuleSyntaxException("expected a category, group or '(' but the rule ends", Pos);
            if (s[Pos] == '(')
            {
                if (++_depth > 50) throw new RuleSyntaxException("too deeply nested", Pos);
                int open = Pos++;
                var inner = ParseOr();
                SkipSpace();
                if (AtEnd || s[Pos] != ')') throw new RuleSyntaxException("missing ')' for the '(' here", open);
                Pos++;
                _depth--;
                return inner;
            }
            int start = Pos;
            while (Pos < s.Length && (char.IsLetterOrDigit(s[Pos]) || s[Pos] is '.' or '_')) Pos++;
            if (Pos == start) throw new RuleSyntaxException($"expected a category, group or '(' at '{Rest()}'", start);
            var name = s[start..Pos];
            if (name.Equals("AND", StringComparison.OrdinalIgnoreCase) || name.Equals("OR", StringComparison.OrdinalIgnoreCase))
                throw new RuleSyntaxException($"'{name}' needs something on its left", start);
            if (known is not null && !known.Contains(name)) throw new RuleSyntaxException($"unknown category or group '{name}'", start);
            Strength? atLeast = null;
            if (Pos < s.Length && s[Pos] == ':')
            {
                int ss = ++Pos;
                while (Pos < s.Length && char.IsLetter(s[Pos])) Pos++;
                atLeast = Strengths.Parse(s[ss..Pos]) ?? throw new RuleSyntaxException($"'{s[ss..Pos]}' is not a strength (recht, inspanning, verwijzing)", ss);
            }
            return new Atom(name, atLeast);
        }
    }
}
