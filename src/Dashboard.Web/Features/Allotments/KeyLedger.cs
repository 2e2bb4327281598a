using Dashboard.Core.Forecasting;

namespace Dashboard.Web.Features.Allotments;

/// <summary>Everything known about one key's allotment: counts, consumption, checkpoints, alarms, forecast.</summary>
public sealed record KeyLedger(
    KeyInfo Key,
    int Remaining,
    int FirstActivations,
    int RepeatActivations,
    KeyStatus Status,
    DateOnly? OrderBy,
    int LeadTimeDays,
    ConsumptionForecast Forecast,
    PlanOutlook Plan,
    IReadOnlyList<DailyConsumption> Daily,
    IReadOnlyList<GroupConsumption> ByBatch,
    IReadOnlyList<GroupConsumption> ByStation,
    IReadOnlyList<CheckpointRow> Checkpoints,
    IReadOnlyList<ReconciliationWindow> Reconciliation,
    IReadOnlyList<RemainingPoint> RemainingHistory)
{
    public IEnumerable<ReconciliationWindow> Alarms => Reconciliation.Where(window => window.IsAlarm);
}

public sealed record KeyInfo(
    int Id, string Label, string PartialProductKey, int Allotment, DateOnly? ReceivedOn, int? LeadTimeDays);

/// <summary>Activations spent on one day (UTC): first activations and repeats, both from the allotment.</summary>
public sealed record DailyConsumption(DateOnly Date, int First, int Repeats)
{
    public int Spent => First + Repeats;
}

/// <summary>Activations spent by one batch or one station (line).</summary>
public sealed record GroupConsumption(string Name, int First, int Repeats, DateTime LastActivatedAt)
{
    public int Spent => First + Repeats;
}

public sealed record CheckpointRow(
    long Id, int Remaining, DateTime AsOf, string? EnteredBy, DateTime EnteredAt, string Source);

/// <summary>
/// Microsoft's count between two consecutive checkpoints against the activations the dashboard saw in
/// the same window. <see cref="Unexplained"/> above <see cref="Tolerance"/> raises the leak alarm.
/// </summary>
public sealed record ReconciliationWindow(
    DateTime From, DateTime To, int MicrosoftDrop, int Seen, int Tolerance)
{
    public int Unexplained => MicrosoftDrop - Seen;

    public bool IsAlarm => Unexplained > Tolerance;

    /// <summary>
    /// Microsoft's remaining count went up, which spending activations never does: one of the two
    /// checkpoints is mistyped (or Microsoft added to the allotment, which the key's record should say).
    /// </summary>
    public bool Rose => MicrosoftDrop < 0;

    public string DescribeRise() =>
        $"Microsoft's count rose by {-MicrosoftDrop:N0} between {From:yyyy-MM-dd HH:mm} and {To:yyyy-MM-dd HH:mm} UTC, "
        + "which spending activations never does: check both checkpoints for a typing mistake.";

    public string Describe() =>
        $"Microsoft's count fell by {MicrosoftDrop:N0} between {From:yyyy-MM-dd HH:mm} and {To:yyyy-MM-dd HH:mm} UTC, "
        + $"but the dashboard saw {Seen:N0} activations: {Unexplained:N0} unexplained.";
}

/// <summary>The dashboard's own reckoning of the remaining count at the end of a day (UTC).</summary>
public sealed record RemainingPoint(DateOnly Date, int Remaining);

/// <summary>
/// What the planned batches on the key still need. When they need at least what is left, the plan alone
/// runs the key out, on the day the forecast pace reaches the remaining count.
/// </summary>
public sealed record PlanOutlook(int PlannedBatches, int Outstanding, int Remaining, DateOnly? DepletionDate)
{
    public int Shortfall => Math.Max(0, Outstanding - Remaining);
}
