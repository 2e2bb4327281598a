using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Access;

/// <summary>
/// Product keys, station keys, display tokens and passwords pass through the dashboard and stay nowhere:
/// not in a log message at any level, not in the audit log, not in any text column of the database.
/// </summary>
public sealed class SecretLeakTests(LeakScenario scenario) : IClassFixture<LeakScenario>
{
    private readonly LoggedDashboardFactory _host = scenario.Host;
    private readonly List<string> _secrets = scenario.Secrets;

    // The wall's address carries its token (that is the link's format), and the web server's request log
    // writes addresses at Information. The shipped settings hold that category at Warning; see the next test.
    private const string RequestLog = "Microsoft.AspNetCore.Hosting.Diagnostics: Request ";

    [Fact]
    public void Logs_AnyLevel_HoldNoSecret()
    {
        var leaks = _host.Logs.Messages.Where(message => !message.StartsWith(RequestLog, StringComparison.Ordinal))
            .SelectMany(message => _secrets
            .Where(secret => message.Contains(secret, StringComparison.OrdinalIgnoreCase))
            .Select(secret => $"{secret[..6]}… in: {message}")).ToList();

        Assert.True(_host.Logs.Messages.Count > 50, $"Only {_host.Logs.Messages.Count} log messages were captured.");
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks.Distinct()));
    }

    [Fact]
    public void Logs_ShippedSettings_KeepRequestAddressesOutOfTheLog()
    {
        var configuration = _host.Services.GetRequiredService<IConfiguration>();

        Assert.Equal("Warning", configuration["Logging:LogLevel:Microsoft.AspNetCore"]);
        Assert.Null(configuration["Logging:LogLevel:Microsoft.AspNetCore.Hosting"]);
        Assert.Null(configuration["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"]);
    }

    [Fact]
    public async Task Database_AnyTextColumn_HoldsNoSecret()
    {
        var leaks = new List<string>();
        var texts = 0;
        await foreach (var (table, column, value) in TextValuesAsync())
        {
            texts++;
            leaks.AddRange(_secrets.Where(secret => value.Contains(secret, StringComparison.OrdinalIgnoreCase))
                .Select(secret => $"{table}.{column} holds {secret[..6]}…"));
        }

        Assert.True(texts > 50, $"Only {texts} text values were read.");
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks.Distinct()));
    }

    [Fact]
    public async Task AuditLog_Entries_HoldNoSecret()
    {
        var entries = new List<string>();
        await foreach (var (table, _, value) in TextValuesAsync())
        {
            if (table == "AuditLog")
            {
                entries.Add(value);
            }
        }

        Assert.Contains(entries, entry => entry.Contains("leak-station", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, entry => _secrets.Any(s => entry.Contains(s, StringComparison.OrdinalIgnoreCase)));
    }

    private async IAsyncEnumerable<(string Table, string Column, string Value)> TextValuesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_host.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                for (var i = 0; i < rows.FieldCount; i++)
                {
                    if (rows.GetValue(i) is string text)
                    {
                        yield return (table, rows.GetName(i), text);
                    }
                }
            }
        }
    }
}
