using Bunit;
using Dashboard.Web.Components;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Tests.Features;

public static class DashboardTestServices
{
    /// <summary>
    /// The page services on <paramref name="database"/>, MudBlazor without transitions or popover checks,
    /// and loose JS interop (MudBlazor calls JS that bUnit need not answer).
    /// </summary>
    public static void AddDashboardTestServices(
        this BunitContext context,
        TestDatabase database,
        IReportIngestor? ingestor = null,
        string? dataDirectory = null)
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        var services = context.Services;
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<DashboardDbContext>>(database);
        services.AddSingleton(ingestor ?? new FakeIngestor());
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [DataDirectory.ConfigurationKey] = dataDirectory ?? Path.Combine(Path.GetTempPath(), "no-such-data"),
            })
            .Build());
        services.AddSingleton<IHostEnvironment>(new TestEnvironment());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.TryAddScoped(_ => TestPeople.Actor());
        services.AddScoped<AuditLog>();
        services.AddPageServices();
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "Dashboard.Web";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
