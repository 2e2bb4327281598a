using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Web.Features.Allotments;

public static class AllotmentsExtensions
{
    /// <summary>
    /// The allotment ledger, reconciliation and forecast, with validated <see cref="AllotmentsOptions"/>.
    /// </summary>
    public static void AddAllotments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AllotmentsOptions>()
            .BindConfiguration(AllotmentsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddAllotmentServices();
    }

    /// <summary>The services pages and the API use; safe to call more than once.</summary>
    public static IServiceCollection AddAllotmentServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<KeyLedgerService>();
        services.TryAddScoped<CheckpointStore>();

        return services;
    }
}
