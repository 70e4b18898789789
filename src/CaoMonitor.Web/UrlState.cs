using System.Text;
using Microsoft.AspNetCore.Http;

namespace CaoMonitor.Web;

/// <summary>
/// A page's state as query parameters: read from the request, changed one parameter at a time, and
/// written back as a URL, so every view can be shared as a link.
/// </summary>
public sealed class UrlState
{
    private readonly string _path;
    private readonly List<KeyValuePair<string, string>> _values;

    private UrlState(string path, List<KeyValuePair<string, string>> values) { _path = path; _values = values; }

    public static UrlState From(HttpRequest r, params string[] keys) =>
        new(r.Path.Value ?? "/", keys.SelectMany(k => r.Query[k].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => new KeyValuePair<string, string>(k, v!.Trim()))).ToList());

    public string? Get(string key) => _values.FirstOrDefault(v => v.Key == key).Value;
    public IReadOnlyList<string> All(string key) => _values.Where(v => v.Key == key).Select(v => v.Value).ToList();

    /// <summary>A copy with the parameter set (null or empty removes it).</summary>
    public UrlState With(string key, string? value)
    {
        var values = _values.Where(v => v.Key != key).ToList();
        if (!string.IsNullOrWhiteSpace(value)) values.Add(new(key, value));
        return new UrlState(_path, values);
    }

    public UrlState Without(params string[] keys) => new(_path, _values.Where(v => !keys.Contains(v.Key)).ToList());

    public string Url
    {
        get
        {
            if (_values.Count == 0) return _path;
            var sb = new StringBuilder(_path).Append('?');
            sb.AppendJoin('&', _values.Select(v => Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value)));
            return sb.ToString();
        }
    }

    /// <summary>Hidden inputs for every parameter except the ones the form itself has.</summary>
    public Markup Hidden(params string[] except) =>
        Html.Join(_values.Where(v => !except.Contains(v.Key)).Select(v => Html.M($"<input type=\"hidden\" name=\"{v.Key}\" value=\"{v.Value}\">")));

    public override string ToString() => Url;
}
