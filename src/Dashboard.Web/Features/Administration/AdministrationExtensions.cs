using Dashboard.Web.Api;
using Dashboard.Web.Features.Protection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Web.Features.Administration;

public static class AdministrationExtensions
{
    /// <summary>The services of the admin pages and the audit API.</summary>
    public static void AddAdministration(this IHostApplicationBuilder builder) =>
        builder.Services.AddAdministrationServices();

    /// <summary>The services the admin pages use; tests register the same set.</summary>
    public static IServiceCollection AddAdministrationServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ActingScope>();
        services.TryAddScoped<UserDirectory>();
        services.TryAddScoped<UserAdministration>();
        services.TryAddScoped<AuditQueries>();

        return services;
    }

    /// <summary>The audit API under <c>/api/v1</c>, with the API's filters, limits and rate limiting.</summary>
    public static void MapAdministration(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .AddEndpointFilter<ApiExceptionFilter>()
            .RequireRateLimiting(StationRateLimit.Policy)
            .WithBodyLimit(ApiExtensions.MaxJsonBodyBytes)
            .WithTags("Audit");
        api.MapAuditApi();
    }
}
