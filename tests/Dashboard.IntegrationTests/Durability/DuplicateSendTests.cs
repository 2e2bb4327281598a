using System.Net;
using System.Text.Json;
using Dashboard.IntegrationTests.Api;

namespace Dashboard.IntegrationTests.Durability;

public sealed class DuplicateSendTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    [Fact]
    public async Task PostReport_SameCaptureSentConcurrently_StoredAndCountedOnce()
    {
        var serial = DashboardApiFixture.UniqueName("dup");
        var batch = DashboardApiFixture.UniqueName("dupb");

        var answers = await Task.WhenAll(
            Enumerable.Range(0, 30).Select(_ => fixture.PostSampleAsync("001", serial, batch)));

        Assert.Single(answers, answer => answer.StatusCode == HttpStatusCode.Created);
        Assert.All(answers, answer => Assert.True(answer.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK));
        var device = await fixture.GetJsonAsync($"/api/v1/devices/{serial}");
        Assert.Equal(1, device.GetProperty("reports").GetArrayLength());
        var stored = await fixture.GetJsonAsync($"/api/v1/batches/{batch}");
        Assert.Equal(1, stored.GetProperty("devices").GetInt32());
        Assert.Equal(JsonValueKind.Number, stored.GetProperty("reports").ValueKind);
        Assert.Equal(1, stored.GetProperty("reports").GetInt32());
    }
}
