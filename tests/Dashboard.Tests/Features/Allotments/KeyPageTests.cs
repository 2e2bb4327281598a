using Bunit;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Allotments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Tests.Features.Allotments;

public sealed class KeyPageTests : PageTest
{
    private static readonly DateTimeOffset s_now = new(2026, 3, 30, 12, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase _database = new();

    public KeyPageTests()
    {
        Services.AddSingleton<TimeProvider>(new StoppedClock(s_now));
        this.AddDashboardTestServices(_database);
        this.SignInAsAdmin();
    }

    protected override ValueTask DisposeAsyncCore()
    {
        _database.Dispose();

        return base.DisposeAsyncCore();
    }

    [Fact]
    public void Render_SteadyKey_ShowsForecastOrderByAndBasis()
    {
        var keyId = SeedSteadyKey(perDay: 10, days: 28, allotment: 1000);

        var cut = Render<KeyPage>(ps => ps.Add(p => p.Id, keyId));

        // 720 left at 10 a day from today (30 March): the last goes on 9 June; order 30 + 7 days earlier.
        cut.WaitForAssertion(() => Assert.Equal("2026-06-09", cut.Find(".key-depletion h6").TextContent.Trim()));
        Assert.Equal("2026-05-03", cut.Find(".order-by-date").TextContent.Trim());
        Assert.Equal("720", cut.Find(".key-remaining h6").TextContent.Trim());
        Assert.Contains("28 days of history, damped trend with weekday effects", cut.Find(".key-basis").TextContent,
            StringComparison.Ordinal);
        Assert.Contains("Healthy", cut.Find(".key-status").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find(".key-forecast-chart svg"));
        Assert.Empty(cut.FindAll(".leak-alarm"));
    }

    [Fact]
    public void Render_MoreActivationsThanTheAllotment_ShowsNothingLeftAndOrderNow()
    {
        var keyId = SeedSteadyKey(perDay: 10, days: 28, allotment: 100);

        var cut = Render<KeyPage>(ps => ps.Add(p => p.Id, keyId));

        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find(".key-remaining h6").TextContent.Trim()));
        Assert.Equal(
            "of 100; 180 more activations seen than that: check the allotment and the checkpoints",
            cut.Find(".key-allotment").TextContent.Trim());
        Assert.Equal("Now", cut.Find(".order-by-date").TextContent.Trim());
        Assert.Contains("Exhausted", cut.Find(".key-status").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckpointStore_OneBadRow_StoresNothing()
    {
        var keyId = SeedSteadyKey(perDay: 1, days: 1, allotment: 100);
        var clock = new StoppedClock(s_now);
        var actor = TestPeople.Actor();
        var store = new CheckpointStore(
            _database, actor, new AuditLog(actor, clock), clock, NullLogger<CheckpointStore>.Instance);
        var asOf = s_now.UtcDateTime.AddDays(-2);

        var result = await store.AddAsync(
            keyId,
            [
                ("Line 2", new CheckpointInput(90, asOf, null)),
                ("Line 3", new CheckpointInput(-1, asOf.AddHours(1), null)),
            ],
            CheckpointSource.Csv, CancellationToken.None);

        Assert.False(result.Saved);
        Assert.Equal("Line 3: remaining is -1; it must be 0 or more.", Assert.Single(result.Errors));
        using var db = _database.CreateDbContext();
        Assert.Empty(db.KeyCheckpoints);
    }

    private int SeedSteadyKey(int perDay, int days, int allotment)
    {
        using var db = _database.CreateDbContext();
        var key = new EpkeaKey
        {
            Label = "Line 1",
            PartialProductKey = "ABCDE",
            Allotment = allotment,
            LeadTimeDays = 30,
        };
        db.EpkeaKeys.Add(key);
        db.Batches.Add(new Batch { Id = "B1" });
        var reportId = 1;
        for (var day = 1; day <= days; day++)
        {
            for (var i = 0; i < perDay; i++)
            {
                var at = s_now.UtcDateTime.Date.AddDays(-day).AddHours(8).AddMinutes(i);
                var serial = $"SN-{reportId}";
                db.Devices.Add(new Device { Serial = serial, BatchId = "B1" });
                db.KeyActivations.Add(new KeyActivation
                {
                    DeviceSerial = serial,
                    BatchId = "B1",
                    PartialProductKey = "ABCDE",
                    ActivatedAt = at,
                    ReportId = reportId++,
                });
            }
        }

        db.SaveChanges();

        return key.Id;
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
