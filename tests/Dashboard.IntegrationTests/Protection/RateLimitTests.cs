using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.IntegrationTests.Access;
using Dashboard.IntegrationTests.Api;
using Microsoft.AspNetCore.Hosting;

namespace Dashboard.IntegrationTests.Protection;

public sealed class RateLimitTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    [Fact]
    public async Task PostReport_BurstPastStationLimit_Returns429WithRetryAfter()
    {
        using var limited = fixture.WithWebHostBuilder(builder => builder
            .UseSetting("Limits:StationBurst", "3")
            .UseSetting("Limits:StationRequestsPerSecond", "1"));
        var station = limited.CreateClient().AsStation(await fixture.CreateStationKeyAsync("burst"));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add(await station.GetAsync("/api/v1/batches"));
        }

        Assert.Contains(answers, answer => answer.StatusCode == HttpStatusCode.OK);
        var refused = answers.First(answer => answer.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) >= 1);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task PostReport_OtherStationDuringBurst_IsNotSlowedDown()
    {
        using var limited = fixture.WithWebHostBuilder(builder => builder
            .UseSetting("Limits:StationBurst", "2")
            .UseSetting("Limits:StationRequestsPerSecond", "1"));
        var noisy = limited.CreateClient().AsStation(await fixture.CreateStationKeyAsync("noisy"));
        var quiet = limited.CreateClient().AsStation(await fixture.CreateStationKeyAsync("quiet"));

        for (var i = 0; i < 5; i++)
        {
            await noisy.GetAsync("/api/v1/batches");
        }

        var response = await quiet.GetAsync("/api/v1/batches");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await noisy.GetAsync("/api/v1/batches")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
