using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// Who may do what. Every page and endpoint names one of these; anything that names none is refused to
/// anonymous callers by the fallback policy. Admins pass every policy.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Read endpoints and exports: any signed-in person, or a station key with the read scope.</summary>
    public const string Read = "Read";

    /// <summary>The pages: any signed-in person. Stations read through the API, not through pages.</summary>
    public const string Pages = "Pages";

    /// <summary>Sending captures: a station key with the ingest scope, or a production manager.</summary>
    public const string Ingest = "Ingest";

    /// <summary>Batch settings such as the expected key.</summary>
    public const string ManageBatches = "ManageBatches";

    /// <summary>Product keys, allotments and checkpoints.</summary>
    public const string ManageAllotments = "ManageAllotments";

    /// <summary>Drawing samples and recording spot-check results.</summary>
    public const string SpotChecks = "SpotChecks";

    /// <summary>Shipping a batch that is not ready, by a named person.</summary>
    public const string WaiveReadiness = "WaiveReadiness";

    /// <summary>Claiming and working phone-activation cases.</summary>
    public const string PhoneQueue = "PhoneQueue";

    /// <summary>The wall display: a display token, or any signed-in person.</summary>
    public const string Wall = "Wall";

    /// <summary>Users, station keys, display tokens and the audit log.</summary>
    public const string Administer = "Administer";

    /// <summary>
    /// Any signed-in person, whatever their roles: the page that tells someone a role is missing (it cannot
    /// ask for a role, or a person without one would be sent back to it forever). Never a machine.
    /// </summary>
    public const string Person = "Person";

    internal static void Add(AuthorizationBuilder policies)
    {
        policies
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Read, policy => policy.RequireAssertion(context =>
                IsPerson(context, DashboardRoles.All) || HasScope(context, AccessClaims.ReadScope)))
            .AddPolicy(Pages, policy => RequirePerson(policy, DashboardRoles.All))
            .AddPolicy(Ingest, policy => policy.RequireAssertion(context =>
                IsPerson(context, [DashboardRoles.ProductionManager]) || HasScope(context, AccessClaims.IngestScope)))
            .AddPolicy(ManageBatches, policy => RequirePerson(policy, DashboardRoles.ProductionManager))
            .AddPolicy(ManageAllotments, policy => RequirePerson(policy, DashboardRoles.ProductionManager))
            .AddPolicy(SpotChecks, policy => RequirePerson(policy, DashboardRoles.QA))
            .AddPolicy(WaiveReadiness, policy =>
                RequirePerson(policy, DashboardRoles.QA, DashboardRoles.ProductionManager))
            .AddPolicy(PhoneQueue, policy => RequirePerson(policy, DashboardRoles.Operator))
            .AddPolicy(Wall, policy => policy.RequireAssertion(context =>
                IsPerson(context, DashboardRoles.All) || context.User.IsDisplay()))
            .AddPolicy(Administer, policy => RequirePerson(policy))
            .AddPolicy(Person, policy => policy.RequireAssertion(context => context.User.IsPerson()));
    }

    private static void RequirePerson(AuthorizationPolicyBuilder policy, params IEnumerable<string> roles) =>
        policy.RequireAssertion(context => IsPerson(context, roles));

    // Admins pass; machines never hold roles, whatever claims a forged ticket would need to carry.
    private static bool IsPerson(AuthorizationHandlerContext context, IEnumerable<string> roles) =>
        context.User.IsPerson()
        && (context.User.IsInRole(DashboardRoles.Admin) || roles.Any(context.User.IsInRole));

    private static bool HasScope(AuthorizationHandlerContext context, string scope) =>
        context.User.IsStation() && context.User.HasClaim(AccessClaims.Scope, scope);
}
