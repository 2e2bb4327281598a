using Microsoft.Data.Sqlite;

namespace Dashboard.IntegrationTests.Live;

/// <summary>A data folder that outlives the hosts started on it and is deleted at the end.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dashboard-live-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
