using Microsoft.AspNetCore.Routing;
namespace CaoMonitor.Web.Pages;
public static class JobsPage
{
    public static void Map(RouteGroupBuilder read, RouteGroupBuilder admin) { }
}
