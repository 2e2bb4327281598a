using System.Text.Encodings.Web;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Protection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Access;

/// <summary>Signs a station in by the API key in its <c>X-Api-Key</c> header.</summary>
internal sealed class StationKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CredentialLookup lookup)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Refused = "The API key in X-Api-Key is not valid or was revoked.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = Request.Headers[StationRateLimit.ApiKeyHeader].ToString();
        if (secret.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var credential = await lookup.FindActiveAsync(CredentialKind.Station, secret, Context.RequestAborted);
        if (credential is null)
        {
            return AuthenticateResult.Fail(Refused);
        }

        var principal = AccessClaims.ForCredential(credential, Scheme.Name);

        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"ApiKey header=\"{StationRateLimit.ApiKeyHeader}\"";
        var result = await HandleAuthenticateOnceSafeAsync();
        var detail = result.Failure is null ? AccessProblems.SignInRequired : Refused;

        await AccessProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        AccessProblems.WriteAsync(Context, StatusCodes.Status403Forbidden,
            "This station key's scopes do not allow this request; people's pages and changes need a sign-in.");
}
