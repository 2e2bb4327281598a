namespace Dashboard.Core.Forecasting;

/// <summary>
/// What a daily model predicts for the days after its history: the expected consumption of each day
/// (index 0 is the first day ahead) and the standard deviation of the consumption summed up to each day.
/// </summary>
public sealed record DailyModelForecast(IReadOnlyList<double> Means, IReadOnlyList<double> CumulativeSd);
