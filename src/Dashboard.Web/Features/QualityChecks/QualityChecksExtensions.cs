using Dashboard.Web.Api;
using Dashboard.Web.Features.Protection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Web.Features.QualityChecks;

public static class QualityChecksExtensions
{
    /// <summary>Spot-check options (validated on start) and the services the API and pages use.</summary>
    public static void AddQualityChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<QualityChecksOptions>()
            .BindConfiguration(QualityChecksOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddQualityCheckServices();
    }

    /// <summary>The services the pages use; tests register the same set.</summary>
    public static IServiceCollection AddQualityCheckServices(this IServiceCollection services)
    {
        services.AddOptions<QualityChecksOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<SpotCheckPlanner>();
        services.TryAddScoped<SpotCheckRecorder>();
        services.TryAddScoped<SpotCheckQueries>();
        services.TryAddScoped<ReadinessService>();
        services.TryAddScoped<EvidencePack>();
        services.TryAddSingleton<SpotCheckPhotos>();

        return services;
    }

    /// <summary>The API under <c>/api/v1</c> (with the API's filters and limits) and the evidence CSV.</summary>
    public static void MapQualityChecks(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .AddEndpointFilter<ApiExceptionFilter>()
            .RequireRateLimiting(StationRateLimit.Policy)
            .WithBodyLimit(ApiExtensions.MaxJsonBodyBytes)
            .WithTags("Quality checks");
        api.MapQualityChecksApi();
        app.MapEvidenceCsv();
    }
}
