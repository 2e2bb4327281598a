using Dashboard.Web.Data.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Data;

public static class DataExtensions
{
    /// <summary>Configuration key of the database connection string.</summary>
    public const string ConnectionName = DatabaseSettings.ConnectionName;

    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{DashboardDbContext}"/> on the database that
    /// <c>Database:Provider</c> names, and a scoped context for code that prefers one per request. SQLite
    /// (the default) uses the connection string <c>ConnectionStrings:Dashboard</c>, else <c>dashboard.db</c>
    /// in the data folder; PostgreSQL requires it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The database settings cannot be followed.</exception>
    public static void AddDashboardData(this IHostApplicationBuilder builder)
    {
        if (DatabaseSettings.Provider(builder.Configuration) == DatabaseProvider.Postgres)
        {
            AddPostgres(builder.Services, DatabaseSettings.PostgresConnectionString(builder.Configuration));
        }
        else
        {
            AddSqlite(builder.Services, ResolveSqliteConnectionString(builder));
        }

        builder.Services.AddScoped(services =>
            services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext());
    }

    /// <summary>
    /// Creates or upgrades the database with the provider's EF Core migrations; a SQLite file is then
    /// switched to WAL. An upgrade past a change in what counts as a product key masks the keys stored
    /// before it (<see cref="StoredKeyScrub"/>).
    /// </summary>
    public static async Task MigrateDashboardDatabaseAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();

        await db.Database.MigrateAsync();

        // WAL lets pages read while ingestion writes; the mode is stored in the file, so once is enough.
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        if (StoredKeyScrub.IsDueAfter(applied, pending))
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoredKeyScrub));
            await StoredKeyScrub.RunAsync(factory, logger, app.Lifetime.ApplicationStopping);
        }
    }

    private static void AddSqlite(IServiceCollection services, string connectionString) =>
        services.AddPooledDbContextFactory<DashboardDbContext>(options => options
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmaInterceptor(), new ProductKeyGuardInterceptor()));

    private static void AddPostgres(IServiceCollection services, string connectionString)
    {
        services.AddPooledDbContextFactory<PostgresDashboardDbContext>(options => options
            .UseNpgsql(connectionString)
            .AddInterceptors(new NulCharacterInterceptor(), new ProductKeyGuardInterceptor()));

        // Everything else asks for the shared type; the instances it gets carry PostgreSQL's migrations.
        services.AddSingleton<IDbContextFactory<DashboardDbContext>>(provider => new SharedContextFactory(
            provider.GetRequiredService<IDbContextFactory<PostgresDashboardDbContext>>()));
    }

    private static string ResolveSqliteConnectionString(IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionName);
        var folder = DataDirectory.Resolve(builder.Configuration, builder.Environment);
        var connection = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(folder, "dashboard.db")}"
            : configured);

        var inMemory = connection.Mode == SqliteOpenMode.Memory || connection.DataSource is ":memory:" or "";
        if (!inMemory)
        {
            var file = Path.GetFullPath(connection.DataSource);
            if (Path.GetDirectoryName(file) is { } databaseFolder)
            {
                OwnerOnlyFiles.CreateFolder(databaseFolder);
            }

            if (connection.Mode == SqliteOpenMode.ReadWriteCreate)
            {
                OwnerOnlyFiles.CreateFile(file);
            }
        }

        return connection.ToString();
    }

    private sealed class SharedContextFactory(IDbContextFactory<PostgresDashboardDbContext> inner)
        : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<DashboardDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
