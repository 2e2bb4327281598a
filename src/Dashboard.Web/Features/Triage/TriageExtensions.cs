using Dashboard.Web.Features.Keys;
using Dashboard.Web.Features.PhoneActivation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Web.Features.Triage;

public static class TriageExtensions
{
    /// <summary>Triage's site policies and what the report writer needs to classify with them.</summary>
    public static void AddTriageCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TriageOptions>()
            .BindConfiguration(TriageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddTriageServices();
    }

    private static void AddTriageServices(this IServiceCollection services)
    {
        services.AddOptions<TriageOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KnownKeysCache>();
        services.TryAddSingleton<LedgerGate>();
        services.TryAddSingleton<ReportTriage>();
        services.TryAddSingleton<RetriageService>();
    }

    /// <summary>Triage, known keys and the phone activation queue, with their pages' services.</summary>
    public static void AddTriage(this IHostApplicationBuilder builder)
    {
        builder.AddTriageCore();
        builder.Services.AddTriagePageServices();
    }

    /// <summary>The services the pages use; tests register the same set.</summary>
    public static IServiceCollection AddTriagePageServices(this IServiceCollection services)
    {
        services.AddTriageServices();
        services.TryAddScoped<KeyService>();
        services.TryAddScoped<PhoneCaseService>();
        services.TryAddScoped<FailureCauses>();
        services.TryAddScoped<ExhaustedAllotments>();

        return services;
    }
}
