using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Access;

/// <summary>
/// Every test host: the dashboard started with <see cref="TestAccess"/>'s bootstrap credentials, whose
/// <c>CreateClient()</c> is signed in as the bootstrap admin. Stations, other roles and anonymous
/// callers are one call away.
/// </summary>
public abstract class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly Lazy<string> _adminCookie;

    protected DashboardFactory() =>
        _adminCookie = new(() => Task.Run(() => SignInAsync(TestAccess.AdminEmail, TestAccess.AdminPassword))
            .GetAwaiter().GetResult());

    /// <summary>The admin's session cookie, <c>name=value</c>, signed in once per host.</summary>
    public string AdminCookie => _adminCookie.Value;

    public HttpClient CreateStationClient(string key = TestAccess.StationKey) => CreateClient().AsStation(key);

    public HttpClient CreateAnonymousClient() => CreateClient().AsAnonymous();

    /// <summary>A client signed in as a new person holding only <paramref name="roles"/>.</summary>
    public async Task<HttpClient> CreateClientForRolesAsync(params string[] roles)
    {
        var email = $"{string.Join("-", roles).ToLowerInvariant()}-{Guid.NewGuid():N}@dashboard.test";
        const string password = "Role-Password-42";
        await using (var scope = Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync(email, password, roles, CancellationToken.None);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(error => error.Description)));
        }

        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", await SignInAsync(email, password));

        return client;
    }

    /// <summary>Creates a station key as an admin would and returns its secret.</summary>
    public async Task<string> CreateStationKeyAsync(string name, CredentialScopes scopes = CredentialScopes.All)
    {
        await using var scope = Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CredentialService>()
            .CreateAsync(CredentialKind.Station, name, scopes, CancellationToken.None);

        return created.Secret;
    }

    /// <summary>Signs in through the sign-in form and returns the session cookie.</summary>
    public async Task<string> SignInAsync(string email, string password)
    {
        using var client = new HttpClient(CreateSignInHandler(), disposeHandler: true)
        {
            BaseAddress = SignInAddress,
        };

        return await TestAccess.SignInCookieAsync(client, email, password);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseTestAccess();
        ConfigureDashboard(builder);
    }

    /// <summary>The host's own settings (data folder, database, services), applied after the credentials.</summary>
    protected abstract void ConfigureDashboard(IWebHostBuilder builder);

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("Cookie", AdminCookie);
    }

    /// <summary>A transport that neither follows redirects nor keeps cookies, so Set-Cookie can be read.</summary>
    protected virtual HttpMessageHandler CreateSignInHandler() => Server.CreateHandler();

    protected virtual Uri SignInAddress => new("http://localhost");
}
