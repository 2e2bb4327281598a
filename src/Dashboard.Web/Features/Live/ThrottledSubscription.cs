namespace Dashboard.Web.Features.Live;

/// <summary>One subscriber's merge buffer and timer.</summary>
internal sealed class ThrottledSubscription(
    Func<ActivationChange, Task> handler,
    TimeProvider time,
    TimeSpan interval,
    ActivationNotifier owner) : IDisposable
{
    private readonly Lock _lock = new();
    private ActivationChange? _pending;
    private ITimer? _timer;
    private bool _running;
    private bool _disposed;
    private DateTimeOffset _nextAllowed = DateTimeOffset.MinValue;

    public void Offer(ActivationChange change)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _pending = _pending is null ? change : _pending.Merge(change);
            ScheduleLocked();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _pending = null;
            _timer?.Dispose();
            _timer = null;
        }

        owner.Remove(this);
    }

    // Delivers now when allowed, else arms the timer for when it is; one delivery runs at a time.
    private void ScheduleLocked()
    {
        if (_disposed || _running || _timer is not null || _pending is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (now < _nextAllowed)
        {
            _timer = time.CreateTimer(_ => OnTimer(), null, _nextAllowed - now, Timeout.InfiniteTimeSpan);
            return;
        }

        var change = _pending;
        _pending = null;
        _running = true;
        _nextAllowed = now + interval;

        // Off the caller's thread: the publisher is the ingestion writer, which must not wait on pages.
        ThreadPool.QueueUserWorkItem(_ => _ = DeliverAsync(change), null);
    }

    private void OnTimer()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
            ScheduleLocked();
        }
    }

    private async Task DeliverAsync(ActivationChange change)
    {
        try
        {
            await handler(change);
        }
        catch (Exception exception)
        {
            owner.HandlerFailed(exception);
        }
        finally
        {
            lock (_lock)
            {
                _running = false;
                ScheduleLocked();
            }
        }
    }
}
