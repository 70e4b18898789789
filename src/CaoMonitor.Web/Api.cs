using Microsoft.AspNetCore.Routing;
namespace CaoMonitor.Web;
public static class Api
{
    public static void Map(RouteGroupBuilder g) { }
}
