using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;

namespace Dashboard.IntegrationTests.Access;

/// <summary>
/// The credentials every test host starts with (through the same bootstrap settings an installation uses),
/// and signing in through the real sign-in form.
/// </summary>
public static partial class TestAccess
{
    public const string StationKey = "test-station-key-5d0c1f7a9e2b4c6d";

    public const string DisplayToken = "test-display-token-8b3e6a1d4f7c2e9a";

    public const string AdminEmail = "admin@dashboard.test";

    public const string AdminPassword = "Admin-Password-42";

    public const string ApiKeyHeader = "X-Api-Key";

    public const string UserCookie = ".Dashboard.User";

    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Security:BootstrapStationKey"] = StationKey,
        ["Security:BootstrapDisplayToken"] = DisplayToken,
        ["Security:BootstrapAdminEmail"] = AdminEmail,
        ["Security:BootstrapAdminPassword"] = AdminPassword,
    };

    public static IWebHostBuilder UseTestAccess(this IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        return builder;
    }

    /// <summary>Makes the client a station: its key in <c>X-Api-Key</c>, no person's cookie.</summary>
    public static HttpClient AsStation(this HttpClient client, string key = StationKey)
    {
        client.AsAnonymous().DefaultRequestHeaders.Add(ApiKeyHeader, key);

        return client;
    }

    /// <summary>Makes the client a signed-in person by their session cookie (<c>name=value</c>).</summary>
    public static HttpClient WithSession(this HttpClient client, string cookie)
    {
        client.AsAnonymous().DefaultRequestHeaders.Add("Cookie", cookie);

        return client;
    }

    /// <summary>Takes away whatever the client would sign in with.</summary>
    public static HttpClient AsAnonymous(this HttpClient client)
    {
        client.DefaultRequestHeaders.Remove("Cookie");
        client.DefaultRequestHeaders.Remove(ApiKeyHeader);

        return client;
    }

    /// <summary>
    /// Signs in through <c>/account/login</c> as a browser would (antiforgery cookie and token included)
    /// and returns the session cookie as <c>name=value</c>. The client must neither follow redirects nor
    /// keep cookies, so that the answer's Set-Cookie can be read.
    /// </summary>
    public static async Task<string> SignInCookieAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetAsync("/account/login");
        var html = await form.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, $"The sign-in page ({form.StatusCode}) has no antiforgery token.");

        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", Cookies(form)));
        var answer = await client.SendAsync(post);

        return Cookies(answer).SingleOrDefault(cookie => cookie.StartsWith(UserCookie + "=", StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                $"Signing in as {email} failed ({answer.StatusCode}): {await answer.Content.ReadAsStringAsync()}");
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(value => value.Split(';')[0])
            : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
