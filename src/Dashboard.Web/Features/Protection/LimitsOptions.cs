using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.Protection;

/// <summary>How much a client may send and how often: the <c>Limits</c> configuration section.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>The largest request body any endpoint accepts, in bytes.</summary>
    /// <value>32 MB. Single endpoints set less (a report takes at most 256 KB).</value>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Requests per second a station (one API key, else one client address) may keep up.</summary>
    /// <value>100.</value>
    [Range(1, 100_000)]
    public int StationRequestsPerSecond { get; set; } = 100;

    /// <summary>Requests a station may send at once above the sustained rate.</summary>
    /// <value>500.</value>
    [Range(1, 1_000_000)]
    public int StationBurst { get; set; } = 500;

    /// <summary>Live page connections (Blazor circuits, hubs) one client may hold open at once.</summary>
    /// <value>20.</value>
    [Range(1, 10_000)]
    public int MaxCircuitsPerClient { get; set; } = 20;
}
