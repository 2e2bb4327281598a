using Dashboard.Core.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Web.Data;

/// <summary>
/// The last line of defence for the rule that a full product key is never stored: every text value of
/// every row written goes through the redactor, whatever feature wrote it. Inputs are refused earlier
/// with a clear message; this catches what a new field or a new feature forgets.
/// </summary>
internal sealed class ProductKeyGuardInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);

        return ValueTask.FromResult(result);
    }

    private static void Guard(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties.Where(property => property.CurrentValue is string))
            {
                var (redacted, count) = ProductKeyRedactor.Redact((string)property.CurrentValue!);
                if (count == 0)
                {
                    continue;
                }
                if (property.Metadata.IsKey() || property.Metadata.IsForeignKey())
                {
                    throw new InvalidOperationException(
                        $"A full product key was about to be stored as {entry.Metadata.ClrType.Name}.{property.Metadata.Name}.");
                }

                property.CurrentValue = redacted;
            }
        }
    }
}
