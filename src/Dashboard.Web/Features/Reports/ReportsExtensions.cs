using Dashboard.Web.Features.Triage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Web.Features.Reports;

public static class ReportsExtensions
{
    /// <summary>
    /// Registers <see cref="IReportIngestor"/> and the background writer that commits queued reports in groups.
    /// </summary>
    public static void AddReportIngestion(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddTriageCore();
        builder.Services.AddSingleton<ReportQueue>();
        builder.Services.AddSingleton<ReportLedger>();
        builder.Services.AddSingleton<IReportIngestor, ReportIngestor>();
        builder.Services.AddHostedService<ReportWriter>();
    }
}
