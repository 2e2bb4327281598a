namespace Dashboard.Web.Features.Reports;

public static class ReportsExtensions
{
    public static void AddReportIngestion(this IHostApplicationBuilder builder)
    {
    }
}
