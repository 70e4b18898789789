using CaoMonitor.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CaoMonitor.Web.Pages;

/// <summary>
/// Scheduled jobs, in Dutch: each job with its schedule, next and last run. Running a job now,
/// retries, the history, requeue and delete are Hangfire's dashboard at /hangfire (admins only),
/// which this page links to: one place for each thing. Needs the jobs running in this process
/// (`caomonitor serve` starts them); without them the page says where the jobs run instead.
/// </summary>
public static class JobsPage
{
    public const string Dashboard = "/hangfire";

    public static void Map(RouteGroupBuilder read) => read.MapGet("/jobs", (Delegate)Show).ExcludeFromDescription();

    // Dutch users, Dutch clock (the schedules are in Europe/Amsterdam too), whatever the server's zone.
    private static readonly TimeZoneInfo Amsterdam =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var tz) ? tz : TimeZoneInfo.Local;

    private static string When(DateTimeOffset? t) => t is { } v ? TimeZoneInfo.ConvertTime(v, Amsterdam).ToString("d MMM yyyy HH:mm:ss", Html.Nl) : "–";

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
        "retrying" => "wordt opnieuw geprobeerd",
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
            h.Add($"<p class=\"notice\">De planner draait niet in dit proces. Start hem met <code>caomonitor serve</code> (met de webinterface) of <code>caomonitor worker</code>.</p>");
            return Layout.Page(ctx, "Taken", h.ToMarkup());
        }
        if (Layout.Can(ctx.User, Roles.Admin))
            h.Add($"<p><a class=\"button\" href=\"{Dashboard}/recurring\">Taken beheren in het dashboard</a> (nu uitvoeren, geschiedenis, mislukte taken opnieuw proberen of verwijderen; Engelstalig)</p>");
        else
            h.Add($"<p>Beheerders starten taken en zien de volledige geschiedenis in het dashboard.</p>");
        h.Add($"<table class=\"data\" id=\"taken\"><thead><tr><th scope=\"col\">Taak</th><th scope=\"col\">Soort</th><th scope=\"col\">Planning</th><th scope=\"col\">Volgende keer</th><th scope=\"col\">Laatste keer</th><th scope=\"col\">Uitkomst</th></tr></thead><tbody>");
        foreach (var j in await host.List(ctx.RequestAborted))
            h.Add($"<tr><th scope=\"row\">{j.Name}</th><td>{KindDutch(j.Kind)}</td><td><code>{j.Schedule}</code></td><td>{When(j.NextRun)}</td><td>{When(j.LastRun?.Started)}</td><td>{(j.LastRun is { } l ? StatusDutch(l.Status) + (l.Error is { } e ? ": " + e : "") : "–")}</td></tr>");
        h.Add($"</tbody></table>");
        return Layout.Page(ctx, "Taken", h.ToMarkup());
    }
}
