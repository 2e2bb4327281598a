using Dashboard.IntegrationTests.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Allotments;

/// <summary>The dashboard on a fresh SQLite file, its clock stopped at noon today (UTC) so dates are exact.</summary>
public sealed class AllotmentsApiFixture : DashboardFactory
{
    public static readonly DateTimeOffset Now = new(DateTime.UtcNow.Date.AddHours(12), TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("dashboard-allotments-").FullName;

    protected override void ConfigureDashboard(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        var database = Path.Combine(_dataDirectory, "dashboard.db");
        builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={database}");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new StoppedClock(Now)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    // Only "now" stands still; timers and delays keep running on the system clock.
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
