namespace Dashboard.Web.Api;

public static class ApiExtensions
{
    public static void AddDashboardApi(this IHostApplicationBuilder builder)
    {
    }

    public static void UseDashboardApi(this WebApplication app)
    {
    }

    public static void MapDashboardApi(this WebApplication app)
    {
    }
}
