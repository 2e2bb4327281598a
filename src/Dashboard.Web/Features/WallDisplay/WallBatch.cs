using Dashboard.Core.Triage;

namespace Dashboard.Web.Features.WallDisplay;

/// <summary>One batch as the wall shows it.</summary>
/// <param name="LastReportAt">When its newest report arrived (UTC); null when none has yet.</param>
public sealed record WallBatch(
    string Id,
    string? Name,
    int? PlannedQuantity,
    int Devices,
    IReadOnlyDictionary<DeviceState, int> States,
    DateTime? LastReportAt)
{
    public int Activated => Count(DeviceState.Activated);

    /// <summary>Devices in their grace period with a production key and no failure seen.</summary>
    public int Awaiting => Count(DeviceState.AwaitingActivation);

    /// <summary>Devices waiting for a phone activation, whether or not an operator has their case in hand.</summary>
    public int PhoneQueue => Count(DeviceState.NeedsPhoneActivation);

    /// <summary>
    /// Every other device: a failed attempt, a wrong or missing production key, a device fault, or a capture
    /// that could not be read. Someone must act on each, as the batch's readiness counts them.
    /// </summary>
    public int Failures => Devices - Activated - Awaiting - PhoneQueue;

    public int Exhausted => Count(DeviceState.AllotmentExhausted);

    public int Count(DeviceState state) => States.GetValueOrDefault(state);
}
