using System.Net;
using Dashboard.IntegrationTests.Access;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Features.WallDisplay;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Pages;

/// <summary>
/// An address that leads nowhere gets the dashboard's own Not found page with 404 (the API keeps its problem
/// details); a batch, device or key that does not exist gets its own page's message with 404; a failing page
/// gets the error page; neither shows the people's menu to someone not signed in.
/// </summary>
public sealed class NotFoundAndErrorPageTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private const string Menu = "href=\"/admin/users\"";

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/batches/B-1/no-such-tab")]
    public async Task UnknownAddress_SignedIn_AnswersNotFoundPageWith404(string path)
    {
        var response = await fixture.CreateClient().GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("There is no page at this address.", page, StringComparison.Ordinal);
        Assert.Contains(Menu, page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/batches/NO-SUCH-BATCH", "There is no batch")]
    [InlineData("/batches/NO-SUCH-BATCH/evidence", "There is no batch")]
    [InlineData("/batches/NO-SUCH-BATCH/spot-check", "There is no batch")]
    [InlineData("/devices/NO-SUCH-SERIAL", "There is no device")]
    [InlineData("/keys/987654", "There is no key 987654")]
    public async Task MissingSubject_SignedIn_AnswersItsPageWith404(string path, string message)
    {
        var response = await fixture.CreateClient().GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.DoesNotContain("There is no page at this address.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiAddress_SignedIn_StaysProblemDetails()
    {
        var response = await fixture.CreateClient().GetAsync("/api/v1/no-such-endpoint");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NotFoundPage_Anonymous_OffersSignInAndNoMenu()
    {
        var response = await fixture.CreateAnonymousClient().GetAsync("/not-found");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("There is no page at this address.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/login\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Menu, page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"mud-drawer", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ErrorPage_OpenedDirectly_ClaimsNoError(bool signedIn)
    {
        var client = signedIn ? fixture.CreateClient() : fixture.CreateAnonymousClient();

        var response = await client.GetAsync("/Error");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No error to show", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Something went wrong", page, StringComparison.Ordinal);
        Assert.Equal(signedIn, page.Contains(Menu, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PageFails_SignedIn_AnswersErrorPageWith500()
    {
        await using var host = new FailingWallHost(fixture.DataDirectory + "-failing");

        var response = await host.CreateClient().GetAsync("/wall");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", page, StringComparison.Ordinal);
    }

    /// <summary>A dashboard whose wall cannot load its keys: the page fails while it renders.</summary>
    private sealed class FailingWallHost(string dataDirectory) : DashboardFactory
    {
        protected override void ConfigureDashboard(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Storage:DataDirectory", dataDirectory);
            builder.ConfigureTestServices(services => services.AddScoped<IKeyCoverSource, FailingKeys>());
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private sealed class FailingKeys : IKeyCoverSource
    {
        public Task<IReadOnlyList<KeyCover>> GetAsync(CancellationToken ct) =>
            throw new InvalidOperationException("The keys could not be read.");
    }
}
