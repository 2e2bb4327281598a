using System.Text.Encodings.Web;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// Signs a wall display in by the token in its address (<c>/wall?token=...</c>), then hands it a cookie:
/// the page's live connection does not carry the address's query, but it does carry cookies.
/// </summary>
internal sealed class DisplayTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CredentialLookup lookup)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Refused =
        "This wall link's display token is not valid or was revoked. Ask an admin for a new link.";

    /// <summary>The title of <see cref="Refused"/>: a wall's screen has no one to sign in.</summary>
    public const string RefusedTitle = "This wall link no longer works.";

    /// <summary>What a display's token or cookie may not open.</summary>
    public const string WallOnly = "A display token opens the wall display and nothing else.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = Request.Query[AccessSchemes.TokenParameter].ToString();
        if (secret.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var credential = await lookup.FindActiveAsync(CredentialKind.Display, secret, Context.RequestAborted);
        if (credential is null)
        {
            return AuthenticateResult.Fail(Refused);
        }

        var principal = AccessClaims.ForCredential(credential, Scheme.Name);
        await Context.SignInAsync(AccessSchemes.DisplayCookie, principal, new AuthenticationProperties
        {
            IsPersistent = true,
        });

        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        AccessProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, RefusedTitle, Refused);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        AccessProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, WallOnly);
}
