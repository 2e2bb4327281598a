using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.IntegrationTests.Access;
using Microsoft.AspNetCore.Hosting;

namespace Dashboard.IntegrationTests.Api;

/// <summary>The dashboard on its own SQLite file in a fresh temporary folder; its clients are signed in as the admin.</summary>
public sealed class DashboardApiFixture : DashboardFactory
{
    public string DataDirectory { get; } =
        Directory.CreateTempSubdirectory("dashboard-api-tests-").FullName;

    public string DatabasePath => Path.Combine(DataDirectory, "dashboard.db");

    protected override void ConfigureDashboard(IWebHostBuilder builder)
    {
        // Not Development: that environment loads the static web asset manifest, which tests do not need.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={DatabasePath}");
    }

    public async Task<HttpResponseMessage> PostSampleAsync(
        string samplePrefix, string serial, string batch, DateTimeOffset? capturedAt = null)
    {
        var query = $"/api/v1/reports?serial={serial}&batch={batch}";
        if (capturedAt is not null)
        {
            query += $"&capturedAt={Uri.EscapeDataString(capturedAt.Value.ToString("O"))}";
        }

        using var content = new ByteArrayContent(Samples.Read(samplePrefix));

        // Captures come from stations, with a station key, as on the factory floor.
        return await CreateStationClient().PostAsync(query, content);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await CreateClient().GetAsync(path);
        response.EnsureSuccessStatusCode();

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A serial or batch no other test in the same fixture uses.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
