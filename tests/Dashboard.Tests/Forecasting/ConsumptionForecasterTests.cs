using Dashboard.Core.Forecasting;

namespace Dashboard.Tests.Forecasting;

public sealed class ConsumptionForecasterTests
{
    // A Monday, so weekday patterns line up with the calendar.
    private static readonly DateOnly s_monday = new(2026, 3, 2);

    [Theory]
    [InlineData(1000, 42, 99)]
    [InlineData(995, 42, 99)]
    [InlineData(1001, 28, 100)]
    [InlineData(10, 14, 0)]
    public void Forecast_ConstantRate_GivesAnalyticDepletionDate(int remaining, int days, int daysAfterToday)
    {
        var today = s_monday.AddDays(days);
        var request = new ForecastRequest(s_monday, Enumerable.Repeat(10.0, days).ToList(), remaining, today);

        var forecast = ConsumptionForecaster.Forecast(request);

        // At 10 a day, counting today, the last of R activations goes on day ceil(R / 10).
        Assert.Equal(today.AddDays(daysAfterToday), forecast.DepletionDate);
        Assert.Equal(10, forecast.DailyRate, precision: 9);
        Assert.Equal(daysAfterToday + 1, forecast.DaysOfCover);
        Assert.Equal(forecast.DepletionDate, forecast.DepletionDateLow);
        Assert.Equal(forecast.DepletionDate, forecast.DepletionDateHigh);
        Assert.Equal(ForecastMethod.DampedTrendWeekly, forecast.Method);
        Assert.Equal($"{days} days of history, damped trend with weekday effects", forecast.Basis);
    }

    [Fact]
    public void Forecast_WeekdayOnlyProduction_SpendsNothingAtWeekends()
    {
        var history = Enumerable.Range(0, 28).Select(day => day % 7 < 5 ? 10.0 : 0.0).ToList();
        var today = s_monday.AddDays(28);

        var forecast = ConsumptionForecaster.Forecast(new ForecastRequest(s_monday, history, 103, today));

        // Mon–Fri 50, weekend nothing, Mon–Fri 100: the 103rd goes on the third Monday.
        Assert.Equal(today.AddDays(14), forecast.DepletionDate);
        Assert.Equal(50.0 / 7, forecast.DailyRate, precision: 9);
        var weekend = forecast.Path.Where(p => p.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).Take(4);
        Assert.All(weekend, p => Assert.Equal(
            forecast.Path.Single(q => q.Date == p.Date.AddDays(p.Date.DayOfWeek == DayOfWeek.Saturday ? -1 : -2))
                .Expected,
            p.Expected,
            precision: 6));
    }

    [Fact]
    public void Forecast_NoisySeries_IntervalsWidenWithHorizon()
    {
        var history = Simulate(new Random(7), 56);

        var request = new ForecastRequest(s_monday, history, 5_000, s_monday.AddDays(56));

        var forecast = ConsumptionForecaster.Forecast(request);

        var widths80 = forecast.Path.Select(p => p.High80 - p.Low80).ToList();
        var widths95 = forecast.Path.Select(p => p.High95 - p.Low95).ToList();
        Assert.True(widths80[0] > 0);
        Assert.True(widths80.Zip(widths80.Skip(1)).All(pair => pair.Second >= pair.First));
        Assert.True(widths80[59] > 2 * widths80[6]);
        Assert.True(widths95.Zip(widths80).All(pair => pair.First > pair.Second));
        Assert.True(forecast.DepletionDateLow <= forecast.DepletionDate);
        Assert.True(forecast.DepletionDate <= forecast.DepletionDateHigh);
        Assert.True(forecast.DepletionDateLow95 <= forecast.DepletionDateLow);
    }

    [Theory]
    [InlineData(56, 14)]
    [InlineData(35, 28)]
    public void Forecast_SimulatedNoisySeries_Interval80CoversTruthAtAboutItsRate(int historyDays, int horizon)
    {
        var random = new Random(20261203);
        const int runs = 300;
        var covered = 0;

        for (var run = 0; run < runs; run++)
        {
            var series = Simulate(random, historyDays + horizon);
            var history = series.Take(historyDays).ToList();
            var truth = series.Skip(historyDays).Sum();
            var request = new ForecastRequest(s_monday, history, 1_000_000, s_monday.AddDays(historyDays));

            var point = ConsumptionForecaster.Forecast(request).Path[horizon - 1];

            var spent = (Low: 1_000_000 - point.High80, High: 1_000_000 - point.Low80);
            covered += truth >= spent.Low && truth <= spent.High ? 1 : 0;
        }

        var rate = covered / (double)runs;
        Assert.InRange(rate, 0.65, 0.95);
    }

    [Fact]
    public void Forecast_ShortHistory_FallsBackToMeanRateWithWideInterval()
    {
        var history = new List<double> { 12, 8, 10, 11, 9, 10, 10 };

        var request = new ForecastRequest(s_monday, history, 300, s_monday.AddDays(7));

        var forecast = ConsumptionForecaster.Forecast(request);

        Assert.Equal(ForecastMethod.MeanRate, forecast.Method);
        Assert.Equal("7 days of history: mean rate, wide interval", forecast.Basis);
        Assert.Equal(10, forecast.DailyRate, precision: 9);
        Assert.Equal(s_monday.AddDays(7 + 29), forecast.DepletionDate);
        Assert.True(forecast.DepletionDateLow < forecast.DepletionDate);
        Assert.True(forecast.DepletionDateHigh > forecast.DepletionDate);
    }

    [Fact]
    public void Forecast_NoConsumption_GivesNoDepletionDate()
    {
        var forecast = ConsumptionForecaster.Forecast(new ForecastRequest(s_monday, [], 500, s_monday));

        Assert.Equal(ForecastMethod.NoHistory, forecast.Method);
        Assert.Null(forecast.DepletionDate);
        Assert.Null(forecast.DaysOfCover);
        Assert.Empty(forecast.Path);
    }

    [Fact]
    public void Forecast_NothingLeft_IsExhausted()
    {
        var forecast = ConsumptionForecaster.Forecast(new ForecastRequest(s_monday, [5, 5], 0, s_monday.AddDays(2)));

        Assert.Equal(ForecastMethod.Exhausted, forecast.Method);
        Assert.Equal(0, forecast.DaysOfCover);
    }

    // Weekdays around 40 a day with noise, Saturdays a few, Sundays idle: a typical line.
    private static List<double> Simulate(Random random, int days) =>
        [.. Enumerable.Range(0, days).Select(day => (day % 7) switch
        {
            < 5 => Math.Max(0, Math.Round(40 + (Gaussian(random) * 8))),
            5 => Math.Max(0, Math.Round(8 + (Gaussian(random) * 3))),
            _ => 0,
        })];

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
