using MudBlazor;
using MudBlazor.Charts;

namespace Dashboard.Web.Features.Allotments;

/// <summary>The series of a key's chart, with colours that keep past, forecast and band apart.</summary>
public sealed record KeyChartSeries(
    List<ChartSeries<double>> Series,
    string[] Palette,
    Dictionary<IChartSeries, SeriesDisplayOverride> Overrides,
    TimeSpan LabelSpacing,
    int YTicks)
{
    public const string Counted = "Remaining (dashboard's count)";
    public const string Checkpoints = "Remaining (Microsoft checkpoints)";
    public const string Expected = "Forecast";
    public const string Band = "80% band";
    public const string OrderBy = "Order by";

    public static KeyChartSeries Build(KeyLedger ledger)
    {
        var series = new List<ChartSeries<double>>();
        var palette = new List<string>();
        var overrides = new Dictionary<IChartSeries, SeriesDisplayOverride>();
        var path = ForecastWindow(ledger);

        Add(series, palette, Counted, "#1565c0", ledger.RemainingHistory.Select(p => Point(p.Date, p.Remaining)));
        var readings = ledger.Checkpoints.Select(c => new TimeValue<double>(c.AsOf, c.Remaining));
        Add(series, palette, Checkpoints, "#2e7d32", readings);
        Add(series, palette, Expected, "#ef6c00", path.Select(p => Point(p.Date, p.Expected)));
        var low = Add(series, palette, $"{Band} (early)", "#ffb74d", path.Select(p => Point(p.Date, p.Low80)));
        var high = Add(series, palette, $"{Band} (late)", "#ffb74d", path.Select(p => Point(p.Date, p.High80)));
        overrides[low] = new SeriesDisplayOverride { StrokeOpacity = 0.8 };
        overrides[high] = new SeriesDisplayOverride { StrokeOpacity = 0.8 };

        if (ledger.OrderBy is { } orderBy)
        {
            // A vertical line: two points on the same day, from the axis to the top of the chart.
            var top = Math.Max(
                ledger.Key.Allotment, ledger.RemainingHistory.Select(p => p.Remaining).DefaultIfEmpty().Max());
            Add(series, palette, $"{OrderBy} {orderBy:yyyy-MM-dd}", "#c62828",
                [Point(orderBy, 0), Point(orderBy, top)]);
        }

        var span = Span(ledger, path);

        return new KeyChartSeries(series, [.. palette], overrides, SpacingFor(span), TicksFor(ledger.Key.Allotment));
    }

    private static ChartSeries<double> Add(
        List<ChartSeries<double>> series, List<string> palette, string name, string colour,
        IEnumerable<TimeValue<double>> points)
    {
        var added = new ChartSeries<double> { Name = name, Data = points.ToArray(), Visible = true };
        series.Add(added);
        palette.Add(colour);

        return added;
    }

    // Long enough to show the run-out and a little after; never the whole three-year horizon.
    private static List<Core.Forecasting.ForecastPoint> ForecastWindow(KeyLedger ledger)
    {
        var f = ledger.Forecast;
        var end = (f.DepletionDateHigh ?? f.DepletionDate)?.AddDays(7) ?? DateOnly.MaxValue;
        var cap = f.Path.Count > 0 ? f.Path[0].Date.AddDays(Math.Max(90, ledger.RemainingHistory.Count)) : end;
        var last = end < cap ? end : cap;

        return [.. f.Path.TakeWhile(p => p.Date <= last)
            .Select(p => p with { Expected = Math.Max(0, p.Expected), Low80 = Math.Max(0, p.Low80),
                High80 = Math.Max(0, p.High80) })];
    }

    private static TimeSpan Span(KeyLedger ledger, List<Core.Forecasting.ForecastPoint> path)
    {
        var first = ledger.RemainingHistory.Count > 0 ? ledger.RemainingHistory[0].Date : path.FirstOrDefault()?.Date;
        var last = path.Count > 0 ? path[^1].Date : ledger.RemainingHistory.LastOrDefault()?.Date;

        return first is { } a && last is { } b ? TimeSpan.FromDays(b.DayNumber - a.DayNumber) : TimeSpan.FromDays(30);
    }

    private static TimeSpan SpacingFor(TimeSpan span) =>
        span.TotalDays switch
        {
            <= 21 => TimeSpan.FromDays(1),
            <= 90 => TimeSpan.FromDays(7),
            <= 240 => TimeSpan.FromDays(14),
            <= 540 => TimeSpan.FromDays(30),
            _ => TimeSpan.FromDays(91),
        };

    private static int TicksFor(int allotment) => allotment switch
    {
        <= 100 => 10,
        <= 1_000 => 100,
        <= 10_000 => 1_000,
        <= 100_000 => 10_000,
        _ => 100_000,
    };

    private static TimeValue<double> Point(DateOnly date, double value) =>
        new(date.ToDateTime(new TimeOnly(12, 0)), value);
}
