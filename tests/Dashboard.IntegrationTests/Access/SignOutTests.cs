using System.Net;
using System.Text.RegularExpressions;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Access;

/// <summary>Signing out ends the session on the server: a copy of the cookie is refused afterwards.</summary>
public sealed partial class SignOutTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private const string Password = "Person-Password-42";

    [Fact]
    public async Task SignOut_WithToken_CopiedCookieRefusedAtOnce()
    {
        var email = await CreatePersonAsync();
        var cookie = await fixture.SignInAsync(email, Password);
        var copy = Client(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/batches")).StatusCode);

        var signedOut = await SignOutAsync(cookie, withToken: true);
        var replayed = await copy.GetAsync("/api/v1/batches");
        var page = await copy.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/account/login", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_OnOneDevice_EndsThePersonsOtherSessions()
    {
        var email = await CreatePersonAsync();
        var laptop = await fixture.SignInAsync(email, Password);
        var tablet = await fixture.SignInAsync(email, Password);

        await SignOutAsync(laptop, withToken: true);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(tablet).GetAsync("/api/v1/batches")).StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutToken_RefusedAndSessionStays()
    {
        var email = await CreatePersonAsync();
        var cookie = await fixture.SignInAsync(email, Password);

        var refused = await SignOutAsync(cookie, withToken: false);
        var after = await Client(cookie).GetAsync("/api/v1/batches");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task SignOut_Someone_LeavesOtherPeoplesSessions()
    {
        var leaving = await fixture.SignInAsync(await CreatePersonAsync(), Password);
        var staying = await fixture.SignInAsync(await CreatePersonAsync(), Password);

        await SignOutAsync(leaving, withToken: true);

        Assert.Equal(HttpStatusCode.OK, (await Client(staying).GetAsync("/api/v1/batches")).StatusCode);
    }

    // As the app bar's form posts it: the antiforgery token of a page rendered for this session, or none.
    private async Task<HttpResponseMessage> SignOutAsync(string cookie, bool withToken)
    {
        var client = Client(cookie);
        var form = await client.GetAsync("/account/login");
        var html = await form.Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>();
        var cookies = new List<string> { cookie };
        if (withToken)
        {
            var token = AntiforgeryField().Match(html).Groups[1].Value;
            fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token);
            cookies.AddRange(form.Headers.GetValues("Set-Cookie").Select(value => value.Split(';')[0]));
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/logout")
        {
            Content = new FormUrlEncodedContent(fields),
        };
        client.DefaultRequestHeaders.Remove("Cookie");
        post.Headers.Add("Cookie", string.Join("; ", cookies));

        return await client.SendAsync(post);
    }

    private HttpClient Client(string cookie) =>
        fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).WithSession(cookie);

    private async Task<string> CreatePersonAsync()
    {
        var email = $"leaving-{Guid.NewGuid():N}@dashboard.test";
        await using var scope = fixture.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync(email, Password, [DashboardRoles.Viewer], CancellationToken.None);
        Assert.True(created.Succeeded);

        return email;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
