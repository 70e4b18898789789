using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CaoMonitor.Web;

/// <summary>The frame of every page: skip link, navigation, who is logged in, the main content.</summary>
public static class Layout
{
    private static readonly (string Href, string Label, string? Role)[] Nav =
    [
        ("/", "Zoeken", null),
        ("/documents", "Documenten", null),
        ("/compare", "Vergelijken", null),
        ("/diff", "Verschillen", null),
        ("/monitor", "Monitor", null),
        ("/review", "Beoordelen", Roles.Analyst),
        ("/jobs", "Taken", null),
        ("/upload", "Uploaden", Roles.Admin),
        ("/api", "API", null),
    ];

    public static IResult Page(HttpContext ctx, string title, Markup body, int status = 200) =>
        Results.Content(Document(ctx, title, body), "text/html; charset=utf-8", statusCode: status);

    public static string Document(HttpContext ctx, string title, Markup body)
    {
        var user = ctx.User;
        var path = ctx.Request.Path.Value ?? "/";
        var h = new Html();
        h.Add($"""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} – CaoMonitor</title>
            <link rel="stylesheet" href="{StaticAssets.Url("app.css")}"><script src="{StaticAssets.Url("app.js")}" defer></script>
            </head><body>
            <a class="skip" href="#inhoud">Naar de inhoud</a>
            <header class="top"><a class="brand" href="/">CaoMonitor</a><nav aria-label="Hoofdmenu"><ul>
            """);
        foreach (var (href, label, role) in Nav)
        {
            if (role is not null && !Can(user, role)) continue;
            bool current = href == "/" ? path == "/" : path.StartsWith(href, StringComparison.Ordinal);
            h.Add($"<li><a href=\"{href}\"{(current ? new Markup(" aria-current=\"page\"") : Markup.Empty)}>{label}</a></li>");
        }
        h.Add($"</ul></nav><div class=\"account\">");
        if (user.Identity?.IsAuthenticated == true)
            h.Add($"""<span>{user.Identity.Name} ({Roles.Dutch(RoleOf(user))})</span><form method="post" action="/logout" class="inline">{Forms.Token(ctx)}<button type="submit">Uitloggen</button></form>""");
        else
            h.Add($"<a href=\"/login?terug={Uri.EscapeDataString(path + ctx.Request.QueryString)}\">Inloggen</a>");
        h.Add($"</div></header>\n<main id=\"inhoud\" tabindex=\"-1\">{body}</main>\n<footer>CaoMonitor – VWNW en LLO in cao's. Teksten van documenten worden getoond zoals aangeleverd.</footer></body></html>\n");
        return h.ToString();
    }

    public static string RoleOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role) ?? Roles.Viewer;

    /// <summary>Whether the user has at least this role (admin includes analyst includes viewer).</summary>
    public static bool Can(ClaimsPrincipal user, string role)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        int Rank(string r) => Math.Max(0, Roles.All.ToList().IndexOf(r));
        return Rank(RoleOf(user)) >= Rank(role);
    }
}
