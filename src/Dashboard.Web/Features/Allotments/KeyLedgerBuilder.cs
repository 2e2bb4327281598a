using Dashboard.Core.Forecasting;

namespace Dashboard.Web.Features.Allotments;

/// <summary>One activation spent on a key, as the ledger needs it.</summary>
public sealed record ActivationRow(DateTime ActivatedAt, string BatchId, string? Station, bool IsRepeat);

/// <summary>A batch on the key and how many devices it should have.</summary>
public sealed record BatchPlan(string BatchId, int? PlannedQuantity);

/// <summary>Builds a key's ledger from its rows; no database here, so the arithmetic is tested directly.</summary>
public static class KeyLedgerBuilder
{
    public static KeyLedger Build(
        KeyInfo key,
        IReadOnlyList<ActivationRow> activations,
        IReadOnlyList<CheckpointRow> checkpoints,
        IReadOnlyList<BatchPlan> batches,
        AllotmentsOptions options,
        DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        var daily = Daily(activations);
        var remaining = Remaining(key, activations, checkpoints);
        var windows = Reconcile(activations, checkpoints, options);
        var forecast = ConsumptionForecaster.Forecast(
            ForecastInput(daily, UnexplainedPerDay(windows), remaining, today, options));

        var leadTime = key.LeadTimeDays ?? options.DefaultLeadTimeDays;
        var orderBy = forecast.DepletionDateLow?.AddDays(-(leadTime + options.SafetyMarginDays));
        var status = KeyStatusStyle.Decide(remaining, orderBy, today, options.OrderSoonDays);

        return new KeyLedger(
            key, remaining, activations.Count(a => !a.IsRepeat), activations.Count(a => a.IsRepeat),
            status, orderBy, leadTime, forecast,
            Plan(batches, activations, remaining, forecast),
            daily,
            Group(activations, a => a.BatchId),
            Group(activations, a => a.Station ?? "(no station)"),
            [.. checkpoints.OrderByDescending(c => c.AsOf)],
            windows,
            RemainingHistory(key, activations, checkpoints, today));
    }

    /// <summary>The latest checkpoint less what was spent after it; else the allotment less everything.</summary>
    public static int Remaining(
        KeyInfo key, IReadOnlyList<ActivationRow> activations, IReadOnlyList<CheckpointRow> checkpoints)
    {
        var latest = checkpoints.MaxBy(c => c.AsOf);

        return latest is null
            ? key.Allotment - activations.Count
            : latest.Remaining - activations.Count(a => a.ActivatedAt > latest.AsOf);
    }

    public static IReadOnlyList<ReconciliationWindow> Reconcile(
        IReadOnlyList<ActivationRow> activations, IReadOnlyList<CheckpointRow> checkpoints, AllotmentsOptions options)
    {
        var ordered = checkpoints.OrderBy(c => c.AsOf).ToList();
        var windows = new List<ReconciliationWindow>();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (from, to) = (ordered[i - 1], ordered[i]);
            var seen = activations.Count(a => a.ActivatedAt > from.AsOf && a.ActivatedAt <= to.AsOf);
            var tolerance = Math.Max(
                options.LeakToleranceCount, (int)Math.Ceiling(seen * options.LeakTolerancePercent / 100));
            windows.Add(new ReconciliationWindow(from.AsOf, to.AsOf, from.Remaining - to.Remaining, seen, tolerance));
        }

