using Dashboard.IntegrationTests.Access;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Postgres;

/// <summary>
/// The dashboard on a PostgreSQL database of its own, which it creates and migrates from empty on start
/// and which is dropped when the fixture goes; its clients are signed in as the admin. Fails, saying how
/// to start PostgreSQL, when there is none.
/// </summary>
public sealed class PostgresDashboard : DashboardFactory, IAsyncLifetime
{
    private readonly bool _ownsDatabase;

    public PostgresDashboard()
        : this(PostgresTestServer.NewDatabaseName(), ownsDatabase: true)
    {
    }

    private PostgresDashboard(string databaseName, bool ownsDatabase)
    {
        DatabaseName = databaseName;
        _ownsDatabase = ownsDatabase;
    }

    public string DatabaseName { get; }

    public string ConnectionString => PostgresTestServer.ConnectionString(DatabaseName);

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("dashboard-pg-tests-").FullName;

    /// <summary>A second instance on the same database, as a deployment behind a load balancer runs.</summary>
    public PostgresDashboard SecondInstance() => new(DatabaseName, ownsDatabase: false);

    /// <summary>A context on this host's database, as the host itself would create one.</summary>
    public Task<DashboardDbContext> CreateDbContextAsync() =>
        Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();

    public Task InitializeAsync() => PostgresTestServer.EnsureReachableAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            await PostgresTestServer.DropAsync(DatabaseName);
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    protected override void ConfigureDashboard(IWebHostBuilder builder)
    {
        // Not Development: that environment loads the static web asset manifest, which tests do not need.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Database:Provider", "postgres");
        builder.UseSetting("ConnectionStrings:Dashboard", ConnectionString);
    }
}
