using Microsoft.AspNetCore.Routing;
namespace CaoMonitor.Web.Pages;
public static class MonitorPage
{
    public static void Map(RouteGroupBuilder g) { }
}
