using System.Runtime.Versioning;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Hosting;

namespace Dashboard.IntegrationTests.Access;

/// <summary>
/// The database holds the keys that sign session cookies: the folder and files the dashboard creates for it
/// are its own user's alone, and the permissions of files an operator set up are left as they are.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class DataFolderPermissionTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFolder =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _root = Directory.CreateTempSubdirectory("dashboard-permissions-").FullName;

    [Fact]
    public async Task Start_NoDataFolderYet_CreatesFolderAndDatabaseForOwnerOnly()
    {
        var folder = Path.Combine(_root, "data");

        await using (var host = new FolderHost(folder))
        {
            (await host.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode();

            Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(folder));
            var files = Directory.GetFiles(folder, "dashboard.db*").Select(Path.GetFileName).Order().ToList();
            Assert.Equal(["dashboard.db", "dashboard.db-shm", "dashboard.db-wal"], files);
            Assert.All(files, name => Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(Path.Combine(folder, name!))));
        }
    }

    [Fact]
    public async Task Start_OperatorsOwnFolderAndFile_LeavesTheirPermissions()
    {
        const UnixFileMode groupReads = OwnerOnlyFile | UnixFileMode.GroupRead;
        var folder = Path.Combine(_root, "operator");
        Directory.CreateDirectory(folder, OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        var database = Path.Combine(folder, "dashboard.db");
        await File.WriteAllBytesAsync(database, []);
        File.SetUnixFileMode(database, groupReads);

        await using (var host = new FolderHost(folder))
        {
            (await host.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode();

            Assert.Equal(OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute,
                File.GetUnixFileMode(folder));
            Assert.Equal(groupReads, File.GetUnixFileMode(database));
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
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
