namespace Dashboard.Core.Forecasting;

/// <summary>
/// A key's forecast. Dates are the days the last activation is expected to be spent; null when that day
/// lies beyond the horizon or the key is not being used. The low dates are the early, pessimistic ends.
/// </summary>
public sealed record ConsumptionForecast(
    int Remaining,
    double DailyRate,
    DateOnly? DepletionDate,
    DateOnly? DepletionDateLow,
    DateOnly? DepletionDateHigh,
    DateOnly? DepletionDateLow95,
    DateOnly? DepletionDateHigh95,
    int? DaysOfCover,
    ForecastMethod Method,
    int HistoryDays,
    string Basis,
    IReadOnlyList<ForecastPoint> Path);

/// <summary>The remaining count expected at the end of a day, with the 80% and 95% bands.</summary>
public sealed record ForecastPoint(
    DateOnly Date, double Expected, double Low80, double High80, double Low95, double High95);

public enum ForecastMethod
{
    /// <summary>The key is used up.</summary>
    Exhausted,

    /// <summary>No activation seen yet, or none in a complete day: nothing to forecast from.</summary>
    NoHistory,

    /// <summary>Fewer than two weeks of history: a mean daily rate with a wide interval.</summary>
    MeanRate,

    /// <summary>Damped-trend exponential smoothing with weekday effects.</summary>
    DampedTrendWeekly,
}
