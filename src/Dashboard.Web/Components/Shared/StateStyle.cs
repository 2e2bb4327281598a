using Dashboard.Core.Triage;
using MudBlazor;

namespace Dashboard.Web.Components.Shared;

/// <summary>
/// How each device state looks. Every state has a colour, an icon and a word, so no one has to tell
/// states apart by colour alone (colour-blind users, monochrome wall displays, printouts).
/// </summary>
public static class StateStyle
{
    /// <summary>States in the order pages list them: done first, then waiting, then the kinds of trouble.</summary>
    public static IReadOnlyList<DeviceState> Ordered { get; } = Enum.GetValues<DeviceState>();

    public static string Label(DeviceState state) => state switch
    {
        DeviceState.Activated => "Activated",
        DeviceState.AwaitingActivation => "Awaiting activation",
        DeviceState.RetryOnline => "Retry online",
        DeviceState.NeedsPhoneActivation => "Needs phone activation",
        DeviceState.AllotmentExhausted => "Allotment exhausted",
        DeviceState.KeyRejected => "Key rejected",
        DeviceState.NotEnabled => "Not enabled",
        DeviceState.DeviceFault => "Device fault",
        _ => "Unknown",
    };

    public static string Icon(DeviceState state) => state switch
    {
        DeviceState.Activated => Icons.Material.Filled.CheckCircle,
        DeviceState.AwaitingActivation => Icons.Material.Filled.HourglassTop,
        DeviceState.RetryOnline => Icons.Material.Filled.CloudOff,
        DeviceState.NeedsPhoneActivation => Icons.Material.Filled.PhoneEnabled,
        DeviceState.AllotmentExhausted => Icons.Material.Filled.Block,
        DeviceState.KeyRejected => Icons.Material.Filled.KeyOff,
        DeviceState.NotEnabled => Icons.Material.Filled.DoNotDisturbOn,
        DeviceState.DeviceFault => Icons.Material.Filled.BuildCircle,
        _ => Icons.Material.Filled.HelpOutline,
    };

    public static Color Color(DeviceState state) => state switch
    {
        DeviceState.Activated => MudBlazor.Color.Success,
        DeviceState.AwaitingActivation => MudBlazor.Color.Info,
        DeviceState.RetryOnline => MudBlazor.Color.Warning,
        DeviceState.NeedsPhoneActivation => MudBlazor.Color.Tertiary,
        DeviceState.AllotmentExhausted => MudBlazor.Color.Error,
        DeviceState.KeyRejected => MudBlazor.Color.Error,
        DeviceState.NotEnabled => MudBlazor.Color.Dark,
        DeviceState.DeviceFault => MudBlazor.Color.Secondary,
        _ => MudBlazor.Color.Default,
    };

    /// <summary>The palette variable behind <see cref="Color(DeviceState)"/>, for plain HTML such as the bar.</summary>
    public static string CssVariable(DeviceState state) => Color(state) == MudBlazor.Color.Default
        ? "var(--mud-palette-gray-default)"
        : $"var(--mud-palette-{Color(state).ToString().ToLowerInvariant()})";

    /// <summary>A stable, lower-case name for CSS classes and test selectors.</summary>
    public static string Slug(DeviceState state) => state.ToString().ToLowerInvariant();
}
