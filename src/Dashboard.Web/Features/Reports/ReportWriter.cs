namespace Dashboard.Web.Features.Reports;

/// <summary>
/// The one writer: drains whatever has queued up and commits it as one transaction, so a burst of
/// uploads costs one disk sync rather than one per report.
/// </summary>
internal sealed partial class ReportWriter(ReportQueue queue, ReportLedger ledger, ILogger<ReportWriter> logger)
    : BackgroundService
{
    private const int MaxGroupSize = 256;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                var group = new List<PendingReport>(MaxGroupSize);
                while (group.Count < MaxGroupSize && reader.TryRead(out var pending))
                {
                    group.Add(pending);
                }

                await WriteAsync(group, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            while (reader.TryRead(out var pending))
            {
                pending.Cancel();
            }
        }
    }

    private async Task WriteAsync(List<PendingReport> group, CancellationToken stoppingToken)
    {
        try
        {
            await ledger.WriteAsync(group, stoppingToken);
            Log.GroupCommitted(logger, group.Count);
        }
        catch (OperationCanceledException)
        {
            // Shutting down mid-group: the transaction rolls back, so nobody may hear "stored".
            group.ForEach(pending => pending.Cancel());
            throw;
        }
        catch (Exception exception)
        {
            // The commit itself failed: nothing of the group is stored, and every caller hears so.
            Log.GroupFailed(logger, group.Count, exception);
            group.ForEach(pending => pending.Fail(exception));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(2010, LogLevel.Debug, "Committed {Count} reports")]
        public static partial void GroupCommitted(ILogger logger, int count);

        [LoggerMessage(2011, LogLevel.Error, "Could not commit a group of {Count} reports")]
        public static partial void GroupFailed(ILogger logger, int count, Exception exception);
    }
}
