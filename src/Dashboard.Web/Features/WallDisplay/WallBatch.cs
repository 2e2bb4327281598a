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
    /// <summary>States that mean an activation attempt failed and someone must act.</summary>
    public static IReadOnlyList<DeviceState> FailureStates { get; } =
        [DeviceState.AllotmentExhausted, DeviceState.KeyRejected, DeviceState.DeviceFault, DeviceState.RetryOnline];

    public int Activated => Count(DeviceState.Activated);

    public int Failures => FailureStates.Sum(Count);

    // TODO: take the length of the phone activation queue once it is kept; until then every device
    // waiting for a phone activation is counted, whether or not an operator has it in hand.
    public int PhoneQueue => Count(DeviceState.NeedsPhoneActivation);

    public int Exhausted => Count(DeviceState.AllotmentExhausted);

    public int Count(DeviceState state) => States.GetValueOrDefault(state);
}
