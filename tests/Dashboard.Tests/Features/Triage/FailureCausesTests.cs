using Dashboard.Core.Triage;
using Dashboard.Web.Features.Triage;

namespace Dashboard.Tests.Features.Triage;

public sealed class FailureCausesTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ByBatchAsync_CountsFailuresOnly_MostFrequentFirst()
    {
        _database.AddBatch("B-1", TestData.Now, (DeviceState.Activated, 1));
        _database.AddDevices("B-1",
        [
            TestData.Device("B-1", "SN-1", DeviceState.Activated),
            TestData.Device("B-1", "SN-2", DeviceState.AwaitingActivation),
            TestData.Device("B-1", "SN-3", DeviceState.KeyRejected),
            TestData.Device("B-1", "SN-4", DeviceState.NotEnabled),
            TestData.Device("B-1", "SN-5", DeviceState.NotEnabled),
        ]);

        var causes = await new FailureCauses(_database).ByBatchAsync("B-1", CancellationToken.None);

        Assert.Equal(
            [(DeviceState.NotEnabled, 2), (DeviceState.KeyRejected, 1)],
            causes["B-1"].Select(cause => (cause.State, cause.Devices)));
    }
}
