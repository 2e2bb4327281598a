using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.Allotments;

/// <summary>Thresholds for key status, ordering and reconciliation (section <c>Allotments</c>).</summary>
public sealed class AllotmentsOptions
{
    public const string Section = "Allotments";

    /// <summary>A key is "order soon" when its order-by date is at most this many days away. Default 14.</summary>
    [Range(0, 365)]
    public int OrderSoonDays { get; set; } = 14;

    /// <summary>Days from requesting a new key to having it, for keys that do not set their own. Default 30.</summary>
    [Range(0, 365)]
    public int DefaultLeadTimeDays { get; set; } = 30;

    /// <summary>Extra days kept in hand before the pessimistic depletion date. Default 7.</summary>
    [Range(0, 365)]
    public int SafetyMarginDays { get; set; } = 7;

    /// <summary>
    /// Activations Microsoft may count beyond those the dashboard saw between two checkpoints before the
    /// leak alarm is raised (stations that did not report, clock skew at the edges). Default 5.
    /// </summary>
    [Range(0, 1_000_000)]
    public int LeakToleranceCount { get; set; } = 5;

    /// <summary>The same tolerance as a percentage of the activations seen, when larger. Default 2.</summary>
    [Range(0, 100)]
    public double LeakTolerancePercent { get; set; } = 2;

    /// <summary>How many recent days of consumption the forecast learns from. Default 182.</summary>
    [Range(14, 3660)]
    public int HistoryDays { get; set; } = 182;

    /// <summary>How far ahead a depletion date is looked for. Default 1096 (three years).</summary>
    [Range(30, 3660)]
    public int HorizonDays { get; set; } = 1096;
}
