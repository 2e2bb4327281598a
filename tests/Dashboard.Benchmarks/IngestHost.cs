using Dashboard.Web.Data;
using Dashboard.Web.Features.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Benchmarks;

/// <summary>
/// A generic host with the dashboard's data and ingestion services on a temporary SQLite file,
/// migrated as the web app migrates its own database at start.
/// </summary>
public sealed class IngestHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _folder;

    private IngestHost(IHost host, string folder)
    {
        _host = host;
        _folder = folder;
    }

    public IReportIngestor Ingestor => _host.Services.GetRequiredService<IReportIngestor>();

    public IServiceProvider Services => _host.Services;

    public static async Task<IngestHost> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("dashboard-bench-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration["ConnectionStrings:Dashboard"] = $"Data Source={Path.Combine(folder, "bench.db")}";
        builder.AddDashboardData();
        builder.AddReportIngestion();
        var host = builder.Build();

        await MigrateAsync(host.Services);
        await host.StartAsync();

        return new IngestHost(host, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task MigrateAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await factory.CreateDbContextAsync();

        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
