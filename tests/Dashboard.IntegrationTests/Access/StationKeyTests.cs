using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Access;

/// <summary>A station key does what its scopes say, nothing a person does, and stops on revocation.</summary>
public sealed class StationKeyTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    [Fact]
    public async Task IngestOnlyKey_PostsReport_ButCannotRead()
    {
        var station = fixture.CreateStationClient(await fixture.CreateStationKeyAsync("ingest", CredentialScopes.Ingest));

        var posted = await PostReportAsync(station);
        var read = await station.GetAsync("/api/v1/batches");

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        await AssertProblemAsync(read, HttpStatusCode.Forbidden, "scopes");
    }

    [Fact]
    public async Task ReadOnlyKey_Reads_ButCannotPostReport()
    {
        var station = fixture.CreateStationClient(await fixture.CreateStationKeyAsync("reader", CredentialScopes.Read));

        var read = await station.GetAsync("/api/v1/batches");
        var posted = await PostReportAsync(station);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await AssertProblemAsync(posted, HttpStatusCode.Forbidden, "scopes");
    }

    [Fact]
    public async Task FullScopeKey_PostsReportAndReads()
    {
        var station = fixture.CreateStationClient(await fixture.CreateStationKeyAsync("full"));

        var posted = await PostReportAsync(station);
        var read = await station.GetAsync("/api/v1/batches");

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task RevokedKey_NextRequest_Returns401()
    {
        var created = await CreateAsync("revoked");
        var station = fixture.CreateStationClient(created.Secret);
        Assert.Equal(HttpStatusCode.OK, (await station.GetAsync("/api/v1/batches")).StatusCode);

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<CredentialService>()
                .RevokeAsync(created.Credential.Id, CancellationToken.None));
        }

        await AssertProblemAsync(await station.GetAsync("/api/v1/batches"), HttpStatusCode.Unauthorized, "revoked");
        await AssertProblemAsync(await PostReportAsync(station), HttpStatusCode.Unauthorized, "revoked");
    }

    [Fact]
    public async Task MadeUpKey_Returns401WithProblemNamingTheHeader()
    {
        var station = fixture.CreateStationClient("dsk_made-up-key-that-nobody-was-ever-given");

        var response = await station.GetAsync("/api/v1/batches");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "The API key in X-Api-Key is not valid");
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT", "/api/v1/batches/station-batch")]
    [InlineData("POST", "/api/v1/keys")]
    [InlineData("POST", "/api/v1/keys/1/checkpoints")]
    [InlineData("POST", "/api/v1/phone-activations/1/claim")]
    [InlineData("POST", "/api/v1/batches/station-batch/spot-checks")]
    [InlineData("POST", "/api/v1/batches/station-batch/readiness/waiver")]
    public async Task FullScopeKey_PeopleOnlyWrite_Returns403(string method, string path)
    {
        var station = fixture.CreateStationClient();

        var response = await station.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = JsonContent.Create(new { }),
        });

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "scopes");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/batches/station-batch")]
    [InlineData("/upload")]
    [InlineData("/keys")]
    [InlineData("/wall")]
    [InlineData("/account/access-denied")]
    public async Task FullScopeKey_Page_Returns403(string path)
    {
        var response = await fixture.CreateStationClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Key_Used_RecordsLastUse()
    {
        var created = await CreateAsync("last-use");
        var before = DateTime.UtcNow.AddSeconds(-1);
        Assert.Null(await LastUsedAsync(created.Credential.Id));

        await fixture.CreateStationClient(created.Secret).GetAsync("/api/v1/batches");

        Assert.InRange(await LastUsedAsync(created.Credential.Id) ?? DateTime.MinValue, before, DateTime.UtcNow);
    }

    [Fact]
    public async Task MadeUpKeys_EachNew_ShareTheAddressBucket()
    {
        using var limited = fixture.WithWebHostBuilder(builder => builder
            .UseSetting("Limits:StationBurst", "3")
            .UseSetting("Limits:StationRequestsPerSecond", "1"));

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            var station = limited.CreateClient().AsStation($"dsk_invented-key-{i}-{Guid.NewGuid():N}");
            answers.Add((await station.GetAsync("/api/v1/batches")).StatusCode);
        }

        Assert.Contains(HttpStatusCode.Unauthorized, answers);
        Assert.Contains(HttpStatusCode.TooManyRequests, answers);
    }

    private async Task<CreatedCredential> CreateAsync(string name)
    {
        await using var scope = fixture.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<CredentialService>()
            .CreateAsync(CredentialKind.Station, name, CredentialScopes.All, CancellationToken.None);
    }

    private async Task<DateTime?> LastUsedAsync(int id)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();

        return await db.MachineCredentials.Where(c => c.Id == id).Select(c => c.LastUsedAt).SingleAsync();
    }

    private static async Task<HttpResponseMessage> PostReportAsync(HttpClient station)
    {
        using var content = new ByteArrayContent(Samples.Read("001"));

        return await station.PostAsync(
            $"/api/v1/reports?serial={DashboardApiFixture.UniqueName("key")}&batch=station-keys", content);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
