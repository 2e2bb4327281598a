using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Batches;

namespace Dashboard.Tests.Features.Batches;

public sealed class BatchDeviceQueriesTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly BatchDeviceQueries _queries;
    private readonly List<Device> _devices;

    public BatchDeviceQueriesTests()
    {
        _queries = new BatchDeviceQueries(_database);
        var states = Enum.GetValues<DeviceState>();
        _devices = [.. Enumerable.Range(0, 57).Select(i =>
            TestData.Device("B1", $"SN{(i * 37) % 101:D4}", states[i % 4], minutesAgo: i % 7))];
        _database.AddBatch("B1", TestData.Now, (DeviceState.Activated, 57));
        _database.AddBatch("B2", TestData.Now, (DeviceState.Activated, 1));
        _database.AddDevices("B1", _devices);
        _database.AddDevices("B2", [TestData.Device("B2", "OTHER1", DeviceState.Activated)]);
    }

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(DeviceSortColumn.Serial, false)]
    [InlineData(DeviceSortColumn.Serial, true)]
    [InlineData(DeviceSortColumn.State, false)]
    [InlineData(DeviceSortColumn.State, true)]
    [InlineData(DeviceSortColumn.Edition, false)]
    [InlineData(DeviceSortColumn.Channel, true)]
    [InlineData(DeviceSortColumn.PartialProductKey, false)]
    [InlineData(DeviceSortColumn.LastCapturedAt, false)]
    [InlineData(DeviceSortColumn.LastCapturedAt, true)]
    public async Task PageAsync_WalksEveryDeviceOnceInSortOrder_WhenFollowingKeys(
        DeviceSortColumn column, bool descending)
    {
        var sort = new DeviceSort(column, descending);

        var walked = await WalkAsync(new DeviceFilter(), sort, pageSize: 10);

        Assert.Equal(_devices.Count, walked.Count);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        var expected = Sorted(_devices, sort).Select(d => d.Serial).ToList();
        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task PageAsync_ReturnsOnlyMatchingDevices_WhenFilteredByStateAndSerial()
    {
        var filter = new DeviceFilter(State: DeviceState.RetryOnline, Serial: "SN00");

        var walked = await WalkAsync(filter, DeviceSort.Default, pageSize: 3);

        var expected = _devices.Where(d => d.State == DeviceState.RetryOnline && d.Serial.Contains("SN00"))
            .Select(d => d.Serial).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task PageAsync_SaysNoMore_OnTheLastPage()
    {
        var page = await _queries.PageAsync("B2", new DeviceFilter(), DeviceSort.Default, null, 10, default);

        Assert.Equal(["OTHER1"], page.Rows.Select(r => r.Serial));
        Assert.False(page.HasMore);
    }

    private async Task<List<string>> WalkAsync(DeviceFilter filter, DeviceSort sort, int pageSize)
    {
        var serials = new List<string>();
        DeviceRow? after = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await _queries.PageAsync("B1", filter, sort, after, pageSize, default);
            serials.AddRange(page.Rows.Select(r => r.Serial));
            if (!page.HasMore)
            {
                break;
            }

            after = page.Rows[^1];
        }

        return serials;
    }

    // The database orders states by their stored names, so the expected order does too.
    private static IEnumerable<Device> Sorted(IEnumerable<Device> devices, DeviceSort sort)
    {
        Func<Device, string> key = sort.Column switch
        {
            DeviceSortColumn.State => d => d.State.ToString(),
            DeviceSortColumn.Edition => d => d.Edition ?? "",
            DeviceSortColumn.Channel => d => d.Channel ?? "",
            DeviceSortColumn.PartialProductKey => d => d.PartialProductKey ?? "",
            DeviceSortColumn.LastCapturedAt => d => d.LastCapturedAt.ToString("O"),
            _ => d => d.Serial,
        };
        var ordinal = StringComparer.Ordinal;

        return sort.Descending
            ? devices.OrderByDescending(key, ordinal).ThenByDescending(d => d.Serial, ordinal)
            : devices.OrderBy(key, ordinal).ThenBy(d => d.Serial, ordinal);
    }
}
