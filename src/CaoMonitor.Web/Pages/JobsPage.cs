namespace CaoMonitor.Web.Pages;

/// <summary>
/// Scheduled jobs. The scheduler (issue 6) is not part of this build yet; until it is, the page says
/// so instead of pretending. Run now / retry will be admin-only POSTs here.
/// </summary>
public static class JobsPage
{
    public static void Map(RouteGroupBuilder read, RouteGroupBuilder admin) =>
        read.MapGet("/jobs", (HttpContext ctx) => Layout.Page(ctx, "Taken", new Markup("""
            <h1>Geplande taken</h1>
            <p class="notice">De planner (bronnen bijhouden, verwerken, jaarlijkse monitor) draait nog niet in deze versie.
            Tot dan verwerkt <code>caomonitor ingest</code> nieuwe documenten en maakt <code>caomonitor monitor</code> de jaarlijkse meting.</p>
            """))).ExcludeFromDescription();
}
