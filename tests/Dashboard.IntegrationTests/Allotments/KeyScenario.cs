using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Allotments;

/// <summary>Registers keys and fills in the activations a key's ledger reads.</summary>
internal static class KeyScenario
{
    public static async Task<int> AddKeyAsync(
        IServiceProvider services, string label, string partialKey, int allotment, int? leadTimeDays = null)
    {
        await using var db = await CreateAsync(services);
        var key = new EpkeaKey
        {
            Label = label,
            PartialProductKey = partialKey,
            Allotment = allotment,
            LeadTimeDays = leadTimeDays,
            CreatedAt = DateTime.UtcNow,
        };
        db.EpkeaKeys.Add(key);
        await db.SaveChangesAsync();

        return key.Id;
    }

    public static async Task SetLeadTimeAsync(IServiceProvider services, int keyId, int days)
    {
        await using var db = await CreateAsync(services);
        var key = await db.EpkeaKeys.SingleAsync(k => k.Id == keyId);
        key.LeadTimeDays = days;
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Writes one first activation per licensed report of the batch that ingestion has not recorded itself;
    /// once ingestion records activations, this finds nothing left to do.
    /// </summary>
    public static async Task<int> EnsureActivationsAsync(IServiceProvider services, string batch)
    {
        await using var db = await CreateAsync(services);
        var recorded = db.KeyActivations.Select(a => a.ReportId);
        var missing = await db.Reports
            .Where(r => r.BatchId == batch && r.LicenseStatus == Core.Parsing.LicenseStatus.Licensed)
            .Where(r => !recorded.Contains(r.Id))
            .ToListAsync();
        db.KeyActivations.AddRange(missing.Select(r => new KeyActivation
        {
            DeviceSerial = r.DeviceSerial,
            BatchId = r.BatchId,
            Station = r.Station,
            PartialProductKey = r.PartialProductKey,
            ActivatedAt = r.CapturedAt,
            ReportId = r.Id,
        }));
        await db.SaveChangesAsync();

        return missing.Count;
    }

    /// <summary>A batch with one device per activation, written straight to the database (no captures).</summary>
    public static async Task SeedActivationsAsync(
        IServiceProvider services, string batch, string partialKey, int? planned,
        IEnumerable<(DateTime At, string Station, bool Repeat)> activations)
    {
        await using var db = await CreateAsync(services);
        var now = DateTime.UtcNow;
        db.Batches.Add(new Batch { Id = batch, PlannedQuantity = planned, CreatedAt = now, LastReportAt = now });
        var reportId = 1_000_000L + await db.KeyActivations.CountAsync();
        foreach (var (at, station, repeat) in activations)
        {
            var serial = $"{batch}-{reportId}";
            db.Devices.Add(new Device { Serial = serial, BatchId = batch, FirstSeenAt = at, LastCapturedAt = at });
            db.KeyActivations.Add(new KeyActivation
            {
                DeviceSerial = serial,
                BatchId = batch,
                Station = station,
                PartialProductKey = partialKey,
                ActivatedAt = at,
                ReportId = reportId++,
                IsRepeat = repeat,
            });
        }

        await db.SaveChangesAsync();
    }

    private static Task<DashboardDbContext> CreateAsync(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
}
