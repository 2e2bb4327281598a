using System.Security.Claims;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// Who is acting in this scope: the request's user for an API call, the circuit's user on a page
/// (an interactive page has no request of its own, so <see cref="ActorCircuitHandler"/> sets it).
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http)
{
    private ClaimsPrincipal? _circuitUser;

    public ClaimsPrincipal? User => _circuitUser ?? http.HttpContext?.User;

    /// <summary>The name the audit log records.</summary>
    public string Name => User.ActorName();

    internal void SetCircuitUser(ClaimsPrincipal user) => _circuitUser = user;
}
