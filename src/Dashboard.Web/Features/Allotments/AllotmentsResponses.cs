namespace Dashboard.Web.Features.Allotments;

/// <summary>
/// The forecast as the API answers it. <c>depletionDateLow</c>/<c>High</c> are the 80% band (early and late);
/// <c>orderBy</c> is the early date less the lead time and the safety margin.
/// </summary>
public sealed record ForecastResponse(
    int KeyId,
    int Remaining,
    double DailyRate,
    DateOnly? DepletionDate,
    DateOnly? DepletionDateLow,
    DateOnly? DepletionDateHigh,
    DateOnly? DepletionDateLow95,
    DateOnly? DepletionDateHigh95,
    DateOnly? OrderBy,
    int LeadTimeDays,
    int? DaysOfCover,
    string Status,
    string Method,
    string Basis,
    int PlannedOutstanding,
    DateOnly? PlanDrivenDepletionDate,
    int LeakAlarms)
{
    public static ForecastResponse From(KeyLedger ledger)
    {
        var f = ledger.Forecast;

        return new ForecastResponse(
            ledger.Key.Id, ledger.Remaining, Math.Round(f.DailyRate, 2), f.DepletionDate, f.DepletionDateLow,
            f.DepletionDateHigh, f.DepletionDateLow95, f.DepletionDateHigh95, ledger.OrderBy, ledger.LeadTimeDays,
            f.DaysOfCover, ledger.Status.ToString(), f.Method.ToString(), f.Basis, ledger.Plan.Outstanding,
            ledger.Plan.DepletionDate, ledger.Alarms.Count());
    }
}

public sealed record LedgerResponse(
    int KeyId,
    string Label,
    string PartialProductKey,
    int Allotment,
    int Remaining,
    int FirstActivations,
    int RepeatActivations,
    IReadOnlyList<DailyConsumption> Daily,
    IReadOnlyList<GroupConsumption> Batches,
    IReadOnlyList<GroupConsumption> Stations,
    IReadOnlyList<CheckpointRow> Checkpoints,
    IReadOnlyList<ReconciliationResponse> Reconciliation)
{
    public static LedgerResponse From(KeyLedger l) => new(
        l.Key.Id, l.Key.Label, l.Key.PartialProductKey, l.Key.Allotment, l.Remaining, l.FirstActivations,
        l.RepeatActivations, l.Daily, l.ByBatch, l.ByStation, l.Checkpoints,
        [.. l.Reconciliation.Select(ReconciliationResponse.Of)]);
}

public sealed record ReconciliationResponse(
    DateTime From, DateTime To, int MicrosoftDrop, int Seen, int Unexplained, int Tolerance, bool Alarm,
    string? Message)
{
    public static ReconciliationResponse Of(ReconciliationWindow w) => new(
        w.From, w.To, w.MicrosoftDrop, w.Seen, w.Unexplained, w.Tolerance, w.IsAlarm,
        w.IsAlarm ? $"Possible key leak or unexpected consumption. {w.Describe()}"
            : w.Rose ? w.DescribeRise() : null);
}
