using System.Net;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Administration;

public sealed class StationKeyLifecycleTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    [Fact]
    public async Task StationKey_CreatedThenRevoked_IngestsThenRefusedAndAudited()
    {
        var name = DashboardApiFixture.UniqueName("line");
        var secret = await fixture.CreateStationKeyAsync(name, CredentialScopes.Ingest);
        var station = fixture.CreateStationClient(secret);

        var accepted = await PostAsync(station, "SN-A");
        await RevokeAsync(name);
        var refused = await PostAsync(station, "SN-B");

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        await using var db = await CreateDbAsync();
        var credential = await db.MachineCredentials.SingleAsync(c => c.Name == name);
        Assert.NotNull(credential.LastUsedAt);
        var actions = await db.AuditLog.Where(e => e.Target == name).Select(e => e.Action).ToListAsync();
        Assert.Equal(["station-key.created", "station-key.revoked"], actions);
        Assert.DoesNotContain(db.AuditLog, e => e.Details != null && e.Details.Contains(secret));
    }

    [Fact]
    public async Task StationKey_IngestScopeOnly_CannotRead()
    {
        var name = DashboardApiFixture.UniqueName("line");
        var secret = await fixture.CreateStationKeyAsync(name, CredentialScopes.Ingest);

        var response = await fixture.CreateStationClient(secret).GetAsync("/api/v1/batches");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient station, string serial)
    {
        using var content = new ByteArrayContent(Samples.Read("009"));

        return await station.PostAsync($"/api/v1/reports?serial={serial}-{Guid.NewGuid():N}&batch=B-keys", content);
    }

    private async Task RevokeAsync(string name)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var credentials = scope.ServiceProvider.GetRequiredService<CredentialService>();
        var id = (await credentials.ListAsync(CredentialKind.Station, default)).Single(c => c.Name == name).Id;

        Assert.True(await credentials.RevokeAsync(id, default));
    }

    private Task<DashboardDbContext> CreateDbAsync() =>
        fixture.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
}
