using Microsoft.AspNetCore.Routing;
namespace CaoMonitor.Web.Pages;
public static class DiffPage
{
    public static void Map(RouteGroupBuilder g) { }
}
