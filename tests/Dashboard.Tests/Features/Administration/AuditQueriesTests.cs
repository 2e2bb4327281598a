using Dashboard.Web.Data;
using Dashboard.Web.Features.Administration;

namespace Dashboard.Tests.Features.Administration;

public sealed class AuditQueriesTests : IDisposable
{
    private static readonly DateTime s_day = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase _database = new();

    public AuditQueriesTests()
    {
        using var db = _database.CreateDbContext();
        db.AuditLog.AddRange(
            Entry(s_day.AddHours(1), "ana", "user.created", "u1"),
            Entry(s_day.AddHours(2), "ana", "user.locked", "u1"),
            Entry(s_day.AddDays(1), "Bo", "station-key.created", "line-1"),
            Entry(s_day.AddDays(2), "bo", "username.odd", "x"));
        db.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task PageAsync_Family_MatchesItsActionsOnlyNewestFirst()
    {
        var page = await new AuditQueries(_database).PageAsync(new AuditFilter(Action: "user.*"), null, 10, default);

        Assert.Equal(["user.locked", "user.created"], page.Entries.Select(e => e.Action));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task PageAsync_Before_ContinuesWhereThePreviousPageEnded()
    {
        var queries = new AuditQueries(_database);

        var first = await queries.PageAsync(new AuditFilter(), null, 3, default);
        var second = await queries.PageAsync(new AuditFilter(), first.Next, 3, default);

        Assert.Equal(3, first.Entries.Count);
        Assert.Equal(["user.created"], second.Entries.Select(e => e.Action));
    }

    [Fact]
    public async Task SliceAsync_ActorAndDates_FilterAndCount()
    {
        var filter = new AuditFilter(Actor: "BO", From: s_day.AddDays(1), To: s_day.AddDays(2));

        var (entries, total) = await new AuditQueries(_database).SliceAsync(filter, 0, 10, default);

        Assert.Equal(1, total);
        Assert.Equal("line-1", Assert.Single(entries).Target);
    }

    private static AuditEntry Entry(DateTime at, string actor, string action, string target) =>
        new() { At = at, Actor = actor, Action = action, Target = target };
}
