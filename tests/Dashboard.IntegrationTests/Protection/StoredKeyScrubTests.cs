using System.Net;
using Dashboard.IntegrationTests.Access;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Protection;

/// <summary>
/// A database written by an earlier version may hold product keys in forms that version did not recognise;
/// the upgrade masks them once, down to the bytes of the file.
/// </summary>
public sealed class StoredKeyScrubTests : IDisposable
{
    private const string Key = "44TQ8-PTX4P-HCGVD-MKQYX-BPB3Q";
    private const string SpacedKey = "44TQ8 PTX4P HCGVD MKQYX BPB3Q";
    private const string WrappedKey = "44tq8 ptx4p\n  hcgvd mkqyx bpb3q";

    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-scrub-tests-").FullName;

    [Fact]
    public async Task Upgrade_PastTheScrubMigration_MasksKeysEarlierVersionsStored_InRowsAndInTheFile()
    {
        await using (var before = new FolderHost(_folder))
        {
            var response = await PostSampleAsync(before, "scrub-1", "scrub-batch");
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        Execute(
            "UPDATE Batches SET Notes = 'line 3 used ' || $spaced WHERE Id = 'scrub-batch';"
            + "UPDATE Reports SET Station = $wrapped WHERE DeviceSerial = 'scrub-1';"
            + "DELETE FROM __EFMigrationsHistory WHERE MigrationId LIKE '%\\_" + StoredKeyScrub.MigrationName
            + "' ESCAPE '\\';");
        Assert.True(DatabaseFiles.Contain(_folder, SpacedKey));

        await using (var upgraded = new FolderHost(_folder))
        {
            _ = upgraded.Services;

            Assert.Equal("line 3 used ***** ***** ***** ***** BPB3Q",
                Scalar("SELECT Notes FROM Batches WHERE Id = 'scrub-batch'"));
            Assert.Equal("***** *****\n  ***** ***** BPB3Q",
                Scalar("SELECT Station FROM Reports WHERE DeviceSerial = 'scrub-1'"));
            Assert.False(DatabaseFiles.Contain(_folder, SpacedKey));
            Assert.False(DatabaseFiles.Contain(_folder, WrappedKey));
            Assert.False(DatabaseFiles.Contain(_folder, Key));
        }
    }

    [Fact]
    public async Task Restart_AfterTheScrubMigration_LeavesStoredTextAsItIs()
    {
        await using (var first = new FolderHost(_folder))
        {
            await PostSampleAsync(first, "scrub-2", "scrub-again");
        }

        // Written behind the guard's back after the upgrade: only a new scrub migration would look again.
        Execute("UPDATE Batches SET Notes = $spaced WHERE Id = 'scrub-again';");

        await using (var restarted = new FolderHost(_folder))
        {
            _ = restarted.Services;

            Assert.Equal(SpacedKey, Scalar("SELECT Notes FROM Batches WHERE Id = 'scrub-again'"));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<HttpResponseMessage> PostSampleAsync(DashboardFactory host, string serial, string batch)
    {
        using var content = new ByteArrayContent(Samples.Read("009"));

        return await host.CreateStationClient().PostAsync($"/api/v1/reports?serial={serial}&batch={batch}", content);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "dashboard.db")};Pooling=False");
        connection.Open();

        return connection;
    }

    private void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$spaced", SpacedKey);
        command.Parameters.AddWithValue("$wrapped", WrappedKey);
        command.ExecuteNonQuery();
    }

    private string Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        return (string)command.ExecuteScalar()!;
    }

    private sealed class FolderHost(string folder) : DashboardFactory
    {
        protected override void ConfigureDashboard(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting(DataDirectory.ConfigurationKey, folder);
        }
    }
}
