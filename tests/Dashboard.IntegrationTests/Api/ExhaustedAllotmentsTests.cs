using System.Text;
using Dashboard.Web.Features.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Api;

public sealed class ExhaustedAllotmentsTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private const string Refused = """
        Name: Windows(R), IoTEnterpriseS edition
        Description: Windows(R) Operating System, VOLUME_MAK channel
        Partial Product Key: 4T7QW
        License Status: Initial grace period
        Error: 0xC004C020 The activation server reported that the Multiple Activation Key has exceeded its limit.
        """;

    [Fact]
    public async Task FindAsync_DeviceRefusedForExhaustedKey_NamesTheKeyAndItsBatches()
    {
        var batch = DashboardApiFixture.UniqueName("ex");
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Refused));
        var posted = await fixture.CreateClient().PostAsync($"/api/v1/reports?serial=EX-1&batch={batch}", content);
        posted.EnsureSuccessStatusCode();
        await using var scope = fixture.Services.CreateAsyncScope();

        var all = await scope.ServiceProvider.GetRequiredService<ExhaustedAllotments>().FindAsync(batch, default);

        var key = Assert.Single(all);
        Assert.Equal(("4T7QW", 1), (key.PartialProductKey, key.Devices));
        Assert.Equal([batch], key.Batches);
    }

    [Fact]
    public async Task FindAsync_BatchWithoutExhaustedDevices_FindsNothing()
    {
        await fixture.PostSampleAsync("001", DashboardApiFixture.UniqueName("ok"), "ex-fine");
        await using var scope = fixture.Services.CreateAsyncScope();

        var none = await scope.ServiceProvider.GetRequiredService<ExhaustedAllotments>().FindAsync("ex-fine", default);

        Assert.Empty(none);
    }
}
