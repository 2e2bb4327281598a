namespace Dashboard.Web.Features.Access;

/// <summary>The roles people hold. An admin may do everything; the others see everything and change their part.</summary>
public static class DashboardRoles
{
    /// <summary>Users, station keys, display tokens and the audit log.</summary>
    public const string Admin = "Admin";

    /// <summary>Batches, product keys, allotments and checkpoints, uploads.</summary>
    public const string ProductionManager = "ProductionManager";

    /// <summary>Spot checks and readiness waivers.</summary>
    public const string QA = "QA";

    /// <summary>The phone-activation queue.</summary>
    public const string Operator = "Operator";

    /// <summary>Reads everything, changes nothing.</summary>
    public const string Viewer = "Viewer";

    public static IReadOnlyList<string> All { get; } = [Admin, ProductionManager, QA, Operator, Viewer];

    /// <summary>What each role is for, in the words the users page shows.</summary>
    public static string Describe(string role) => role switch
    {
        Admin => "Users, station keys, display tokens, audit log; everything else too",
        ProductionManager => "Batches, product keys, allotments, checkpoints, uploads",
        QA => "Spot checks and readiness waivers",
        Operator => "Phone activation queue",
        Viewer => "Read only",
        _ => role,
    };
}
