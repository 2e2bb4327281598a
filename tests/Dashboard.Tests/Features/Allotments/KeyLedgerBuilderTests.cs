using Dashboard.Web.Features.Allotments;

namespace Dashboard.Tests.Features.Allotments;

public sealed class KeyLedgerBuilderTests
{
    private static readonly DateTime s_now = new(2026, 3, 30, 12, 0, 0, DateTimeKind.Utc);
    private static readonly KeyInfo s_key = new(1, "Line 1", "ABCDE", 1000, null, null);

    [Fact]
    public void Remaining_NoCheckpoint_IsAllotmentLessEveryActivationRepeatsIncluded()
    {
        var repeat = new ActivationRow(s_now.AddDays(-1), "B1", "l1", IsRepeat: true);
        var activations = Steady(days: 10, perDay: 3).Append(repeat).ToList();

        var remaining = KeyLedgerBuilder.Remaining(s_key, activations, []);

        Assert.Equal(1000 - 31, remaining);
    }

    [Fact]
    public void Remaining_WithCheckpoints_IsLatestCheckpointLessActivationsAfterIt()
    {
        var activations = Steady(days: 10, perDay: 3);
        CheckpointRow[] checkpoints = [Checkpoint(990, s_now.AddDays(-8)), Checkpoint(900, s_now.AddDays(-4.5))];

        var remaining = KeyLedgerBuilder.Remaining(s_key, activations, checkpoints);

        Assert.Equal(900 - (4 * 3), remaining);
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(35, false)]
    [InlineData(36, true)]
    public void Reconcile_DropBeyondTolerance_RaisesAlarm(int drop, bool alarm)
    {
        var activations = Steady(days: 10, perDay: 3);
        CheckpointRow[] checkpoints =
            [Checkpoint(500, s_now.AddDays(-10.5)), Checkpoint(500 - drop, s_now.AddDays(-0.5))];

        var window = KeyLedgerBuilder.Reconcile(activations, checkpoints, new AllotmentsOptions()).Single();

        Assert.Equal(30, window.Seen);
        Assert.Equal(alarm, window.IsAlarm);
    }

    [Fact]
    public void Build_MicrosoftCountFallsWithoutDevices_ForecastsTheUnexplainedUse()
    {
        CheckpointRow[] checkpoints = [Checkpoint(1000, s_now.AddDays(-20.5)), Checkpoint(800, s_now.AddDays(-0.5))];

        var ledger = KeyLedgerBuilder.Build(s_key, [], checkpoints, [], new AllotmentsOptions(), s_now);

        Assert.Equal(800, ledger.Remaining);
        Assert.True(ledger.Forecast.DailyRate > 5, $"daily rate {ledger.Forecast.DailyRate}");
        Assert.NotNull(ledger.Forecast.DepletionDate);
        Assert.NotNull(ledger.OrderBy);
    }

    [Fact]
    public void Build_SteadyRate_OrderByIsEarlyDepletionLessLeadTimeAndMargin()
    {
        var options = new AllotmentsOptions { DefaultLeadTimeDays = 20, SafetyMarginDays = 5, OrderSoonDays = 14 };

        var ledger = KeyLedgerBuilder.Build(s_key, Steady(days: 28, perDay: 10), [], [], options, s_now);

        var today = DateOnly.FromDateTime(s_now);
        Assert.Equal(720, ledger.Remaining);
        Assert.Equal(today.AddDays(71), ledger.Forecast.DepletionDate);
        Assert.Equal(today.AddDays(71 - 25), ledger.OrderBy);
        Assert.Equal(KeyStatus.Healthy, ledger.Status);
    }

    [Theory]
    [InlineData(100, 0, KeyStatus.Healthy)]
    [InlineData(100, 14, KeyStatus.OrderSoon)]
    [InlineData(100, -1, KeyStatus.OrderNow)]
    [InlineData(0, 100, KeyStatus.Exhausted)]
    public void Decide_ByOrderByDate_GivesStatus(int remaining, int orderByInDays, KeyStatus expected)
    {
        var today = new DateOnly(2026, 3, 30);
        var orderBy = orderByInDays == 0 ? (DateOnly?)null : today.AddDays(orderByInDays);

        Assert.Equal(expected, KeyStatusStyle.Decide(remaining, orderBy, today, orderSoonDays: 14));
    }

    [Fact]
    public void Build_PlannedBatchesNeedMoreThanLeft_PlanRunsTheKeyOut()
    {
        var plans = new[] { new BatchPlan("B1", 1000) };
        var activations = Steady(days: 20, perDay: 10);

        var ledger = KeyLedgerBuilder.Build(s_key, activations, [], plans, new AllotmentsOptions(), s_now);

        Assert.Equal(800, ledger.Plan.Outstanding);
        Assert.Equal(0, ledger.Plan.Shortfall);
        Assert.Equal(ledger.Forecast.DepletionDate, ledger.Plan.DepletionDate);
    }

    private static List<ActivationRow> Steady(int days, int perDay) =>
        [.. Enumerable.Range(1, days).SelectMany(day => Enumerable.Range(0, perDay)
            .Select(i => new ActivationRow(
                s_now.Date.AddDays(-day).AddHours(8 + i), "B1", i % 2 == 0 ? "l1" : "l2", false)))];

    private static CheckpointRow Checkpoint(int remaining, DateTime asOf) =>
        new(0, remaining, asOf, "QA", asOf, "Manual");
}
