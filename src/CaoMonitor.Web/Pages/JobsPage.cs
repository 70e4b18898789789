using System.Globalization;
using CaoMonitor.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CaoMonitor.Web.Pages;

/// <summary>
/// Scheduled jobs: each job with its schedule, next and last run; the run history with durations and
/// errors; "run now" and "retry" for admins. Needs the scheduler running in this process
/// (`caomonitor serve` starts it); without it the page says where the jobs run instead.
/// </summary>
public static class JobsPage
{
    public static void Map(RouteGroupBuilder read, RouteGroupBuilder admin)
    {
        read.MapGet("/jobs", (Delegate)Show).ExcludeFromDescription();
        admin.MapPost("/jobs/run", (Delegate)Run).WithAntiforgery().ExcludeFromDescription();
    }

    // Dutch users, Dutch clock (the schedules are in Europe/Amsterdam too), whatever the server's zone.
    private static readonly TimeZoneInfo Amsterdam =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var tz) ? tz : TimeZoneInfo.Local;

    private static string When(DateTimeOffset? t) => t is { } v ? TimeZoneInfo.ConvertTime(v, Amsterdam).ToString("d MMM yyyy HH:mm:ss", Html.Nl) : "–";

    public static string Duration(JobRun r)
    {
        if (r.Finished is not { } f) return "loopt";
        var d = f - r.Started;
        return d.TotalSeconds < 60 ? d.TotalSeconds.ToString("0.0", Html.Nl) + " s" : d.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture);
    }

    private static string KindDutch(string kind) => kind switch
    {
        "scheduled" => "gepland",
        "ingest (queued)" => "verwerken (wachtrij)",
        _ when kind.StartsWith("configured", StringComparison.Ordinal) => "ingesteld (start met de planner)",
        _ => kind,
    };

    private static string StatusDutch(string s) => s switch
    {
        "succeeded" => "gelukt",
        "failed" => "mislukt",
        "skipped" => "overgeslagen",
        "running" => "bezig",
        "interrupted" => "onderbroken",
        _ => s,
    };

    private static async Task<IResult> Show(HttpContext ctx)
    {
        var host = ctx.RequestServices.GetService<JobsHost>();
        var h = new Html();
        h.Add($"<h1>Geplande taken</h1>");
        if (host is null)
        {
            h.Add($"<p class=\"notice\">De planner draait niet in dit proces. Start hem met <code>caomonitor serve</code> (met de webinterface) of <code>caomonitor worker</code>; de geschiedenis staat dan hier.</p>");
            return Layout.Page(ctx, "Taken", h.ToMarkup());
        }
        if (ctx.Request.Query["gestart"].FirstOrDefault() is { } started)
            h.Add($"<p class=\"notice\" role=\"status\">Taak {started} is gestart; vernieuw de pagina voor de uitkomst.</p>");
        bool admin = Layout.Can(ctx.User, Roles.Admin);
        var runnable = host.RunnableNames().ToHashSet();
        var token = admin ? Forms.Token(ctx) : Markup.Empty;
        Markup RunButton(string job, string label) => admin && runnable.Contains(job)
            ? Html.M($"<form method=\"post\" action=\"/jobs/run\" class=\"inline\">{token}<input type=\"hidden\" name=\"taak\" value=\"{job}\"><button type=\"submit\" class=\"secondary\">{label}</button></form>")
            : Markup.Empty;

        h.Add($"<table class=\"data\" id=\"taken\"><thead><tr><th scope=\"col\">Taak</th><th scope=\"col\">Soort</th><th scope=\"col\">Planning</th><th scope=\"col\">Volgende keer</th><th scope=\"col\">Laatste keer</th><th scope=\"col\">Uitkomst</th><th scope=\"col\"></th></tr></thead><tbody>");
        foreach (var j in await host.List(ctx.RequestAborted))
            h.Add($"<tr><th scope=\"row\">{j.Name}</th><td>{KindDutch(j.Kind)}</td><td><code>{j.Schedule}</code></td><td>{When(j.NextRun)}</td><td>{When(j.LastRun?.Started)}</td><td>{(j.LastRun is { } l ? StatusDutch(l.Status) + (l.Error is { } e ? ": " + e : "") : "–")}</td><td>{RunButton(j.Name, "Nu uitvoeren")}</td></tr>");
        h.Add($"</tbody></table>");

        h.Add($"<h2>Geschiedenis</h2><table class=\"data\" id=\"geschiedenis\"><thead><tr><th scope=\"col\">Taak</th><th scope=\"col\">Begonnen</th><th scope=\"col\" class=\"num\">Duur</th><th scope=\"col\">Uitkomst</th><th scope=\"col\" class=\"num\">Poging</th><th scope=\"col\">Toelichting of fout</th><th scope=\"col\"></th></tr></thead><tbody>");
        foreach (var r in host.Context.Db.History(limit: 100).OrderByDescending(r => r.Id))
            h.Add($"<tr class=\"status-{r.Status}\"><td>{r.Job}</td><td>{When(r.Started)}</td><td class=\"num\">{Duration(r)}</td><td>{StatusDutch(r.Status)}</td><td class=\"num\">{r.Attempt}</td><td>{r.Error ?? r.Detail ?? ""}</td><td>{(r.Status == "failed" ? RunButton(r.Job, "Opnieuw") : Markup.Empty)}</td></tr>");
        h.Add($"</tbody></table>");
        return Layout.Page(ctx, "Taken", h.ToMarkup());
    }

    /// <summary>Starts a job in the background (it records its own run) and returns to the page at once.</summary>
    private static async Task<IResult> Run(HttpContext ctx)
    {
        var host = ctx.RequestServices.GetService<JobsHost>();
        if (host is null) return Results.NotFound();
        var form = await ctx.Request.ReadFormAsync();
        var job = form["taak"].ToString();
        if (!host.RunnableNames().Contains(job)) return Results.BadRequest();
        var lifetime = ctx.RequestServices.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>();
        _ = Task.Run(() => host.RunNow(job, ct: lifetime.ApplicationStopping));
        return Results.Redirect("/jobs?gestart=" + Uri.EscapeDataString(job));
    }
}
