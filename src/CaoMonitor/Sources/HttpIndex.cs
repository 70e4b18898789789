using AngleSharp.Html.Parser;

namespace CaoMonitor.Sources;

/// <summary>
/// Reads an index page (a listing of cao's on a web site) and returns the documents it links to:
/// PDF, HTML and DOCX on the same site only, each once, in page order.
/// </summary>
public static class HttpIndex
{
    public static readonly IReadOnlySet<string> DocumentExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".pdf", ".html", ".htm", ".docx", ".txt" };

    public static IReadOnlyList<Uri> Links(string html, Uri pageUri, IReadOnlySet<string>? extensions = null)
    {
        extensions ??= DocumentExtensions;
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var doc = parser.ParseDocument(html);
        // A <base href> changes what relative links mean.
        var baseUri = doc.QuerySelector("base[href]")?.GetAttribute("href") is { } b && Uri.TryCreate(pageUri, b, out var bu) ? bu : pageUri;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<Uri>();
        foreach (var a in doc.QuerySelectorAll("a[href]"))
        {
            var href = a.GetAttribute("href")!.Trim();
            if (href.Length == 0 || href.StartsWith('#')) continue;
            if (!Uri.TryCreate(baseUri, href, out var uri)) continue;
            if (!SameSite(uri, pageUri)) continue;
            var clean = new UriBuilder(uri) { Fragment = "" }.Uri;
            if (clean == StripFragment(pageUri)) continue;
            if (!extensions.Contains(Path.GetExtension(clean.AbsolutePath))) continue;
            if (seen.Add(clean.AbsoluteUri)) list.Add(clean);
        }
        return list;
    }

    /// <summary>Same scheme, host and port: the crawler never leaves the site it was pointed at.</summary>
    public static bool SameSite(Uri a, Uri b) =>
        a.IsAbsoluteUri && b.IsAbsoluteUri && a.Scheme == b.Scheme && a.Port == b.Port
        && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase)
        && a.Scheme is "http" or "https";

    /// <summary>
    /// How a registry names a downloaded document: its path below the index page's folder, else
    /// its path on the site (without the leading slash).
    /// </summary>
    public static string RegistryPath(Uri document, Uri index)
    {
        var docPath = Uri.UnescapeDataString(document.AbsolutePath);
        var dir = Uri.UnescapeDataString(index.AbsolutePath);
        dir = dir[..(dir.LastIndexOf('/') + 1)];
        var rel = docPath.StartsWith(dir, StringComparison.Ordinal) ? docPath[dir.Length..] : docPath.TrimStart('/');
        if (document.Query.Length > 1)
        {
            // Two links that differ only in their query are two documents.
            var tag = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document.Query)))[..8];
            rel = Path.ChangeExtension(rel, null) + "-" + tag + Path.GetExtension(rel);
        }
        return rel.Length == 0 ? "index.html" : rel;
    }

    private static Uri StripFragment(Uri u) => new UriBuilder(u) { Fragment = "" }.Uri;
}
