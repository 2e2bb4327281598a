using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Data;

public static class DataExtensions
{
    /// <summary>Configuration key of the database connection string.</summary>
    public const string ConnectionName = "Dashboard";

    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{DashboardDbContext}"/> on SQLite (the connection string
    /// <c>ConnectionStrings:Dashboard</c>, else <c>dashboard.db</c> in the data folder) and a scoped context
    /// for code that prefers one per request.
    /// </summary>
    public static void AddDashboardData(this IHostApplicationBuilder builder)
    {
        var connectionString = ResolveConnectionString(builder);

        builder.Services.AddPooledDbContextFactory<DashboardDbContext>(options => options
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmaInterceptor(), new ProductKeyGuardInterceptor()));
        builder.Services.AddScoped(services =>
            services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext());
    }

    /// <summary>Creates or upgrades the database with the EF Core migrations, then switches it to WAL.</summary>
    public static async Task MigrateDashboardDatabaseAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await factory.CreateDbContextAsync();

        await db.Database.MigrateAsync();

        // WAL lets pages read while ingestion writes; the mode is stored in the file, so once is enough.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    private static string ResolveConnectionString(IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionName);
        var folder = DataDirectory.Resolve(builder.Configuration, builder.Environment);
        var connection = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(folder, "dashboard.db")}"
            : configured);

        var databaseFolder = Path.GetDirectoryName(Path.GetFullPath(connection.DataSource));
        var inMemory = connection.Mode == SqliteOpenMode.Memory || connection.DataSource == ":memory:";
        if (!inMemory && databaseFolder is not null)
        {
            Directory.CreateDirectory(databaseFolder);
        }

        return connection.ToString();
    }
}
