using System.Text.Json;
using Dashboard.Web.Features.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dashboard.IntegrationTests.Live;

/// <summary>Two app instances on one database and one Redis server, as behind a load balancer.</summary>
public sealed class RedisBackplaneTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task ReportStoredOnOneInstance_ReachesHubClientsAndPagesOfTheOther()
    {
        using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string> { ["Live:Redis"] = redis.Configuration };
        await using var a = new LiveDashboardHost(_folder.Path, LiveDashboardHost.FreePort(), settings).Start();
        await using var b = new LiveDashboardHost(_folder.Path, LiveDashboardHost.FreePort(), settings).Start();
        await using var connection = await ActivationHubTests.ListenAsync(b.Address);
        var stored = ActivationHubTests.Next(connection, ActivationEvents.ReportStored);
        var pageChange = new TaskCompletionSource<ActivationChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = b.Notifier.Subscribe(change =>
        {
            pageChange.TrySetResult(change);
            return Task.CompletedTask;
        });

        await a.PostSampleAsync("001", "REDIS-1", "REDIS-B1");

        var report = await stored.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("REDIS-1", report.GetProperty("serial").GetString());
        var change = await pageChange.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(change.TouchesBatch("REDIS-B1"));
        Assert.True(change.TouchesDevice("REDIS-1"));
    }

    [Fact]
    public async Task ReportStored_IsHeardOnceOnItsOwnInstance()
    {
        using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Redis"] = redis.Configuration };
        await using var a = new LiveDashboardHost(_folder.Path, LiveDashboardHost.FreePort(), settings).Start();
        await using var connection = await ActivationHubTests.ListenAsync(a.Address);
        var reports = new List<JsonElement>();
        connection.On<JsonElement>(ActivationEvents.ReportStored, reports.Add);
        var totals = ActivationHubTests.Next(connection, ActivationEvents.BatchTotalsChanged);
        var stored = 0;
        using var subscription = a.Notifier.Subscribe(change =>
        {
            Interlocked.Add(ref stored, change.ReportsStored);
            return Task.CompletedTask;
        });

        await a.PostSampleAsync("001", "REDIS-2", "REDIS-B2");
        await totals.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(1000);

        Assert.Single(reports);
        Assert.Equal(1, Volatile.Read(ref stored));
    }

    public void Dispose() => _folder.Dispose();
}
