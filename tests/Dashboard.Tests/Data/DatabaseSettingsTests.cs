using Dashboard.Web.Data;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Tests.Data;

public sealed class DatabaseSettingsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("Sqlite")]
    [InlineData("SQLITE")]
    public void Provider_NotSetBlankOrSqlite_IsSqlite(string? value)
    {
        Assert.Equal(DatabaseProvider.Sqlite, DatabaseSettings.Provider(Configuration(value)));
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    [InlineData(" POSTGRES ")]
    public void Provider_PostgresInAnyCase_IsPostgres(string value)
    {
        Assert.Equal(DatabaseProvider.Postgres, DatabaseSettings.Provider(Configuration(value)));
    }

    [Theory]
    [InlineData("PostgreSQL")]
    [InlineData("SqlServer")]
    [InlineData("1")]
    public void Provider_UnknownValue_StopsNamingTheSetting(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.Provider(Configuration(value)));

        Assert.Equal($"Database:Provider is \"{value}\"; it must be Sqlite (the default) or Postgres.", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void PostgresConnectionString_MissingOrBlank_StopsNamingTheSetting(string? connection)
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => DatabaseSettings.PostgresConnectionString(Configuration("Postgres", connection)));

        Assert.StartsWith("Database:Provider is Postgres, so ConnectionStrings:Dashboard must name the database",
            error.Message);
    }

    [Fact]
    public void PostgresConnectionString_SqliteStyle_StopsWithoutRepeatingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.PostgresConnectionString(
            Configuration("Postgres", "Data Source=/srv/secret-folder/dashboard.db")));

        Assert.StartsWith("ConnectionStrings:Dashboard is not a PostgreSQL connection string", error.Message);
        Assert.DoesNotContain("secret-folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresConnectionString_Valid_IsUsedAsGiven()
    {
        const string connection = "Host=db.example;Database=dashboard;Username=dashboard;Password=x";

        Assert.Equal(connection, DatabaseSettings.PostgresConnectionString(Configuration("Postgres", connection)));
    }

    private static IConfiguration Configuration(string? provider, string? connection = null) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider,
                ["ConnectionStrings:Dashboard"] = connection,
            })
            .Build();
}
