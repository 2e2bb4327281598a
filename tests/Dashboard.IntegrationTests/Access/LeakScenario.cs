using System.Net;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Features.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Access;

/// <summary>
/// One host that has seen every kind of secret once: captures with a full product key from two station
/// keys and a made-up one, a product key typed as an email, wrong and right passwords, a wall's token.
/// </summary>
public sealed class LeakScenario : IAsyncLifetime
{
    public const string ProductKey = "44TQ8-PTX4P-HCGVD-MKQYX-BPB3Q";
    private const string WrongPassword = "Wrong-Password-1234";
    private const string PersonPassword = "Person-Password-77";

    public LoggedDashboardFactory Host { get; } = new();

    public List<string> Secrets { get; } =
    [
        ProductKey, ProductKey.Replace("-", "", StringComparison.Ordinal), WrongPassword, PersonPassword,
        TestAccess.StationKey, TestAccess.DisplayToken, TestAccess.AdminPassword,
    ];

    public async Task InitializeAsync()
    {
        // A station sends a capture holding a full key, with the bootstrap key and a key an admin created.
        var created = await Host.CreateStationKeyAsync("leak-station");
        Secrets.Add(created);
        Assert.Equal(HttpStatusCode.Created, (await PostCaptureAsync(TestAccess.StationKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostCaptureAsync(created)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostCaptureAsync(created + "x")).StatusCode);

        // Someone types a product key as the email; a person signs in with a wrong, then the right password.
        await Assert.ThrowsAsync<InvalidOperationException>(() => Host.SignInAsync(ProductKey, WrongPassword));
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync("person@dashboard.test", PersonPassword, [DashboardRoles.Viewer], CancellationToken.None);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => Host.SignInAsync("person@dashboard.test", WrongPassword));
        await Host.SignInAsync("person@dashboard.test", PersonPassword);

        // A wall opens with its token.
        Assert.Equal(HttpStatusCode.OK,
            (await Host.CreateAnonymousClient().GetAsync($"/wall?token={TestAccess.DisplayToken}")).StatusCode);
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    private async Task<HttpResponseMessage> PostCaptureAsync(string key)
    {
        using var content = new ByteArrayContent(Samples.Read("016"));

        return await Host.CreateStationClient(key).PostAsync(
            $"/api/v1/reports?serial={DashboardApiFixture.UniqueName("leak")}&batch=leak", content);
    }
}
