using System.Text.RegularExpressions;

namespace CaoMonitor.Web;

/// <summary>
/// Word-level differences between two texts: common start and end are skipped, the middle is aligned
/// by longest common subsequence of words. Whitespace differences alone do not count as changes.
/// </summary>
public static partial class WordDiff
{
    public enum Op { Same, Deleted, Inserted }

    public sealed record Piece(Op Op, string Text);

    /// <summary>Above this many word pairs the middle is shown as one deletion and one insertion (bounded memory and time).</summary>
    public const long MaxCells = 4_000_000;

    [GeneratedRegex(@"\S+")] private static partial Regex Word();

    public static List<Piece> Diff(string a, string b)
    {
        var x = Word().Matches(a).Select(m => m.Value).ToArray();
        var y = Word().Matches(b).Select(m => m.Value).ToArray();
        int pre = 0;
        while (pre < x.Length && pre < y.Length && x[pre] == y[pre]) pre++;
        int suf = 0;
        while (suf < x.Length - pre && suf < y.Length - pre && x[^(suf + 1)] == y[^(suf + 1)]) suf++;
        var result = new List<Piece>();
        void Add(Op op, string word)
        {
            if (result.Count > 0 && result[^1].Op == op) result[^1] = result[^1] with { Text = result[^1].Text + " " + word };
            else result.Add(new Piece(op, word));
        }
        foreach (var w in x[..pre]) Add(Op.Same, w);
        var mx = x[pre..(x.Length - suf)];
        var my = y[pre..(y.Length - suf)];
        if ((long)mx.Length * my.Length > MaxCells)
        {
            foreach (var w in mx) Add(Op.Deleted, w);
            foreach (var w in my) Add(Op.Inserted, w);
        }
        else
        {
            // lcs[i, j]: length of the LCS of mx[i..] and my[j..].
            var lcs = new int[mx.Length + 1, my.Length + 1];
            for (int i = mx.Length - 1; i >= 0; i--)
                for (int j = my.Length - 1; j >= 0; j--)
                    lcs[i, j] = mx[i] == my[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            int p = 0, q = 0;
            while (p < mx.Length && q < my.Length)
            {
                if (mx[p] == my[q]) { Add(Op.Same, mx[p]); p++; q++; }
                else if (lcs[p + 1, q] >= lcs[p, q + 1]) Add(Op.Deleted, mx[p++]);
                else Add(Op.Inserted, my[q++]);
            }
            while (p < mx.Length) Add(Op.Deleted, mx[p++]);
            while (q < my.Length) Add(Op.Inserted, my[q++]);
        }
        foreach (var w in x[(x.Length - suf)..]) Add(Op.Same, w);
        return result;
    }

    public static bool Changed(IEnumerable<Piece> pieces) => pieces.Any(p => p.Op != Op.Same);

    public static Markup Render(IEnumerable<Piece> pieces) =>
        Html.Join(pieces.Select(p => p.Op switch
        {
            Op.Deleted => Html.M($"<del>{p.Text}</del>"),
            Op.Inserted => Html.M($"<ins>{p.Text}</ins>"),
            _ => Html.M($"{p.Text}"),
        }), " ");
}
