using Microsoft.AspNetCore.Routing;
namespace CaoMonitor.Web.Pages;
public static class ReviewPage
{
    public static void Map(RouteGroupBuilder g) { }
}
