using Dashboard.Web.Data;
using Dashboard.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Api;

public sealed class ReportIngestorTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private IReportIngestor Ingestor => fixture.Services.GetRequiredService<IReportIngestor>();

    [Fact]
    public async Task IngestManyAsync_OneBadSubmission_OthersAreStored()
    {
        var batch = DashboardApiFixture.UniqueName("b");
        ReportSubmission[] submissions =
        [
            new("good-1" + batch, batch, null, null, Samples.Read("001")),
            new("bad serial", batch, null, null, Samples.Read("002")),
            new("good-2" + batch, batch, null, null, []),
            new("good-3" + batch, batch, "st-1", null, Samples.Read("021")),
        ];

        var outcomes = await Ingestor.IngestManyAsync(submissions, CancellationToken.None);

        Assert.Equal([true, false, false, true], outcomes.Select(outcome => outcome.Stored));
        Assert.Contains("serial", outcomes[1].Error, StringComparison.Ordinal);
        Assert.Contains("content", outcomes[2].Error, StringComparison.Ordinal);
        Assert.Equal(2, await CountDevicesAsync(batch));
    }

    [Fact]
    public async Task IngestAsync_ManyCallersAtOnce_SummariesMatchTheDevices()
    {
        var batch = DashboardApiFixture.UniqueName("b");
        string[] samples = ["001", "002", "018", "021", "006"];

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Ingestor.IngestAsync(
            new ReportSubmission($"dev{i % 40}-{batch}", batch, null, DateTimeOffset.UtcNow.AddMinutes(-i),
                Samples.Read(samples[(i + (i / 40)) % samples.Length])),
            CancellationToken.None)));

        await using var db = await CreateDbContextAsync();
        var stored = await db.Batches.Include(b => b.StateCounts).SingleAsync(b => b.Id == batch);
        var byState = await db.Devices.Where(d => d.BatchId == batch).GroupBy(d => d.State)
            .ToDictionaryAsync(group => group.Key, group => group.Count());
        Assert.Equal(40, stored.DeviceCount);
        Assert.Equal(60, stored.ReportCount);
        Assert.All(stored.StateCounts, count => Assert.Equal(byState.GetValueOrDefault(count.State), count.Count));
        Assert.Equal(40, stored.StateCounts.Sum(count => count.Count));
    }

    private async Task<int> CountDevicesAsync(string batch)
    {
        await using var db = await CreateDbContextAsync();

        return await db.Devices.CountAsync(device => device.BatchId == batch);
    }

    private Task<DashboardDbContext> CreateDbContextAsync() =>
        fixture.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
}
