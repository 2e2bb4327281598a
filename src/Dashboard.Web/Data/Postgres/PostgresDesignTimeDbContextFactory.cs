using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Web.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef ... --context PostgresDashboardDbContext</c> build the PostgreSQL model without starting
/// the web host. Adding a migration connects to nothing; commands that look at a database (removing a
/// migration, updating one) use <c>ConnectionStrings__Dashboard</c> from the environment, as the app does.
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresDashboardDbContext>
{
    public PostgresDashboardDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("ConnectionStrings__Dashboard") is { Length: > 0 } set
            ? set
            : "Host=localhost;Database=dashboard";

        return new(new DbContextOptionsBuilder<PostgresDashboardDbContext>().UseNpgsql(connection).Options);
    }
}
