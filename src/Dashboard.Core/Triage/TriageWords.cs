namespace Dashboard.Core.Triage;

/// <summary>The next step for each state, worded for the person who runs the line.</summary>
internal static class TriageWords
{
    private static readonly Dictionary<DeviceState, string> s_actions = new()
    {
        [DeviceState.Activated] = "Nothing to do.",
        [DeviceState.AwaitingActivation] =
            "Let the device reach the internet so it activates (slmgr /ato); look again if it stays in grace.",
        [DeviceState.RetryOnline] =
            "Fix the device's network, proxy or clock, then activate online again (slmgr /ato). "
            + "If it must stay offline, activate it by phone.",
        [DeviceState.NeedsPhoneActivation] =
            "Activate by phone (slui 4, or slmgr /dti then /atp with the confirmation ID) or by VAMT proxy.",
        [DeviceState.AllotmentExhausted] =
            "Stop using this key: ask Microsoft for a new ePKEA key or more activations.",
        [DeviceState.KeyRejected] =
            "Install the right ePKEA key for this edition (slmgr /ipk), then activate.",
        [DeviceState.NotEnabled] =
            "Install the production ePKEA key on a production image (slmgr /ipk), then activate.",
        [DeviceState.DeviceFault] =
            "Repair the device (run the capture as administrator, restart the licensing service or reboot), "
            + "then capture again.",
        [DeviceState.Unknown] = "Capture slmgr /dlv again and upload the whole output.",
    };

    public static TriageResult Result(DeviceState state, string reason) => new(state, reason, s_actions[state]);
}
