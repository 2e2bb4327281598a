using Dashboard.IntegrationTests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.IntegrationTests.Protection;

/// <summary>A capture that echoes a full product key: the key reaches neither the logs nor a page.</summary>
public sealed class KeyLeakTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private const string Key = "44TQ8-PTX4P-HCGVD-MKQYX-BPB3Q";

    [Fact]
    public async Task PostReport_CaptureWithFullKey_KeyNeverLoggedNorShownOnDevicePage()
    {
        var logs = new LogCollector();
        using var app = fixture.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))));
        var client = app.CreateClient();
        var serial = DashboardApiFixture.UniqueName("leak");

        using var content = new ByteArrayContent(Samples.Read("016"));
        await client.PostAsync($"/api/v1/reports?serial={serial}&batch=leak", content);
        var page = await client.GetStringAsync($"/devices/{serial}");

        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(logs.Messages, message => message.Contains(Key, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Key, page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Key[^5..], page, StringComparison.Ordinal);
    }
}
