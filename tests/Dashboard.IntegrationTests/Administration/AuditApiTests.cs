using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Administration;

public sealed class AuditApiTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    [Theory]
    [InlineData("/api/v1/audit")]
    [InlineData("/api/v1/audit.csv")]
    public async Task Audit_Viewer_Forbidden(string path)
    {
        var viewer = await fixture.CreateClientForRolesAsync(DashboardRoles.Viewer);

        var response = await viewer.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Audit_StationOrAnonymous_Refused()
    {
        var station = await fixture.CreateStationClient().GetAsync("/api/v1/audit");
        var anonymous = await fixture.CreateAnonymousClient().GetAsync("/api/v1/audit.csv");

        Assert.Equal(HttpStatusCode.Forbidden, station.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Audit_Limit_PagesByKeyNewestFirst()
    {
        var action = $"test-{Guid.NewGuid():N}"[..13];
        await AddEntriesAsync(
            ("alice", action + ".one", "a"), ("bob", action + ".two", "b"), ("alice", action + ".one", "c"));
        var client = fixture.CreateClient();

        var first = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action={action}&limit=2");
        var next = first.GetProperty("next").GetInt64();
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action={action}&limit=2&before={next}");

        Assert.Equal(["c", "b"], Targets(first));
        Assert.Equal(["a"], Targets(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Audit_ActionAndActorFilters_MatchFamilyAndIgnoreCase()
    {
        var action = $"test-{Guid.NewGuid():N}"[..13];
        await AddEntriesAsync(("Carol@X.test", action + ".made", "1"), ("dave", action + ".made", "2"),
            ("carol@x.test", action + "x.made", "3"));

        var found = await fixture.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/v1/audit?action={action}&actor=CAROL@x.test");

        Assert.Equal(["1"], Targets(found));
    }

    [Theory]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2026-12-02&to=2026-12-01", "to")]
    public async Task Audit_BadQuery_RefusedNamingTheParameter(string query, string parameter)
    {
        var response = await fixture.CreateClient().GetAsync($"/api/v1/audit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task AuditCsv_FormulaLookingActorAndTarget_WrittenAsText()
    {
        var action = $"test-{Guid.NewGuid():N}"[..13];
        await AddEntriesAsync(("=HYPERLINK(\"http://evil\")", action + ".made", "+SUM(A1:A9)"));

        var csv = await fixture.CreateClient().GetStringAsync($"/api/v1/audit.csv?action={action}");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,at_utc,actor,action,target,details", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'+SUM(A1:A9),", lines[1], StringComparison.Ordinal);
    }

    private async Task AddEntriesAsync(params (string Actor, string Action, string Target)[] entries)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DashboardDbContext>>()
            .CreateDbContextAsync();
        foreach (var (actor, action, target) in entries)
        {
            db.AuditLog.Add(new AuditEntry { At = DateTime.UtcNow, Actor = actor, Action = action, Target = target });
            await db.SaveChangesAsync();
        }
    }

    private static string[] Targets(JsonElement page) =>
        [.. page.GetProperty("entries").EnumerateArray().Select(entry => entry.GetProperty("target").GetString()!)];
}
