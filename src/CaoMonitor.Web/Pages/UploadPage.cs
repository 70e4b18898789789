using Microsoft.AspNetCore.Routing;
namespace CaoMonitor.Web.Pages;
public static class UploadPage
{
    public static void Map(RouteGroupBuilder g) { }
}
