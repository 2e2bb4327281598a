namespace Dashboard.Core.Forecasting;

/// <summary>
/// The fallback for short histories: a flat mean daily rate. Its interval counts both the day-to-day spread
/// and the uncertainty of the mean itself, which grows with the square of the horizon, so it is wide.
/// </summary>
public static class MeanRateModel
{
    public static DailyModelForecast Forecast(IReadOnlyList<double> history, int horizon)
    {
        var n = history.Count;
        var mean = history.Average();
        var variance = n > 1 ? history.Sum(day => (day - mean) * (day - mean)) / (n - 1) : mean;

        // Counts are at least as spread as a Poisson count with the same mean.
        variance = Math.Max(variance, mean);

        var means = new double[horizon];
        var sd = new double[horizon];
        for (var h = 1; h <= horizon; h++)
        {
            means[h - 1] = mean;
            sd[h - 1] = Math.Sqrt((h * variance) + (h * (double)h * variance / n));
        }

        return new DailyModelForecast(means, sd);
    }
}
