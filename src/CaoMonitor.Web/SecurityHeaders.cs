using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaoMonitor.Web;

/// <summary>Headers on every response: no inline script or style (the jobs dashboard alone allows inline style), no framing, no sniffing.</summary>
public static class SecurityHeaders
{
    public const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Apply(HttpContext ctx, Func<Task> next)
    {
        var h = ctx.Response.Headers;
        h.ContentSecurityPolicy = JobsDashboard.Applies(ctx) ? JobsDashboard.Csp : Csp;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "same-origin";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next();
    }
}

/// <summary>Antiforgery for every form: the hidden field for pages, the check for every POST endpoint.</summary>
public static class Forms
{
    public static Markup Token(HttpContext ctx)
    {
        var t = ctx.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(ctx);
        return Html.M($"<input type=\"hidden\" name=\"{t.FormFieldName}\" value=\"{t.RequestToken}\">");
    }

    /// <summary>Endpoint filter: a POST without a valid token is refused with 400 before the handler runs.</summary>
    public static async ValueTask<object?> Validate(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        try
        {
            await ctx.HttpContext.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(ctx.HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Content(ErrorPages.Render(ctx.HttpContext, StatusCodes.Status400BadRequest,
                "Het formulier is verlopen of komt niet van deze site. Laad de pagina opnieuw en probeer het nog eens."),
                "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        return await next(ctx);
    }

    public static TBuilder WithAntiforgery<TBuilder>(this TBuilder b) where TBuilder : IEndpointConventionBuilder =>
        b.AddEndpointFilter(Validate);
}
