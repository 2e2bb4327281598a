using System.Collections.Concurrent;
using Dashboard.Web.Features.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Tests.Features.Live;

public sealed class ActivationNotifierTests
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(300);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly ActivationNotifier _notifier;
    private readonly Recorder _recorder = new();

    public ActivationNotifierTests() => _notifier = new ActivationNotifier(
        _time,
        Options.Create(new LiveOptions { RefreshIntervalMilliseconds = (int)s_interval.TotalMilliseconds }),
        NullLogger<ActivationNotifier>.Instance);

    [Fact]
    public async Task Publish_PassesFirstChangeOn_WithoutWaitingForTheInterval()
    {
        using var subscription = _notifier.Subscribe(_recorder.HandleAsync);

        _notifier.Publish(Change("B1", "S1"));

        var first = await _recorder.NextAsync();
        Assert.Equal(1, first.ReportsStored);
        Assert.Contains("S1", first.Devices);
    }

    [Fact]
    public async Task Publish_MergesABurst_IntoOneDeliveryPerInterval()
    {
        using var subscription = _notifier.Subscribe(_recorder.HandleAsync);
        _notifier.Publish(Change("B1", "S0"));
        await _recorder.NextAsync();

        for (var i = 1; i <= 1000; i++)
        {
            _notifier.Publish(Change(i % 2 == 0 ? "B1" : "B2", $"S{i}"));
        }

        _time.Advance(s_interval - TimeSpan.FromMilliseconds(1));
        Assert.False(_recorder.HasMore, "A change arrived before the interval was up.");

        _time.Advance(TimeSpan.FromMilliseconds(1));
        var merged = await _recorder.NextAsync();
        Assert.Equal(1000, merged.ReportsStored);
        Assert.Equal(1000, merged.Devices.Count);
        Assert.Equal(["B1", "B2"], merged.Batches.Order());
        Assert.Equal(2, _recorder.Count);
    }

    [Fact]
    public async Task Publish_WaitsForASlowHandler_BeforeDeliveringAgain()
    {
        var release = new TaskCompletionSource();
        using var subscription = _notifier.Subscribe(async change =>
        {
            await _recorder.HandleAsync(change);
            await release.Task;
        });
        _notifier.Publish(Change("B1", "S1"));
        await _recorder.NextAsync();

        _notifier.Publish(Change("B1", "S2"));
        _time.Advance(s_interval * 3);
        Assert.False(_recorder.HasMore, "A second delivery started while the first was still running.");

        release.SetResult();
        var second = await _recorder.NextAsync();
        Assert.Contains("S2", second.Devices);
    }

    [Fact]
    public async Task Dispose_StopsDeliveries_AndRemovesTheSubscriber()
    {
        var subscription = _notifier.Subscribe(_recorder.HandleAsync);
        _notifier.Publish(Change("B1", "S1"));
        await _recorder.NextAsync();
        _notifier.Publish(Change("B1", "S2"));

        subscription.Dispose();
        _time.Advance(s_interval * 2);

        Assert.Equal(0, _notifier.SubscriberCount);
        Assert.False(_recorder.HasMore);
    }

    [Fact]
    public async Task Publish_ThrottlesEachSubscriberOnItsOwn()
    {
        var other = new Recorder();
        using var first = _notifier.Subscribe(_recorder.HandleAsync);
        _notifier.Publish(Change("B1", "S1"));
        await _recorder.NextAsync();

        using var second = _notifier.Subscribe(other.HandleAsync);
        _notifier.Publish(Change("B1", "S2"));

        Assert.Contains("S2", (await other.NextAsync()).Devices);
        Assert.False(_recorder.HasMore);
    }

    private static ActivationChange Change(string batch, string serial) =>
        new(1, new HashSet<string> { serial }, new HashSet<string> { batch }, []);

    // Deliveries run on the thread pool; the recorder lets a test wait for each one.
    private sealed class Recorder
    {
        private readonly BlockingCollection<ActivationChange> _changes = [];

        public int Count { get; private set; }

        public bool HasMore
        {
            get
            {
                // Give a wrongly queued delivery a moment to show itself.
                Thread.Sleep(100);

                return _changes.Count > 0;
            }
        }

        public Task HandleAsync(ActivationChange change)
        {
            Count++;
            _changes.Add(change);

            return Task.CompletedTask;
        }

        public async Task<ActivationChange> NextAsync()
        {
            var change = await Task.Run(() => _changes.TryTake(out var next, TimeSpan.FromSeconds(10)) ? next : null);

            return change ?? throw new TimeoutException("No change was delivered within 10 seconds.");
        }
    }
}
