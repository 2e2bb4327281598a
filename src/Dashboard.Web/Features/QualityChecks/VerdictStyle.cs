using MudBlazor;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>How a readiness verdict looks: colour, icon and word together.</summary>
public static class VerdictStyle
{
    public static Color Color(string verdict) => verdict switch
    {
        BatchReadiness.Ready => MudBlazor.Color.Success,
        BatchReadiness.Waived => MudBlazor.Color.Info,
        _ => MudBlazor.Color.Warning,
    };

    public static string Icon(string verdict) => verdict switch
    {
        BatchReadiness.Ready => Icons.Material.Filled.LocalShipping,
        BatchReadiness.Waived => Icons.Material.Filled.Gavel,
        _ => Icons.Material.Filled.Block,
    };

    public static string Label(string verdict) => verdict switch
    {
        BatchReadiness.Ready => "Ready to ship",
        BatchReadiness.Waived => "Waived",
        _ => "Not ready",
    };
}
