using System.Collections.Immutable;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Live;

/// <summary>
/// Tells open pages what changed. Each subscriber hears at most once per refresh interval; whatever
/// arrives in between is merged into one change, so a burst of reports costs a page a few renders.
/// </summary>
public sealed partial class ActivationNotifier(
    TimeProvider time,
    IOptions<LiveOptions> options,
    ILogger<ActivationNotifier> logger)
{
    private ImmutableArray<ThrottledSubscription> _subscriptions = [];

    public int SubscriberCount => _subscriptions.Length;

    /// <summary>
    /// Calls <paramref name="handler"/> with the merged changes, never twice at once and at most once per
    /// interval; the first change after a quiet spell is passed on at once. Dispose the result to stop.
    /// </summary>
    public IDisposable Subscribe(Func<ActivationChange, Task> handler)
    {
        var subscription = new ThrottledSubscription(handler, time, options.Value.RefreshInterval, this);
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Add(subscription));

        return subscription;
    }

    /// <summary>Passes a change to every subscriber of this instance; returns at once.</summary>
    public void Publish(ActivationChange change)
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Offer(change);
        }
    }

    internal void Remove(ThrottledSubscription subscription) =>
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Remove(subscription));

    internal void HandlerFailed(Exception exception) => Log.HandlerFailed(logger, exception);

    private static partial class Log
    {
        [LoggerMessage(5001, LogLevel.Warning, "A live update subscriber failed to refresh")]
        public static partial void HandlerFailed(ILogger logger, Exception exception);
    }
}
