using System.Security.Claims;
using Dashboard.Web.Data;

namespace Dashboard.Web.Features.Access;

/// <summary>The claims machines carry, and how a principal is named in the audit log.</summary>
public static class AccessClaims
{
    /// <summary>A station key's scope: <c>ingest</c> or <c>read</c>, one claim each.</summary>
    public const string Scope = "dashboard:scope";

    /// <summary>The <see cref="MachineCredential"/> id a station or display signed in with.</summary>
    public const string Credential = "dashboard:credential";

    /// <summary>Present (with the credential's kind) on stations and displays, never on people.</summary>
    public const string Machine = "dashboard:machine";

    public const string IngestScope = "ingest";

    public const string ReadScope = "read";

    public static bool IsStation(this ClaimsPrincipal user) =>
        user.HasClaim(Machine, nameof(CredentialKind.Station));

    public static bool IsDisplay(this ClaimsPrincipal user) =>
        user.HasClaim(Machine, nameof(CredentialKind.Display));

    public static bool IsPerson(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && !user.HasClaim(claim => claim.Type == Machine);

    public static int? CredentialId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Credential), out var id) ? id : null;

    /// <summary>The actor an audit entry names: a user name, <c>station:NAME</c>, <c>display:NAME</c>.</summary>
    public static string ActorName(this ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return "system";
        }

        if (user.IsStation())
        {
            return "station:" + name;
        }

        return user.IsDisplay() ? "display:" + name : name;
    }

    internal static ClaimsPrincipal ForCredential(MachineCredential credential, string authenticationType)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, $"{credential.Kind}:{credential.Id}"),
            new(ClaimTypes.Name, credential.Name),
            new(Credential, credential.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(Machine, credential.Kind.ToString()),
        ];
        if (credential.Scopes.HasFlag(CredentialScopes.Ingest))
        {
            claims.Add(new Claim(Scope, IngestScope));
        }

        if (credential.Scopes.HasFlag(CredentialScopes.Read))
        {
            claims.Add(new Claim(Scope, ReadScope));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }
}
