using Npgsql;

namespace Dashboard.IntegrationTests.Postgres;

/// <summary>
/// The PostgreSQL server the PostgreSQL tests use: <c>DASHBOARD_TEST_POSTGRES</c> when set, else the local
/// cluster over its socket as the current user (Debian's peer authentication), as <c>.ci/run</c> sets it up.
/// Each test host gets a database of its own, created by the dashboard's migrations and dropped afterwards.
/// </summary>
internal static class PostgresTestServer
{
    public const string EnvironmentVariable = "DASHBOARD_TEST_POSTGRES";

    private const string HowToStart =
        "Start PostgreSQL with `sudo pg_ctlcluster 15 main start` and give your user a role that may create "
        + "databases (`sudo -u postgres createuser --createdb \"$USER\"`), as .ci/run does, or set "
        + EnvironmentVariable + " to the connection string of such a role.";

    private static string BaseConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? configured
            : $"Host=/var/run/postgresql;Username={Environment.UserName}";

    /// <summary>A database name no other test run uses.</summary>
    public static string NewDatabaseName() => $"dashboard_test_{Guid.NewGuid():N}"[..31];

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(BaseConnectionString) { Database = database }.ConnectionString;

    /// <summary>Fails, saying how to start it, unless the server answers and the role may create databases.</summary>
    public static async Task EnsureReachableAsync()
    {
        NpgsqlConnection connection;
        try
        {
            connection = await OpenMaintenanceAsync();
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            var problem = exception.Message.TrimEnd('.');
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at {Describe()}: {problem}. {HowToStart}", exception);
        }

        await using (connection)
        {
            await using var command = new NpgsqlCommand(
                "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user", connection);
            if (await command.ExecuteScalarAsync() is not true)
            {
                throw new InvalidOperationException(
                    $"The PostgreSQL role {connection.UserName} may not create databases. {HowToStart}");
            }
        }
    }

    /// <summary>Drops the database, closing whatever connections the test hosts left open.</summary>
    public static async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenMaintenanceAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenMaintenanceAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();

        return connection;
    }

    // Where the tests looked, without a password that the connection string may carry.
    private static string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(BaseConnectionString);

        return $"Host={builder.Host};Port={builder.Port};Username={builder.Username}";
    }
}
