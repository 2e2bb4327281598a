using Npgsql;

namespace Dashboard.Web.Data;

/// <summary>Reads which database to use, and refuses to start on a setting it cannot follow.</summary>
public static class DatabaseSettings
{
    /// <summary>Configuration key of the provider: <c>Sqlite</c> (the default) or <c>Postgres</c>.</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>Name of the connection string, <c>ConnectionStrings:Dashboard</c>.</summary>
    public const string ConnectionName = "Dashboard";

    private const string ConnectionKey = "ConnectionStrings:" + ConnectionName;

    /// <summary>The configured provider, in any letter case; not set or blank means SQLite.</summary>
    /// <exception cref="InvalidOperationException">The setting names no known provider.</exception>
    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        var value = configuration[ProviderKey]?.Trim();

        return value?.ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException(
                $"{ProviderKey} is \"{value}\"; it must be Sqlite (the default) or Postgres."),
        };
    }

    /// <summary>The PostgreSQL connection string, which has no default.</summary>
    /// <exception cref="InvalidOperationException">
    /// It is missing, blank, or not a PostgreSQL connection string.
    /// </exception>
    public static string PostgresConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"{ProviderKey} is Postgres, so {ConnectionKey} must name the database, for example "
                + "\"Host=db.example;Database=dashboard;Username=dashboard;Password=...\".");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException exception)
        {
            // The string itself may hold a password, so only the parser's complaint is repeated.
            throw new InvalidOperationException(
                $"{ConnectionKey} is not a PostgreSQL connection string: {exception.Message}", exception);
        }

        return configured;
    }
}
