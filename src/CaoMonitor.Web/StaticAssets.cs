using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaoMonitor.Web;

/// <summary>The one stylesheet and the one script, embedded in the assembly and served with a content hash in the URL.</summary>
public static class StaticAssets
{
    private sealed record Asset(byte[] Bytes, string ContentType, string Hash);

    private static readonly Dictionary<string, Asset> Assets = new()
    {
        ["app.css"] = Load("app.css", "text/css; charset=utf-8"),
        ["app.js"] = Load("app.js", "text/javascript; charset=utf-8"),
    };

    public static string Url(string name) => $"/static/{name}?v={Assets[name].Hash}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/static/{name}", (string name, HttpContext ctx) =>
        {
            if (!Assets.TryGetValue(name, out var a)) return Results.NotFound();
            ctx.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(a.Bytes, a.ContentType);
        }).ExcludeFromDescription();

    private static Asset Load(string name, string type)
    {
        using var s = typeof(StaticAssets).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"embedded {name} missing");
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        var bytes = ms.ToArray();
        return new Asset(bytes, type, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..10]);
    }
}