        return windows;
    }

    // Where Microsoft's count fell faster than the devices the dashboard saw, the key was spent faster than
    // the dashboard's own series says; the forecast counts that unexplained use, spread over its window,
    // so a leaking key is not reported as having more cover than it has.
    private static Dictionary<DateOnly, double> UnexplainedPerDay(IReadOnlyList<ReconciliationWindow> windows)
    {
        var extra = new Dictionary<DateOnly, double>();
        foreach (var window in windows.Where(window => window.Unexplained > 0))
        {
            var first = DateOnly.FromDateTime(window.From).AddDays(1);
            var last = DateOnly.FromDateTime(window.To);
            var days = Math.Max(1, last.DayNumber - first.DayNumber + 1);
            for (var day = 0; day < days; day++)
            {
                var date = last.AddDays(-day);
                extra[date] = extra.GetValueOrDefault(date) + ((double)window.Unexplained / days);
            }
        }

        return extra;
    }

    private static ForecastRequest ForecastInput(
        IReadOnlyList<DailyConsumption> daily, IReadOnlyDictionary<DateOnly, double> unexplained, int remaining,
        DateOnly today, AllotmentsOptions options)
    {
        // Only complete days teach the model: today is still being produced.
        var complete = daily.Where(day => day.Date < today).ToList();
        var extraDays = unexplained.Keys.Where(date => date < today).ToList();
        if (complete.Count == 0 && extraDays.Count == 0)
        {
            return new ForecastRequest(today, [], remaining, today, options.HorizonDays);
        }

        var first = complete.Select(day => day.Date).Concat(extraDays).Min();
        var start = first > today.AddDays(-options.HistoryDays) ? first : today.AddDays(-options.HistoryDays);
        var byDate = complete.ToDictionary(day => day.Date, day => (double)day.Spent);
        foreach (var date in extraDays)
        {
            byDate[date] = byDate.GetValueOrDefault(date) + unexplained[date];
        }

        var series = Enumerable.Range(0, today.DayNumber - start.DayNumber)
            .Select(offset => byDate.GetValueOrDefault(start.AddDays(offset)))
            .ToList();

        return new ForecastRequest(start, series, remaining, today, options.HorizonDays);
    }

    private static List<DailyConsumption> Daily(IReadOnlyList<ActivationRow> activations) =>
        [.. activations.GroupBy(a => DateOnly.FromDateTime(a.ActivatedAt))
            .OrderBy(day => day.Key)
            .Select(day => new DailyConsumption(day.Key, day.Count(a => !a.IsRepeat), day.Count(a => a.IsRepeat)))];

    private static List<GroupConsumption> Group(
        IReadOnlyList<ActivationRow> activations, Func<ActivationRow, string> key) =>
        [.. activations.GroupBy(key)
            .Select(g => new GroupConsumption(
                g.Key, g.Count(a => !a.IsRepeat), g.Count(a => a.IsRepeat), g.Max(a => a.ActivatedAt)))
            .OrderByDescending(g => g.Spent)
            .ThenBy(g => g.Name, StringComparer.Ordinal)];

    private static PlanOutlook Plan(
        IReadOnlyList<BatchPlan> batches, IReadOnlyList<ActivationRow> activations, int remaining,
        ConsumptionForecast forecast)
    {
        var planned = batches.Where(b => b.PlannedQuantity is not null).ToList();
        var outstanding = planned.Sum(b => Math.Max(
            0, b.PlannedQuantity!.Value - activations.Count(a => !a.IsRepeat && a.BatchId == b.BatchId)));
        var runsOut = planned.Count > 0 && outstanding >= remaining;

        return new PlanOutlook(planned.Count, outstanding, remaining, runsOut ? forecast.DepletionDate : null);
    }

    private static List<RemainingPoint> RemainingHistory(
        KeyInfo key, IReadOnlyList<ActivationRow> activations, IReadOnlyList<CheckpointRow> checkpoints, DateOnly today)
    {
        var starts = activations.Select(a => DateOnly.FromDateTime(a.ActivatedAt))
            .Concat(checkpoints.Select(c => DateOnly.FromDateTime(c.AsOf)))
            .ToList();
        if (starts.Count == 0)
        {
            return [];
        }

        var points = new List<RemainingPoint>();
        for (var day = starts.Min(); day <= today; day = day.AddDays(1))
        {
            var endOfDay = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var known = checkpoints.Where(c => c.AsOf < endOfDay).ToList();
            var spent = activations.Where(a => a.ActivatedAt < endOfDay).ToList();
            points.Add(new RemainingPoint(day, Remaining(key, spent, known)));
        }

        return points;
    }
}
