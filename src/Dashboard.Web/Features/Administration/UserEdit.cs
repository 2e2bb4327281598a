using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Features.Administration;

/// <summary>One change to one person, in a scope of its own: Identity's context, the audit log, the log.</summary>
internal sealed partial class UserEdit(IServiceProvider services, IdentityUser user, ILogger logger, string actor)
{
    private readonly DashboardDbContext _db = services.GetRequiredService<DashboardDbContext>();
    private readonly AuditLog _audit = services.GetRequiredService<AuditLog>();

    /// <summary>
    /// Applies Identity's steps and the audit entry in one transaction. The entry joins Identity's own
    /// context, so its first save writes the entry with the change; a step that fails rolls back both.
    /// </summary>
    public async Task<UserChange> RecordAsync(string action, string details, Func<Task<IdentityResult>> apply)
    {
        await using var transaction = await _db.Database.BeginTransactionAsync();
        _audit.Record(_db, action, user.Email ?? user.Id, details);

        var result = await apply();
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            return UserChange.From(result);
        }

        await _db.SaveChangesAsync();
        await transaction.CommitAsync();
        Log.Changed(logger, actor, action, user.Email ?? user.Id);

        return UserChange.Done;
    }

    private static partial class Log
    {
        [LoggerMessage(8502, LogLevel.Information, "{Actor}: {Action} for {Email}")]
        public static partial void Changed(ILogger logger, string actor, string action, string email);
    }
}
