using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Allotments;

/// <summary>Reads a key's activations, checkpoints and batches and builds its ledger, computed on demand.</summary>
public sealed class KeyLedgerService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    IOptions<AllotmentsOptions> options,
    TimeProvider time)
{
    public async Task<KeyLedger?> GetAsync(int keyId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.EpkeaKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == keyId, ct);

        return key is null ? null : await BuildAsync(db, key, ct);
    }

    /// <summary>Every key with its status and cover, most urgent first, for the key list and the overview.</summary>
    public async Task<IReadOnlyList<KeySummary>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = await db.EpkeaKeys.AsNoTracking().OrderBy(k => k.Label).ToListAsync(ct);
        var summaries = new List<KeySummary>(keys.Count);
        foreach (var key in keys)
        {
            summaries.Add(KeySummary.From(await BuildAsync(db, key, ct)));
        }

        return [.. summaries.OrderByDescending(s => s.Status).ThenBy(s => s.DaysOfCover ?? int.MaxValue)];
    }

    private async Task<KeyLedger> BuildAsync(DashboardDbContext db, EpkeaKey key, CancellationToken ct)
    {
        var batchIds = await db.Batches.AsNoTracking()
            .Where(b => b.ExpectedKeyId == key.Id).Select(b => b.Id).ToListAsync(ct);

        // Captures that did not show the partial key count for the key their batch is expected to use.
        var activations = await db.KeyActivations.AsNoTracking()
            .Where(a => a.PartialProductKey == key.PartialProductKey
                || (a.PartialProductKey == null && batchIds.Contains(a.BatchId)))
            .Select(a => new ActivationRow(a.ActivatedAt, a.BatchId, a.Station, a.IsRepeat))
            .ToListAsync(ct);
        var checkpoints = await db.KeyCheckpoints.AsNoTracking().Where(c => c.KeyId == key.Id)
            .Select(c => new CheckpointRow(c.Id, c.Remaining, c.AsOf, c.EnteredBy, c.EnteredAt, c.Source.ToString()))
            .ToListAsync(ct);

        var used = activations.Select(a => a.BatchId).Concat(batchIds).Distinct().ToList();
        var batches = await db.Batches.AsNoTracking().Where(b => used.Contains(b.Id))
            .Select(b => new BatchPlan(b.Id, b.PlannedQuantity)).ToListAsync(ct);

        var info = new KeyInfo(
            key.Id, key.Label, key.PartialProductKey, key.Allotment, key.ReceivedOn, key.LeadTimeDays);
        var now = time.GetUtcNow().UtcDateTime;

        return KeyLedgerBuilder.Build(info, activations, checkpoints, batches, options.Value, now);
    }
}

/// <summary>One key as lists show it.</summary>
public sealed record KeySummary(
    int Id, string Label, string PartialProductKey, int Allotment, int Remaining, int? DaysOfCover,
    DateOnly? DepletionDate, DateOnly? OrderBy, KeyStatus Status, int Alarms)
{
    public static KeySummary From(KeyLedger ledger) => new(
        ledger.Key.Id, ledger.Key.Label, ledger.Key.PartialProductKey, ledger.Key.Allotment, ledger.Remaining,
        ledger.Forecast.DaysOfCover, ledger.Forecast.DepletionDate, ledger.OrderBy, ledger.Status,
        ledger.Alarms.Count());
}
