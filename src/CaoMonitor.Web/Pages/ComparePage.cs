using Microsoft.AspNetCore.Routing;
namespace CaoMonitor.Web.Pages;
public static class ComparePage
{
    public static void Map(RouteGroupBuilder g) { }
}
