using System.Net;
using System.Text.RegularExpressions;
using Dashboard.IntegrationTests.Administration;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Administration;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Access;

/// <summary>
/// The sign-in form tells no one but the account's owner anything about an account: a wrong password reads
/// the same for an unknown address, a locked account and one locked out; only the right password hears of a
/// lock. Lockouts are audited and shown on the users page.
/// </summary>
public sealed partial class SignInDisclosureTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private const string Wrong = "Wrong email or password.";
    private const string WrongPassword = "Not-The-Password-1";

    [Fact]
    public async Task WrongPassword_UnknownActiveOrAdminLocked_AllAnsweredAlike()
    {
        var active = await fixture.CreatePersonAsync(DashboardRoles.Viewer);
        var locked = await fixture.CreatePersonAsync(DashboardRoles.Viewer);
        var lockedId = (await fixture.FindAsync(locked)).Id;
        await fixture.AsAsync(TestAccess.AdminEmail, admin => admin.LockAsync(lockedId, default));

        var unknown = await SignInAsync($"nobody-{Guid.NewGuid():N}@dashboard.test", WrongPassword);
        var activeWrong = await SignInAsync(active, WrongPassword);
        var lockedWrong = await SignInAsync(locked, WrongPassword);
        var lockedRight = await SignInAsync(locked, AdminActions.Password);

        Assert.All(new[] { unknown, activeWrong, lockedWrong }, attempt => Assert.Equal(Wrong, attempt.Message));
        Assert.Equal("This account is locked by an admin. Ask an admin to unlock it.", lockedRight.Message);
        Assert.All(new[] { unknown, activeWrong, lockedWrong, lockedRight }, attempt => Assert.False(attempt.SignedIn));
    }

    [Fact]
    public async Task FiveWrongPasswords_LockOutQuietly_OnlyTheRightPasswordHearsOfIt()
    {
        var email = await fixture.CreatePersonAsync(DashboardRoles.Viewer);

        var wrong = new List<string?>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            wrong.Add((await SignInAsync(email, WrongPassword)).Message);
        }

        var lockedOutUntil = (await fixture.FindAsync(email)).LockoutEnd;
        var duringLockout = await SignInAsync(email, WrongPassword);
        var right = await SignInAsync(email, AdminActions.Password);

        Assert.All(wrong, message => Assert.Equal(Wrong, message));
        Assert.NotNull(lockedOutUntil);
        Assert.Equal(Wrong, duringLockout.Message);
        Assert.False(right.SignedIn);
        Assert.Equal("Too many wrong passwords: this account is locked for 15 more minutes, or until an admin "
            + "unlocks it.", right.Message);
        // Wrong passwords during the lockout neither count nor lengthen it.
        Assert.Equal(lockedOutUntil, (await fixture.FindAsync(email)).LockoutEnd);
    }

    [Fact]
    public async Task Lockout_AuditedBySystem_AndShownOnUsersPage()
    {
        var email = await fixture.CreatePersonAsync(DashboardRoles.Viewer);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await SignInAsync(email, WrongPassword);
        }

        var entry = Assert.Single(await fixture.AuditOfAsync(email), e => e.Action == "user.locked-out");
        Assert.Equal("system", entry.Actor);
        Assert.Contains("wrongPasswords: 5", entry.Details, StringComparison.Ordinal);
        await using var scope = fixture.Services.CreateAsyncScope();
        var listed = (await scope.ServiceProvider.GetRequiredService<UserDirectory>().ListAsync(default))
            .Single(user => user.Email == email);
        Assert.Equal(UserStatus.LockedOut, listed.Status);
        Assert.Equal(5, listed.FailedSignIns);
        Assert.NotNull(listed.LockedUntil);
    }

    [Fact]
    public async Task RightPassword_AfterWrongOnes_SignsInAndClearsTheCount()
    {
        var email = await fixture.CreatePersonAsync(DashboardRoles.Viewer);
        await SignInAsync(email, WrongPassword);

        var right = await SignInAsync(email, AdminActions.Password);

        Assert.True(right.SignedIn);
        Assert.Equal(0, (await fixture.FindAsync(email)).AccessFailedCount);
    }

    private sealed record Attempt(bool SignedIn, string? Message);

    // Through the form, as a browser posts it; the answer is either a session cookie or the page's alert.
    private async Task<Attempt> SignInAsync(string email, string password)
    {
        var client = fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .AsAnonymous();
        var form = await client.GetAsync("/account/login");
        var token = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ",
            form.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0])));

        var answer = await client.SendAsync(post);
        var signedIn = answer.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(cookie => cookie.StartsWith(TestAccess.UserCookie + "=", StringComparison.Ordinal));
        var alert = AlertText().Match(await answer.Content.ReadAsStringAsync());

        return new(signedIn, alert.Success ? WebUtility.HtmlDecode(alert.Groups[1].Value).Trim() : null);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<div class=\"mud-alert-message\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex AlertText();
}
