using System.Text.Json;
using StackExchange.Redis;

namespace Dashboard.Web.Features.Live;

/// <summary>
/// Links the pages of app instances sharing a Redis server: each instance publishes its changes on one
/// channel and passes on to its own pages what the others publish.
/// </summary>
internal sealed partial class RedisChangeRelay(
    string configuration,
    ActivationNotifier notifier,
    ILogger<RedisChangeRelay> logger) : IChangeRelay, IHostedService, IAsyncDisposable
{
    private static readonly RedisChannel s_channel = RedisChannel.Literal("dashboard:live:changes");

    private readonly string _origin = Guid.NewGuid().ToString("N");
    private ConnectionMultiplexer? _redis;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(configuration);

        // Start even when Redis is down: pages still update on this instance, and the link comes back.
        options.AbortOnConnectFail = false;
        _redis = await ConnectionMultiplexer.ConnectAsync(options);
        await _redis.GetSubscriber().SubscribeAsync(s_channel, (_, value) => Receive(value));
        Log.Linked(logger, string.Join(", ", options.EndPoints));
    }

    public async Task PublishAsync(ActivationChange change, CancellationToken ct)
    {
        if (_redis is null)
        {
            return;
        }

        var message = new RelayMessage(
            _origin, change.ReportsStored, [.. change.Devices], [.. change.Batches], [.. change.KeyAlarms]);
        await _redis.GetSubscriber().PublishAsync(s_channel, JsonSerializer.Serialize(message));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    private void Receive(RedisValue value)
    {
        try
        {
            var message = JsonSerializer.Deserialize<RelayMessage>(value.ToString());
            if (message is null || message.Origin == _origin)
            {
                return;
            }

            notifier.Publish(new ActivationChange(
                message.ReportsStored, message.Devices.ToHashSet(), message.Batches.ToHashSet(), message.KeyAlarms));
        }
        catch (JsonException exception)
        {
            Log.BadMessage(logger, exception);
        }
    }

    private sealed record RelayMessage(
        string Origin, int ReportsStored, string[] Devices, string[] Batches, KeyAlarm[] KeyAlarms);

    private static partial class Log
    {
        [LoggerMessage(5020, LogLevel.Information,
            "Live updates shared with other instances through Redis at {Endpoints}")]
        public static partial void Linked(ILogger logger, string endpoints);

        [LoggerMessage(5021, LogLevel.Warning, "Ignored an unreadable live update from Redis")]
        public static partial void BadMessage(ILogger logger, Exception exception);
    }
}
