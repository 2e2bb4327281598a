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

    public static void MapDashboardUi(this WebApplication app)
    {
        // The API answers its own failures with problem details; these HTML pages are for people.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler("/Error", createScopeForErrors: true);
            }

            pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
        app.UseAntiforgery();
        // Stylesheets, scripts and icons: the sign-in page needs them before anyone has signed in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapBatchCsvExport();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
    }
}
