using Dashboard.IntegrationTests.Protection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.IntegrationTests.Access;

/// <summary>A dashboard on its own database file whose every log message, at every level, is kept.</summary>
public sealed class LoggedDashboardFactory : DashboardFactory
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("dashboard-logged-").FullName;

    public LogCollector Logs { get; } = new();

    public string DatabasePath => Path.Combine(_dataDirectory, "dashboard.db");

    protected override void ConfigureDashboard(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={DatabasePath}");
        // Past the configured levels too: an operator who turns logging up must not see secrets either.
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<LogCollector>(null, LogLevel.Trace));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
