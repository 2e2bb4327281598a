using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Triage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Keys;

/// <summary>Registers and reads the ePKEA keys the dashboard knows.</summary>
public sealed partial class KeyService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    RetriageService retriage,
    AuditLog audit,
    TimeProvider clock,
    ILogger<KeyService> logger)
{
    public async Task<IReadOnlyList<KeyResponse>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = await db.EpkeaKeys.AsNoTracking().OrderBy(key => key.Label).ToListAsync(ct);

        return [.. keys.Select(KeyResponse.From)];
    }

    public async Task<KeyResponse?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.EpkeaKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct);

        return key is null ? null : KeyResponse.From(key);
    }

    /// <summary>Stores a valid key and classifies every device again, since known keys decide states.</summary>
    public async Task<KeyRegistration> RegisterAsync(KeyInput input, CancellationToken ct)
    {
        var problems = KeyRules.Validate(input);
        if (problems.Count > 0)
        {
            return new KeyRegistration(null, problems, null);
        }

        var partial = KeyRules.Normalise(input.PartialProductKey!);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.EpkeaKeys.AnyAsync(key => key.PartialProductKey == partial, ct))
        {
            return new KeyRegistration(null, problems, $"A key ending {partial} is already registered.");
        }

        var key = new EpkeaKey
        {
            Label = input.Label!.Trim(),
            PartialProductKey = partial,
            Allotment = input.Allotment!.Value,
            LeadTimeDays = input.LeadTimeDays,
            ReceivedOn = input.ReceivedOn,
            Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.EpkeaKeys.Add(key);
        audit.Record(db, "key.created", Target(key), new AuditDetails()
            .Add("label", key.Label).Add("allotment", key.Allotment).Add("leadTimeDays", key.LeadTimeDays)
            .Add("receivedOn", key.ReceivedOn).Add("notes", key.Notes).ToString());
        await db.SaveChangesAsync(ct);
        Log.KeyRegistered(logger, key.Id, partial);

        await retriage.RetriageAsync(null, ct);

        return new KeyRegistration(KeyResponse.From(key), problems, null);
    }

    /// <summary>
    /// Changes what a manager may correct on a key (label, allotment, lead time, received date, notes); the
    /// partial key identifies the key and cannot change. Fields left out of <paramref name="change"/> stay.
    /// </summary>
    public async Task<KeyRegistration?> UpdateAsync(int id, KeyInput change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.EpkeaKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return null;
        }

        var merged = new KeyInput(
            change.Label ?? key.Label,
            change.PartialProductKey ?? key.PartialProductKey,
            change.Allotment ?? key.Allotment,
            change.LeadTimeDays ?? key.LeadTimeDays, change.ReceivedOn ?? key.ReceivedOn, change.Notes ?? key.Notes);
        var problems = KeyRules.Validate(merged);
        if (KeyRules.Normalise(merged.PartialProductKey!) != key.PartialProductKey)
        {
            problems.TryAdd("partialProductKey", ["cannot change: register the new key instead"]);
        }

        if (problems.Count > 0)
        {
            return new KeyRegistration(null, problems, null);
        }

        var changes = Apply(key, merged);
        if (!changes.IsEmpty)
        {
            audit.Record(db, "key.updated", Target(key), changes.ToString());
        }

        await db.SaveChangesAsync(ct);

        return new KeyRegistration(KeyResponse.From(key), problems, null);
    }

    private static AuditDetails Apply(EpkeaKey key, KeyInput merged)
    {
        var notes = string.IsNullOrWhiteSpace(merged.Notes) ? null : merged.Notes;
        var changes = new AuditDetails()
            .Change("label", key.Label, merged.Label!.Trim())
            .Change("allotment", key.Allotment, merged.Allotment!.Value)
            .Change("leadTimeDays", key.LeadTimeDays, merged.LeadTimeDays)
            .Change("receivedOn", key.ReceivedOn, merged.ReceivedOn)
            .Change("notes", key.Notes, notes);

        key.Label = merged.Label!.Trim();
        key.Allotment = merged.Allotment!.Value;
        key.LeadTimeDays = merged.LeadTimeDays;
        key.ReceivedOn = merged.ReceivedOn;
        key.Notes = notes;

        return changes;
    }

    // The partial key is what people recognise a key by; the full key is never known here.
    private static string Target(EpkeaKey key) => $"key …{key.PartialProductKey}";

    private static partial class Log
    {
        [LoggerMessage(4101, LogLevel.Information, "Registered key {KeyId} ending {PartialKey}")]
        public static partial void KeyRegistered(ILogger logger, int keyId, string partialKey);
    }
}

/// <summary>The stored key, or the problems with the input, or why it conflicts with a stored key.</summary>
public sealed record KeyRegistration(KeyResponse? Key, Dictionary<string, string[]> Problems, string? Conflict);
