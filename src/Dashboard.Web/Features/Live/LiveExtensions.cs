using Dashboard.Web.Features.Reports;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.Live;

public static class LiveExtensions
{
    /// <summary>
    /// Registers live updates: pages hear of stored reports, hub clients get events at
    /// <see cref="ActivationHub.Route"/>, and with a Redis server configured both reach every instance.
    /// </summary>
    public static void AddLiveUpdates(this IHostApplicationBuilder builder)
    {
        builder.Services.AddLivePageServices();
        builder.Services.AddSingleton<ActivationBroadcaster>();
        builder.Services.AddSingleton<ILedgerObserver>(
            services => services.GetRequiredService<ActivationBroadcaster>());
        builder.Services.AddHostedService(services => services.GetRequiredService<ActivationBroadcaster>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IBatchAnnouncer>(
            services => services.GetRequiredService<ActivationBroadcaster>()));
        builder.Services.AddSignalR();

        var redis = builder.Configuration[$"{LiveOptions.Section}:{nameof(LiveOptions.Redis)}"] is { Length: > 0 } live
            ? live
            : builder.Configuration.GetConnectionString("Redis");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            AddRedis(builder.Services, redis);
        }
    }

    /// <summary>The notifier and its options, which live pages need; tests of pages register these too.</summary>
    public static IServiceCollection AddLivePageServices(this IServiceCollection services)
    {
        services.AddOptions<LiveOptions>()
            .BindConfiguration(LiveOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ActivationNotifier>();
        services.TryAddSingleton<LiveDiagnostics>();
        services.TryAddSingleton<IBatchAnnouncer, LocalBatchAnnouncer>();

        return services;
    }

    public static void MapLiveUpdates(this WebApplication app) =>
        app.MapHub<ActivationHub>(ActivationHub.Route).RequireAuthorization(AccessPolicies.Read);

    // Only the activation hub goes through Redis; the circuits of Blazor's own hub stay on their instance.
    private static void AddRedis(IServiceCollection services, string configuration)
    {
        services.Configure<RedisOptions>(options =>
        {
            options.Configuration = ConfigurationOptions.Parse(configuration);
            options.Configuration.AbortOnConnectFail = false;
            options.Configuration.ChannelPrefix = RedisChannel.Literal("dashboard");
        });
        services.AddSingleton<HubLifetimeManager<ActivationHub>, RedisHubLifetimeManager<ActivationHub>>();

        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<RedisChangeRelay>(provider, configuration));
        services.AddSingleton<IChangeRelay>(provider => provider.GetRequiredService<RedisChangeRelay>());
        services.AddHostedService(provider => provider.GetRequiredService<RedisChangeRelay>());
    }
}
