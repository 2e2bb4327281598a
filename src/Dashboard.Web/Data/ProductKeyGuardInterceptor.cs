using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Core.Parsing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
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
    // Encoded secrets, not text anyone typed: random base64 can by chance spell 25 key characters, and
    // masking them would lock a user out or lose the keys that protect sign-in cookies.
    private static readonly HashSet<(Type, string)> s_opaque =
    [
        (typeof(IdentityUser), nameof(IdentityUser.PasswordHash)),
        (typeof(IdentityUser), nameof(IdentityUser.SecurityStamp)),
        (typeof(IdentityUser), nameof(IdentityUser.ConcurrencyStamp)),
        (typeof(IdentityRole), nameof(IdentityRole.ConcurrencyStamp)),
        (typeof(DataProtectionKey), nameof(DataProtectionKey.Xml)),
    ];

    /// <summary>Whether the property holds an encoded secret rather than text, and is left as it is.</summary>
    internal static bool IsOpaque(Type entity, string property) => s_opaque.Contains((entity, property));

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

    // A JSON document is redacted value by value: on its raw text an escape such as "\n" would read as
    // part of a key, and masking it would break the document.
    internal static (string Text, int Count) Redact(string value)
    {
        if (!value.StartsWith('{') && !value.StartsWith('['))
        {
            return ProductKeyRedactor.Redact(value);
        }

        JsonNode? document;
        try
        {
            document = JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return ProductKeyRedactor.Redact(value);
        }

        var count = RedactValues(document);

        return count == 0 ? (value, 0) : (document!.ToJsonString(), count);
    }

    private static int RedactValues(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                return obj.ToList().Sum(property => RedactChild(property.Value, value => obj[property.Key] = value));
            case JsonArray array:
                return Enumerable.Range(0, array.Count).Sum(i => RedactChild(array[i], value => array[i] = value));
            default:
                return 0;
        }
    }

    private static int RedactChild(JsonNode? child, Action<string> replace)
    {
        if (child is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            return RedactValues(child);
        }

        var (redacted, count) = ProductKeyRedactor.Redact(text);
        if (count > 0)
        {
            replace(redacted);
        }

        return count;
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

            var type = entry.Metadata.ClrType;
            foreach (var property in entry.Properties.Where(property => property.CurrentValue is string))
            {
                if (IsOpaque(type, property.Metadata.Name))
                {
                    continue;
                }

                var (redacted, count) = Redact((string)property.CurrentValue!);
                if (count == 0)
                {
                    continue;
                }
                if (property.Metadata.IsKey() || property.Metadata.IsForeignKey())
                {
                    // A row stored before key detection learned a form keeps its id: refusing every
                    // later write to it (a device's next report) would protect nothing already stored.
                    if (entry.State == EntityState.Modified && !property.IsModified)
                    {
                        continue;
                    }

                    throw new InvalidOperationException(
                        "A full product key was about to be stored as "
                        + $"{entry.Metadata.ClrType.Name}.{property.Metadata.Name}.");
                }

                property.CurrentValue = redacted;
            }
        }
    }
}
