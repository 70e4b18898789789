using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaoMonitor.Web.Pages;

/// <summary>Login and logout with a cookie; users come from <see cref="UserStore"/> (`caomonitor users add`).</summary>
public static class AccountPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (HttpContext ctx) => Form(ctx, null)).ExcludeFromDescription();
        app.MapPost("/login", Login).WithAntiforgery().ExcludeFromDescription();
        app.MapPost("/logout", async (HttpContext ctx) =>
        {
            await ctx.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/");
        }).WithAntiforgery().ExcludeFromDescription();
        app.MapGet("/denied", (HttpContext ctx) => Layout.Page(ctx, "Geen toegang",
            Html.M($"<h1>Geen toegang</h1><p>Uw rol ({Roles.Dutch(Layout.RoleOf(ctx.User))}) mag dit niet. Vraag een beheerder om een andere rol.</p>"),
            StatusCodes.Status403Forbidden)).ExcludeFromDescription();
    }

    /// <summary>Only a local path is a safe place to return to (no open redirect).</summary>
    public static string SafeReturn(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";

    private static IResult Form(HttpContext ctx, string? error, int status = 200)
    {
        var back = SafeReturn(ctx.Request.Query["terug"].FirstOrDefault() ?? ctx.Request.FormValues().GetValueOrDefault("terug"));
        var h = new Html();
        h.Add($"<h1>Inloggen</h1>");
        if (ctx.Request.Query.ContainsKey("terug") && error is null) h.Add($"<p class=\"notice\">Voor deze handeling moet u ingelogd zijn.</p>");
        if (error is not null) h.Add($"<p class=\"error\" role=\"alert\">{error}</p>");
        h.Add($"""
            <form method="post" action="/login" class="stacked">{Forms.Token(ctx)}
            <input type="hidden" name="terug" value="{back}">
            <label for="naam">Gebruikersnaam</label><input id="naam" name="naam" autocomplete="username" required autofocus>
            <label for="wachtwoord">Wachtwoord</label><input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required>
            <button type="submit">Inloggen</button></form>
            <p class="hint">Accounts maakt een beheerder aan met <code>caomonitor users add NAAM --role analyst</code>.</p>
            """);
        return Layout.Page(ctx, "Inloggen", h.ToMarkup(), status);
    }

    private static async Task<IResult> Login(HttpContext ctx, UserStore users)
    {
        var form = await ctx.Request.ReadFormAsync();
        var user = users.Verify(form["naam"].ToString(), form["wachtwoord"].ToString());
        if (user is null) return Form(ctx, "Onbekende gebruiker of onjuist wachtwoord.", StatusCodes.Status401Unauthorized);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)], CookieAuthenticationDefaults.AuthenticationScheme);
        await ctx.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(SafeReturn(form["terug"].ToString()));
    }

    private static Dictionary<string, string> FormValues(this HttpRequest r) =>
        r.HasFormContentType && r.Form is { } f ? f.ToDictionary(k => k.Key, k => k.Value.ToString()) : [];
}
