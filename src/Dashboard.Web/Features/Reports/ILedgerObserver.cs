using Dashboard.Core.Triage;
using Dashboard.Web.Data;

namespace Dashboard.Web.Features.Reports;

/// <summary>Hears about every committed group of reports, after the commit, on the writer's thread.</summary>
/// <remarks>Must return quickly and must not throw: the next group waits until every observer returns.</remarks>
public interface ILedgerObserver
{
    void OnCommitted(LedgerCommit commit);
}

/// <summary>The reports one transaction stored (duplicates and refusals left out).</summary>
public sealed record LedgerCommit(IReadOnlyList<StoredReport> Reports);

/// <summary>A stored report with its device's state before and after it.</summary>
/// <param name="Report">The stored row.</param>
/// <param name="PreviousState">The device's state before; null when the report created the device.</param>
/// <param name="PreviousBatchId">The device's batch before; differs when the report moved it.</param>
/// <param name="State">The device's state after (an older capture leaves it as it was).</param>
/// <param name="StateReason">Why the device is in <paramref name="State"/>.</param>
public sealed record StoredReport(
    Report Report, DeviceState? PreviousState, string? PreviousBatchId, DeviceState State, string? StateReason)
{
    public bool StateChanged => PreviousState != State;
}
