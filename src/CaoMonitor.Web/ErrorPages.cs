using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaoMonitor.Web;

/// <summary>Plain Dutch error pages (and short JSON for the API); never a stack trace.</summary>
public static class ErrorPages
{
    public static string Render(HttpContext ctx, int status, string message) =>
        Layout.Document(ctx, Title(status), Html.M($"<h1>{Title(status)}</h1><p>{message}</p><p><a href=\"/\">Naar zoeken</a></p>"));

    private static string Title(int status) => status switch
    {
        400 => "Ongeldig verzoek",
        401 => "Inloggen nodig",
        403 => "Geen toegang",
        404 => "Niet gevonden",
        413 => "Bestand te groot",
        415 => "Bestandstype niet toegestaan",
        429 => "Te veel verzoeken",
        _ => "Er ging iets mis",
    };

    public static async Task StatusPage(StatusCodeContext c)
    {
        var ctx = c.HttpContext;
        if (ctx.Response.HasStarted || ctx.Response.ContentLength > 0 || ctx.Response.ContentType is not null) return;
        int status = ctx.Response.StatusCode;
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Json(new { status, error = Title(status) }).ExecuteAsync(ctx);
            return;
        }
        ctx.Response.ContentType = "text/html; charset=utf-8";
        await ctx.Response.WriteAsync(Render(ctx, status, status == 404 ? "Deze pagina bestaat niet." : Title(status) + "."));
    }

    public static async Task Exception(HttpContext ctx)
    {
        var error = ctx.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException bad)
        {
            ctx.Response.StatusCode = bad.StatusCode;
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.WriteAsync(Render(ctx, bad.StatusCode, bad.StatusCode == 413 ? "Het bestand is groter dan toegestaan." : "Het verzoek kon niet worden gelezen."));
            return;
        }
        ctx.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("CaoMonitor.Web").LogError(error, "request failed: {Path}", ctx.Request.Path);
        ctx.Response.StatusCode = StatusCodes.Status500InternalServerError;
        ctx.Response.ContentType = "text/html; charset=utf-8";
        await ctx.Response.WriteAsync(Render(ctx, 500, "De pagina kon niet worden gemaakt. De fout is gelogd."));
    }
}
