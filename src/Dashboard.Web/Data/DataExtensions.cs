namespace Dashboard.Web.Data;

public static class DataExtensions
{
    public static void AddDashboardData(this IHostApplicationBuilder builder)
    {
    }

    public static Task MigrateDashboardDatabaseAsync(this WebApplication app) => Task.CompletedTask;
}
