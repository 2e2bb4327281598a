using System.Threading.Channels;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Batches;
using Dashboard.Web.Features.Reports;
using Dashboard.Web.Features.Triage;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Live;

/// <summary>
/// Spreads what ingestion commits: to this instance's pages at once, then, off the writer's thread, to
/// hub clients and (through the relays) to the pages of other instances.
/// </summary>
public sealed partial class ActivationBroadcaster(
    ActivationNotifier notifier,
    IHubContext<ActivationHub> hub,
    IDbContextFactory<DashboardDbContext> dbFactory,
    IEnumerable<IChangeRelay> relays,
    ILogger<ActivationBroadcaster> logger) : BackgroundService, ILedgerObserver, IBatchAnnouncer
{
    private readonly BatchQueries _batches = new(dbFactory);

    // Hub clients are told in order; if they fall this far behind, the oldest news goes first.
    private readonly Channel<Func<CancellationToken, Task>> _outbox =
        Channel.CreateBounded<Func<CancellationToken, Task>>(new BoundedChannelOptions(1024)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.DropOldest,
        });

    void ILedgerObserver.OnCommitted(LedgerCommit commit)
    {
        var change = ToChange(commit);
        notifier.Publish(change);

        _outbox.Writer.TryWrite(ct => SendCommitAsync(commit, change, ct));
    }

    /// <summary>Shows a key alarm on every page and wall, on every instance, and sends it to hub clients.</summary>
    public void RaiseKeyAlarm(KeyAlarm alarm)
    {
        var change = ActivationChange.ForAlarm(alarm);
        notifier.Publish(change);

        _outbox.Writer.TryWrite(async ct =>
        {
            await hub.Clients.All.SendAsync(ActivationEvents.KeyAlarm, alarm, ct);
            await RelayAsync(change, ct);
        });
    }

    /// <summary>Tells every page, wall and hub client, on every instance, that a batch's settings changed.</summary>
    public void AnnounceBatch(string batchId)
    {
        var change = ActivationChange.ForBatch(batchId);
        notifier.Publish(change);

        _outbox.Writer.TryWrite(async ct =>
        {
            await RelayAsync(change, ct);
            if (await _batches.GetAsync(batchId, ct) is { } batch)
            {
                await hub.Clients.All.SendAsync(ActivationEvents.BatchTotalsChanged, ToTotals(batch), ct);
            }
        });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var send in _outbox.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await send(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.SendFailed(logger, exception);
            }
        }
    }

    private async Task SendCommitAsync(LedgerCommit commit, ActivationChange change, CancellationToken ct)
    {
        await RelayAsync(change, ct);

        foreach (var stored in commit.Reports)
        {
            await hub.Clients.All.SendAsync(ActivationEvents.ReportStored, ToMessage(stored.Report), ct);
            if (stored.StateChanged)
            {
                await hub.Clients.All.SendAsync(ActivationEvents.DeviceStateChanged, ToStateMessage(stored), ct);
            }
        }

        foreach (var batchId in change.Batches)
        {
            if (await _batches.GetAsync(batchId, ct) is { } batch)
            {
                await hub.Clients.All.SendAsync(ActivationEvents.BatchTotalsChanged, ToTotals(batch), ct);
            }
        }
    }

    private async Task RelayAsync(ActivationChange change, CancellationToken ct)
    {
        foreach (var relay in relays)
        {
            await relay.PublishAsync(change, ct);
        }
    }

    private static ActivationChange ToChange(LedgerCommit commit) => new(
        commit.Reports.Count,
        commit.Reports.Select(stored => stored.Report.DeviceSerial).ToHashSet(StringComparer.Ordinal),
        commit.Reports.SelectMany(stored => new[] { stored.Report.BatchId, stored.PreviousBatchId })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal),
        []);

    private static ReportStoredMessage ToMessage(Report report) => new(
        report.Id, report.DeviceSerial, report.BatchId, report.Station, report.State.ToString(),
        report.CapturedAt, report.ReceivedAt);

    private static DeviceStateChangedMessage ToStateMessage(StoredReport stored) => new(
        stored.Report.DeviceSerial, stored.Report.BatchId, stored.PreviousState?.ToString(),
        stored.State.ToString(), stored.StateReason, stored.Report.ReceivedAt);

    private static BatchTotalsChangedMessage ToTotals(BatchSummary batch) => new(
        batch.Id, batch.Name, batch.PlannedQuantity, batch.DeviceCount, batch.ReportCount,
        batch.States.GetValueOrDefault(DeviceState.Activated), batch.LastReportAt,
        batch.States.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value));

    private static partial class Log
    {
        [LoggerMessage(5010, LogLevel.Warning, "Could not send a live event to hub clients or other instances")]
        public static partial void SendFailed(ILogger logger, Exception exception);
    }
}
