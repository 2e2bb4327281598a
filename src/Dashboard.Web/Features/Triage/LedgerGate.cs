namespace Dashboard.Web.Features.Triage;

/// <summary>
/// Lets one writer at a time change devices and batch counts: the report writer and re-triage both adjust
/// counts by increments, and two of them interleaved would lose updates.
/// </summary>
public sealed class LedgerGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _semaphore.WaitAsync(ct);

        return new Release(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
