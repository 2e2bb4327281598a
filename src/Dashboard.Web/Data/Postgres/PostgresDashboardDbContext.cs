using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Web.Data.Postgres;

/// <summary>
/// The dashboard's model on PostgreSQL. EF Core keeps one migrations set per context type, so this type
/// owns the PostgreSQL migrations (<c>Data/Postgres/Migrations</c>) while <see cref="DashboardDbContext"/>
/// keeps SQLite's; the application asks for <see cref="DashboardDbContext"/> either way.
/// </summary>
public sealed class PostgresDashboardDbContext(DbContextOptions<PostgresDashboardDbContext> options)
    : DashboardDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite compares text byte by byte. The "C" collation does the same here, so serials sort, page and
        // compare alike on both databases, whatever locale the server was set up with.
        configurationBuilder.Properties<string>().UseCollation("C");

        // SQLite hands a decimal back as it was written ("1.0"); numeric(6,3) pads it ("1.000"). Read it
        // back as SQLite does, so an AQL shows the same on a page and in the API on both.
        configurationBuilder.Properties<decimal>().HaveConversion<SqliteShapedDecimalConverter>();
    }

    private sealed class SqliteShapedDecimalConverter() : ValueConverter<decimal, decimal>(
        value => value,
        value => decimal.Parse(
            value.ToString("0.0###########################", CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture));
}
