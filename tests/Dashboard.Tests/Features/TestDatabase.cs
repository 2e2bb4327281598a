using Dashboard.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Features;

/// <summary>An in-memory SQLite database on one open connection, with the app's real model.</summary>
public sealed class TestDatabase : IDbContextFactory<DashboardDbContext>, IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly DbContextOptions<DashboardDbContext> _options;

    public TestDatabase()
    {
        _connection.Open();
        _options = new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite(_connection).Options;
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
    }

    public DashboardDbContext CreateDbContext() => new(_options);

    public void Dispose() => _connection.Dispose();
}
