using System.Threading.RateLimiting;
using CaoMonitor.Classification;
using CaoMonitor.Ingestion;
using CaoMonitor.Storage;
using CaoMonitor.Web.Pages;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaoMonitor.Web;

/// <summary>
/// Builds the web application: server-rendered Dutch pages and a JSON API over one store. Pages are
/// minimal-API endpoints that return HTML built with <see cref="Html"/> (every hole encoded).
/// </summary>
public static class WebApp
{
    public static WebApplication Build(WebOptions options, Action<IServiceCollection>? services = null)
    {
        var dataDir = Path.GetFullPath(options.DataDir);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Small by default; the upload endpoint raises it for itself.
            k.Limits.MaxRequestBodySize = 1024 * 1024;
            k.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        if (!options.Quiet) builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);

        var s = builder.Services;
        s.AddSingleton(options with { DataDir = dataDir });
        s.AddSingleton<CaoStore>(_ => IngestPipeline.OpenStore(dataDir));
        s.AddSingleton(sp => new LabelStore(sp.GetRequiredService<CaoStore>()));
        s.AddSingleton(_ => new UserStore(dataDir));
        s.AddSingleton<UploadLock>();
        s.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxUploadBytes);
        s.AddAntiforgery(a =>
        {
            a.Cookie.Name = "caomonitor.af";
            a.Cookie.SameSite = SameSiteMode.Strict;
            a.FormFieldName = "__af";
            a.HeaderName = "X-CSRF-Token";
        });
        s.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(c =>
        {
            c.Cookie.Name = "caomonitor.auth";
            c.Cookie.HttpOnly = true;
            c.Cookie.SameSite = SameSiteMode.Strict;
            c.LoginPath = "/login";
            c.LogoutPath = "/logout";
            c.AccessDeniedPath = "/denied";
            c.ExpireTimeSpan = TimeSpan.FromHours(8);
            c.SlidingExpiration = true;
            c.ReturnUrlParameter = "terug";
            // The API answers with status codes, never with a redirect to a login form.
            c.Events.OnRedirectToLogin = ctx => Redirect(ctx, StatusCodes.Status401Unauthorized);
            c.Events.OnRedirectToAccessDenied = ctx => Redirect(ctx, StatusCodes.Status403Forbidden);
        });
        s.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, p =>
            {
                if (options.OpenReading) p.RequireAssertion(_ => true);
                else p.RequireAuthenticatedUser();
            })
            .AddPolicy(Policies.Analyst, p => p.RequireRole(Roles.Analyst, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));
        s.AddRateLimiter(r =>
        {
            r.GlobalLimiter = SearchLimiter.Create(options);
            r.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await ctx.HttpContext.Response.WriteAsync("Te veel zoekopdrachten tegelijk; probeer het over een minuut opnieuw.", ct);
            };
        });
        s.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "CaoMonitor API";
            doc.Info.Description = "Search, documents, provisions and monitor figures as JSON. Read-only; document text is returned as stored (untrusted).";
            return Task.CompletedTask;
        }));
        services?.Invoke(s);
        if (s.Any(d => d.ServiceType == typeof(CaoMonitor.Jobs.JobsHost))) JobsDashboard.AddServices(s);

        var app = builder.Build();
        // Open the store now: its classifier compiles its rules (seconds), which no visitor should wait for.
        _ = app.Services.GetRequiredService<CaoStore>();
        app.Use(SecurityHeaders.Apply);
        app.UseStatusCodePages(ErrorPages.StatusPage);
        app.UseExceptionHandler(e => e.Run(ErrorPages.Exception));
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        StaticAssets.Map(app);
        AccountPages.Map(app);
        var read = app.MapGroup("").RequireAuthorization(Policies.Read);
        SearchPage.Map(read);
        DocumentPage.Map(read);
        ComparePage.Map(read);
        DiffPage.Map(read);
        MonitorPage.Map(read);
        JobsPage.Map(read);
        ReviewPage.Map(app.MapGroup("").RequireAuthorization(Policies.Analyst));
        UploadPage.Map(app.MapGroup("").RequireAuthorization(Policies.Admin));
        JobsDashboard.Map(app);
        Api.Map(app.MapGroup("/api").RequireAuthorization(Policies.Read));
        app.MapOpenApi("/api/openapi.json").RequireAuthorization(Policies.Read);
        return app;
    }

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int apiStatus)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || HttpMethods.IsPost(ctx.Request.Method) && ctx.Request.Headers.Accept.ToString().Contains("json"))
            ctx.Response.StatusCode = apiStatus;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

public static class Policies
{
    public const string Read = "read";
    public const string Analyst = "analyst";
    public const string Admin = "admin";
}

/// <summary>
/// Rate limiting on search: per client address, a per-minute budget (token bucket) and a cap on
/// searches running at once (the rest wait in a queue), so one client cannot take the server's cores.
/// Other requests are not limited.
/// </summary>
internal static class SearchLimiter
{
    public static bool IsSearch(HttpRequest r) =>
        r.Path.StartsWithSegments("/api/search") ||
        r.Path == "/" && (r.Query.ContainsKey("q") || r.Query.ContainsKey("like"));

    public static PartitionedRateLimiter<HttpContext> Create(WebOptions o)
    {
        string? Key(HttpContext c) => IsSearch(c.Request) ? c.Connection.RemoteIpAddress?.ToString() ?? "?" : null;
        var perMinute = PartitionedRateLimiter.Create<HttpContext, string>(c => Key(c) is { } k && o.SearchPerMinute > 0
            ? RateLimitPartition.GetTokenBucketLimiter(k, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = o.SearchPerMinute, TokensPerPeriod = o.SearchPerMinute, ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0, AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(""));
        var atOnce = PartitionedRateLimiter.Create<HttpContext, string>(c => Key(c) is { } k
            ? RateLimitPartition.GetConcurrencyLimiter(k, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = Math.Max(1, o.SearchConcurrency), QueueLimit = Math.Max(0, o.SearchQueue),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            : RateLimitPartition.GetNoLimiter(""));
        return PartitionedRateLimiter.CreateChained(perMinute, atOnce);
    }
}

/// <summary>One upload is ingested at a time (the store has one writer anyway; this keeps requests from piling up).</summary>
public sealed class UploadLock
{
    public SemaphoreSlim Gate { get; } = new(1, 1);
}
