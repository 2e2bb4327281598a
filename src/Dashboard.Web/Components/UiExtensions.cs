using Dashboard.Web.Features.Allotments;
using Dashboard.Web.Features.Batches;
using Dashboard.Web.Features.Devices;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.QualityChecks;
using Dashboard.Web.Features.Reports;
using Dashboard.Web.Features.Triage;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Web.Components;

public static class UiExtensions
{
    public static void AddDashboardUi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents()
            // Picking many files sends their names and sizes in one circuit message; 32 KB (the default)
            // holds about 250, the upload page allows 1,000.
            .AddHubOptions(options => options.MaximumReceiveMessageSize = 256 * 1024);

        builder.Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 5000;
        });

        builder.Services.AddPageServices();
    }

    /// <summary>The query and upload services the pages use; tests register the same set.</summary>
    public static IServiceCollection AddPageServices(this IServiceCollection services)
    {
        services.AddScoped<BatchQueries>();
        services.AddScoped<BatchSettings>();
        services.AddScoped<BatchDeviceQueries>();
        services.AddScoped<SampleImporter>();
        services.AddScoped<DeviceQueries>();
        services.AddScoped<UploadService>();
        services.AddAllotmentServices();
        services.AddTriagePageServices();
        services.AddLivePageServices();
        services.AddQualityCheckServices();

        return services;
    }

    /// <summary>
    /// The pages' own answers to a failure (<c>/Error</c>) and to an address that leads nowhere
    /// (<c>/not-found</c>, with status 404). Call before <c>UseDashboardApi</c>: the API's handlers then
    /// sit inside these and answer API requests with problem details first, which these leave alone.
    /// </summary>
    /// <remarks>
    /// They are not in a branch for page paths: a branch's pipeline does not carry the app's endpoint routes,
    /// so a request executed again at <c>/not-found</c> or <c>/Error</c> would find no page and end as an empty
    /// 404.
    /// </remarks>
    public static void UseDashboardErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
    }

    public static void MapDashboardUi(this WebApplication app)
    {
        app.UseAntiforgery();
        // Stylesheets, scripts and icons: the sign-in page needs them before anyone has signed in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapBatchCsvExport();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
    }
}
