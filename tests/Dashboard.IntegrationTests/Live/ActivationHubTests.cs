using Dashboard.IntegrationTests.Access;
using System.Text.Json;
using Dashboard.Web.Features.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Live;

public sealed class ActivationHubTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Hub_SendsReportStateAndTotalsEvents_WhenAReportIsStored()
    {
        await using var host = new LiveDashboardHost(_folder.Path, LiveDashboardHost.FreePort()).Start();
        await using var connection = await ListenAsync(host.Address);
        var stored = Next(connection, ActivationEvents.ReportStored);
        var changed = Next(connection, ActivationEvents.DeviceStateChanged);
        var totals = Next(connection, ActivationEvents.BatchTotalsChanged);

        await host.PostSampleAsync("001", "HUB-1", "HUB-B1");

        var report = await stored.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("HUB-1", report.GetProperty("serial").GetString());
        Assert.Equal("HUB-B1", report.GetProperty("batch").GetString());
        Assert.Equal("Activated", report.GetProperty("state").GetString());
        Assert.True(report.GetProperty("reportId").GetInt64() > 0);

        var state = await changed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(JsonValueKind.Null, state.GetProperty("previousState").ValueKind);
        Assert.Equal("Activated", state.GetProperty("state").GetString());

        var batch = await totals.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("HUB-B1", batch.GetProperty("batch").GetString());
        Assert.Equal(1, batch.GetProperty("devices").GetInt32());
        Assert.Equal(1, batch.GetProperty("activated").GetInt32());
        Assert.Equal(1, batch.GetProperty("states").GetProperty("Activated").GetInt32());
    }

    [Fact]
    public async Task Hub_SendsDeviceStateChanged_OnlyWhenTheStateChanges()
    {
        await using var host = new LiveDashboardHost(_folder.Path, LiveDashboardHost.FreePort()).Start();
        await host.PostSampleAsync("018", "HUB-2", "HUB-B2");
        await using var connection = await ListenAsync(host.Address);
        var changes = new List<JsonElement>();
        connection.On<JsonElement>(ActivationEvents.DeviceStateChanged, changes.Add);

        // Events reach one connection in order, so the batch totals come after any state change.
        var totals = Next(connection, ActivationEvents.BatchTotalsChanged);
        await host.PostSampleAsync("009", "HUB-2", "HUB-B2");
        await totals.WaitAsync(TimeSpan.FromSeconds(10));
        var moreTotals = Next(connection, ActivationEvents.BatchTotalsChanged);
        await host.PostSampleAsync("005", "HUB-2", "HUB-B2");
        await moreTotals.WaitAsync(TimeSpan.FromSeconds(10));

        var change = Assert.Single(changes);
        Assert.Equal("NotEnabled", change.GetProperty("previousState").GetString());
        Assert.Equal("Activated", change.GetProperty("state").GetString());
    }

    [Fact]
    public async Task RaiseKeyAlarm_ReachesHubClients()
    {
        await using var host = new LiveDashboardHost(_folder.Path, LiveDashboardHost.FreePort()).Start();
        await using var connection = await ListenAsync(host.Address);
        var alarms = Next(connection, ActivationEvents.KeyAlarm);

        host.Services.GetRequiredService<ActivationBroadcaster>().RaiseKeyAlarm(
            new KeyAlarm("3V66T", KeyAlarm.Critical, "No activations left", DateTime.UtcNow));

        var alarm = await alarms.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("3V66T", alarm.GetProperty("partialProductKey").GetString());
        Assert.Equal("critical", alarm.GetProperty("severity").GetString());
    }

    public void Dispose() => _folder.Dispose();

    internal static async Task<HubConnection> ListenAsync(Uri address)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(address, "hubs/activation"),
                options => options.Headers[TestAccess.ApiKeyHeader] = TestAccess.StationKey)
            .Build();
        await connection.StartAsync();

        return connection;
    }

    internal static Task<JsonElement> Next(HubConnection connection, string eventName)
    {
        var next = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<JsonElement>(eventName, payload => next.TrySetResult(payload));

        return next.Task;
    }
}
