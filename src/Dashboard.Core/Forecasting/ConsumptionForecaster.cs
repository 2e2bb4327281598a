namespace Dashboard.Core.Forecasting;

/// <summary>Forecasts when a key's remaining activations run out, from its daily consumption.</summary>
public static class ConsumptionForecaster
{
    public const double Z80 = 1.2815515655446004;
    public const double Z95 = 1.959963984540054;

    // Sums of doubles drift; a depletion must not slip a day because 10 + 10 + ... came to 99.999999.
    private const double Tolerance = 1e-6;

    public static ConsumptionForecast Forecast(ForecastRequest request)
    {
        var history = request.DailyConsumption;
        if (request.Remaining <= 0)
        {
            return Empty(request, ForecastMethod.Exhausted, "The key is used up", daysOfCover: 0);
        }

        if (history.Count == 0 || history.All(day => day <= 0))
        {
            var why = history.Count == 0
                ? "No complete day of activations yet: no depletion date"
                : "No activations seen yet: no depletion date";
            return Empty(request, ForecastMethod.NoHistory, why, daysOfCover: null);
        }

        var seasonal = history.Count >= DampedSeasonalModel.MinimumHistory;
        var model = seasonal
            ? DampedSeasonalModel.Forecast(history, request.HorizonDays)
            : MeanRateModel.Forecast(history, request.HorizonDays);
        var basis = seasonal
            ? $"{Days(history.Count)} of history, damped trend with weekday effects"
            : $"{Days(history.Count)} of history: mean rate, wide interval";

        return Summarise(request, model, seasonal ? ForecastMethod.DampedTrendWeekly : ForecastMethod.MeanRate, basis);
    }

    private static ConsumptionForecast Summarise(
        ForecastRequest request, DailyModelForecast model, ForecastMethod method, string basis)
    {
        var path = ForecastPath.Build(request, model);
        var remaining = request.Remaining;
        var depletion = ForecastPath.FirstAtOrBelowZero(path, point => point.Expected);
        var rate = model.Means.Take(7).Average();

        return new ConsumptionForecast(
            remaining,
            rate,
            depletion,
            ForecastPath.FirstAtOrBelowZero(path, point => point.Low80),
            ForecastPath.FirstAtOrBelowZero(path, point => point.High80),
            ForecastPath.FirstAtOrBelowZero(path, point => point.Low95),
            ForecastPath.FirstAtOrBelowZero(path, point => point.High95),
            depletion is { } date ? date.DayNumber - request.Today.DayNumber + 1 : null,
            method,
            request.DailyConsumption.Count,
            depletion is null ? $"{basis}; no depletion within {request.HorizonDays} days" : basis,
            path);
    }

    internal static bool IsSpent(double remaining) => remaining <= Tolerance;

    private static ConsumptionForecast Empty(
        ForecastRequest request, ForecastMethod method, string basis, int? daysOfCover) =>
        new(request.Remaining, 0, null, null, null, null, null, daysOfCover, method,
            request.DailyConsumption.Count, basis, []);

    private static string Days(int count) => count == 1 ? "1 day" : $"{count} days";
}
