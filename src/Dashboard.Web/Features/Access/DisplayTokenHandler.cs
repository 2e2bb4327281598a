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

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.ContentType = "text/plain; charset=utf-8";
        await Response.WriteAsync(Refused, Context.RequestAborted);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Response.ContentType = "text/plain; charset=utf-8";
        await Response.WriteAsync("A display token opens the wall display and nothing else.", Context.RequestAborted);
    }
}
