using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace CaoMonitor.Web;

/// <summary>A piece of HTML that is already safe: written by our code, or built through <see cref="Html"/>.</summary>
public readonly record struct Markup(string Value)
{
    public static readonly Markup Empty = new("");
    public override string ToString() => Value;
}

/// <summary>
/// Builds pages. The literal parts of an interpolated string are our own markup; every hole is
/// HTML-encoded unless it is <see cref="Markup"/>. So document text (untrusted) can only reach a page
/// encoded, and nobody has to remember to encode it.
/// </summary>
public sealed class Html
{
    internal static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    internal readonly StringBuilder Builder = new();

    public Html Add([InterpolatedStringHandlerArgument("")] ref HtmlHandler h) => this;

    public Html Add(Markup m)
    {
        Builder.Append(m.Value);
        return this;
    }

    public Html Text(string? text)
    {
        Encode(Builder, text);
        return this;
    }

    public Markup ToMarkup() => new(Builder.ToString());
    public override string ToString() => Builder.ToString();

    /// <summary>One fragment from an interpolated string, holes encoded.</summary>
    public static Markup M([InterpolatedStringHandlerArgument] ref HtmlHandler h) => h.Result();

    public static Markup Join(IEnumerable<Markup> parts, string separator = "") => new(string.Join(separator, parts.Select(p => p.Value)));

    /// <summary>Escapes the five HTML-significant characters; Dutch letters and € stay readable.</summary>
    public static void Encode(StringBuilder sb, string? s)
    {
        if (s is null) return;
        foreach (var c in s)
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\0': break;
                default: sb.Append(c); break;
            }
    }

    public static string Encode(string? s)
    {
        var sb = new StringBuilder(s?.Length ?? 0);
        Encode(sb, s);
        return sb.ToString();
    }
}

[InterpolatedStringHandler]
public ref struct HtmlHandler
{
    private readonly StringBuilder _sb;

    public HtmlHandler(int literalLength, int formattedCount, Html html) => _sb = html.Builder;

    public HtmlHandler(int literalLength, int formattedCount) => _sb = new StringBuilder(literalLength + formattedCount * 16);

    public void AppendLiteral(string s) => _sb.Append(s);
    public void AppendFormatted(Markup m) => _sb.Append(m.Value);
    public void AppendFormatted(string? s) => Html.Encode(_sb, s);

    public void AppendFormatted<T>(T value, string? format = null)
    {
        // Numbers and dates as a Dutch reader expects them; whatever it is, it is encoded.
        var s = value is IFormattable f ? f.ToString(format, Html.Nl) : value?.ToString();
        Html.Encode(_sb, s);
    }

    internal Markup Result() => new(_sb.ToString());
}
