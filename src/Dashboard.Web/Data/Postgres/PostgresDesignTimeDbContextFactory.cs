using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Web.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef ... --context PostgresDashboardDbContext</c> build the PostgreSQL model without starting
/// the web host. Adding a migration never connects; <c>dotnet ef database update</c> takes
/// <c>--connection</c>.
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresDashboardDbContext>
{
    public PostgresDashboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDashboardDbContext>()
            .UseNpgsql("Host=localhost;Database=dashboard")
            .Options);
}
