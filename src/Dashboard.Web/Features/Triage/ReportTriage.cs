using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Triage;

/// <summary>Classifies a stored or arriving report with the keys, batch, station policy and device history.</summary>
public sealed class ReportTriage(KnownKeysCache keys, IOptionsMonitor<TriageOptions> options)
{
    /// <summary>Classifies <paramref name="report"/> and writes the result into its state fields.</summary>
    /// <returns>The registered keys' partial keys it classified against, for the activation ledger.</returns>
    public async Task<IReadOnlySet<string>> ApplyAsync(
        DashboardDbContext db, Report report, ParsedReport parsed, DeviceState? previous, CancellationToken ct)
    {
        var context = await ContextAsync(db, report, previous, ct);
        var result = DeviceTriage.Classify(parsed, context);

        report.State = result.State;
        report.StateReason = Clip(result.Reason);
        report.StateAction = Clip(result.Action);

        return context.KnownPartialKeys;
    }

    /// <summary>The state of the device's report captured just before <paramref name="report"/>.</summary>
    public static async Task<DeviceState?> PreviousStateAsync(
        DashboardDbContext db, Report report, CancellationToken ct) =>
        await db.Reports.AsNoTracking()
            .Where(other => other.DeviceSerial == report.DeviceSerial && other.Id != report.Id
                && other.CapturedAt <= report.CapturedAt)
            .OrderByDescending(other => other.CapturedAt).ThenByDescending(other => other.Id)
            .Select(other => (DeviceState?)other.State)
            .FirstOrDefaultAsync(ct);

    private async Task<TriageContext> ContextAsync(
        DashboardDbContext db, Report report, DeviceState? previous, CancellationToken ct)
    {
        var known = await keys.GetAsync(db, ct);
        var expectedId = await db.Batches.Where(batch => batch.Id == report.BatchId)
            .Select(batch => batch.ExpectedKeyId).FirstOrDefaultAsync(ct);
        var expected = expectedId is { } id && known.ById.TryGetValue(id, out var partial) ? partial : null;
        var current = options.CurrentValue;
        var offline = report.Station is { } station
            && current.PhoneActivationStations.Contains(station, StringComparer.OrdinalIgnoreCase);
        var manufacturing = current.DefaultManufacturingKeys
            .Select(key => key.Trim().ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);

        return new TriageContext(known.Partials, expected, manufacturing, offline, previous);
    }

    private static string? Clip(string text) => text.Length <= 500 ? text : text[..500];
}
