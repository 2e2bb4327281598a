using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.WallDisplay;

/// <summary>The wall display's defaults; the page's address can override each of them.</summary>
public sealed class WallOptions
{
    public const string Section = "Wall";

    /// <summary>
    /// Minutes without a report after which a batch's panel is marked stale (URL: <c>stale=</c>).
    /// </summary>
    /// <value>Defaults to 15.</value>
    [Range(1, 10_080)]
    public int StaleAfterMinutes { get; set; } = 15;

    /// <summary>Seconds each screen of panels stays up before the next (URL: <c>rotate=</c>).</summary>
    /// <value>Defaults to 20.</value>
    [Range(3, 3_600)]
    public int RotateSeconds { get; set; } = 20;

    /// <summary>Batch panels on one screen (URL: <c>panels=</c>).</summary>
    /// <value>Defaults to 4.</value>
    [Range(1, 12)]
    public int PanelsPerScreen { get; set; } = 4;

    /// <summary>Batches shown when the address names none: those with the newest reports.</summary>
    /// <value>Defaults to 12.</value>
    [Range(1, 100)]
    public int MaxBatches { get; set; } = 12;
}
