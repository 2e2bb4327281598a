namespace Dashboard.Core.Forecasting;

/// <summary>Turns a model's daily means and spreads into the remaining count day by day, with bands.</summary>
internal static class ForecastPath
{
    public static IReadOnlyList<ForecastPoint> Build(ForecastRequest request, DailyModelForecast model)
    {
        var points = new List<ForecastPoint>(model.Means.Count);
        var remaining = (double)request.Remaining;
        var cumulative = 0.0;
        var floor80 = 0.0;
        var floor95 = 0.0;

        for (var i = 0; i < model.Means.Count; i++)
        {
            cumulative += model.Means[i];
            var sd = model.CumulativeSd[i];

            // Consumption never goes back, so a band's low end may not fall below where it already was.
            floor80 = Math.Max(floor80, cumulative - (ConsumptionForecaster.Z80 * sd));
            floor95 = Math.Max(floor95, cumulative - (ConsumptionForecaster.Z95 * sd));
            points.Add(new ForecastPoint(
                request.Today.AddDays(i),
                remaining - cumulative,
                remaining - cumulative - (ConsumptionForecaster.Z80 * sd),
                remaining - floor80,
                remaining - cumulative - (ConsumptionForecaster.Z95 * sd),
                remaining - floor95));
        }

        return points;
    }

    /// <summary>The first day whose value leaves nothing on the key; null when none does.</summary>
    public static DateOnly? FirstAtOrBelowZero(IReadOnlyList<ForecastPoint> path, Func<ForecastPoint, double> value)
    {
        foreach (var point in path)
        {
            if (ConsumptionForecaster.IsSpent(value(point)))
            {
                return point.Date;
            }
        }

        return null;
    }
}
