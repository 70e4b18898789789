using CaoMonitor.Jobs;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaoMonitor.Web;

/// <summary>
/// Hangfire's dashboard at /hangfire, inside `serve`, over the same job store the jobs run on:
/// succeeded, failed, retries, requeue and delete, recurring jobs ("trigger now"), history. Behind
/// our cookie login: anonymous visitors are sent to the login page, viewers are refused, analysts
/// see it read-only, admins may act. Its buttons post with our antiforgery token (Hangfire checks
/// it through ASP.NET Core's antiforgery service). Only when the jobs run in this process.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/hangfire";

    /// <summary>
    /// The dashboard's pages set inline style attributes (progress bars, graphs), which the site-wide
    /// policy blocks; this relaxation applies to /hangfire alone. Scripts stay 'self' only.
    /// </summary>
    public const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static bool Applies(HttpContext ctx) => ctx.Request.Path.StartsWithSegments(Path);

    /// <summary>Hangfire's services the dashboard needs; the job storage is passed in, nothing global is configured.</summary>
    public static void AddServices(IServiceCollection services) => services.AddHangfire(_ => { });

    public static void Map(WebApplication app)
    {
        if (app.Services.GetService<JobsHost>() is not { } jobs) return;
        // Before Hangfire's middleware: our login decides who gets in, the way every other page does.
        app.UseWhen(Applies, branch => branch.Use(async (ctx, next) =>
        {
            if (ctx.User.Identity?.IsAuthenticated != true) { await ctx.ChallengeAsync(); return; }
            if (!Layout.Can(ctx.User, Roles.Analyst)) { await ctx.ForbidAsync(); return; }
            await next(ctx);
        }));
        app.UseHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new AnalystOrAdmin()],
            IsReadOnlyFunc = ctx => !Layout.Can(ctx.GetHttpContext().User, Roles.Admin),
            AppPath = "/jobs",
            DashboardTitle = "CaoMonitor jobs",
            DisplayStorageConnectionString = false,
        }, jobs.Storage);
    }

    /// <summary>Hangfire's own check, behind ours: never open to a visitor our gate would have refused.</summary>
    private sealed class AnalystOrAdmin : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => Layout.Can(context.GetHttpContext().User, Roles.Analyst);
    }
}
