using Dashboard.Web.Data;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// Writes who changed what. Entries join the caller's context, so they are saved in the same
/// transaction as the change itself: a change without its entry, or the reverse, cannot be stored.
/// </summary>
public sealed class AuditLog(CurrentActor actor, TimeProvider clock)
{
    /// <summary>The actor of what the dashboard does by itself, such as locking an account out.</summary>
    public const string System = "system";

    /// <param name="actorName">Who acted, when not the scope's <see cref="CurrentActor"/>.</param>
    public void Record(
        DashboardDbContext db, string action, string target, string? details = null, string? actorName = null) =>
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = actorName ?? actor.Name,
            Action = action,
            Target = Truncate(target, 256),
            Details = details is null ? null : Truncate(details, 4000),
        });

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
