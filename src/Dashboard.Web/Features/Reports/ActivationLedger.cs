using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Reports;

/// <summary>
/// Keeps a device's activations exact. Reports arrive out of order, so each change recomputes them from all the
/// device's reports in capture order; rows are matched by report, so an activation keeps its id.
/// </summary>
/// <remarks>
/// A report spends an activation when it shows the device activated, and also when it shows the device licensed
/// with a registered ePKEA key that the batch did not expect: that device is not counted as activated, but the
/// key it carries was spent all the same, and its forecast must see it.
/// </remarks>
internal static class ActivationLedger
{
    /// <summary>Recomputes from the stored reports; pending changes to them must be saved first.</summary>
    /// <param name="registeredKeys">The registered keys' partial keys, upper case, as triage read them.</param>
    public static async Task RecomputeAsync(
        DashboardDbContext db, Device device, IReadOnlySet<string> registeredKeys, CancellationToken ct)
    {
        var reports = await db.Reports.AsNoTracking()
            .Where(report => report.DeviceSerial == device.Serial)
            .OrderBy(report => report.CapturedAt).ThenBy(report => report.Id)
            .Select(report => new ReportStep(
                report.Id, report.State, report.CapturedAt, report.BatchId, report.Station, report.PartialProductKey)
            {
                LicenseStatus = report.LicenseStatus,
            })
            .ToListAsync(ct);
        var wanted = Activations(device.Serial, reports, registeredKeys);

        var stored = await db.KeyActivations.Where(row => row.DeviceSerial == device.Serial).ToListAsync(ct);
        db.KeyActivations.RemoveRange(stored.Where(row => !wanted.ContainsKey(row.ReportId)));
        foreach (var activation in wanted.Values)
        {
            var row = stored.Find(existing => existing.ReportId == activation.ReportId);
            if (row is null)
            {
                db.KeyActivations.Add(activation);
            }
            else
            {
                row.IsRepeat = activation.IsRepeat;
                row.PartialProductKey = activation.PartialProductKey;
            }
        }

        device.ActivationCount = wanted.Count;
    }

    /// <summary>
    /// Each report that shows an activation spent when the one before it did not, or spent with another key
    /// than the one before it (a device reimaged with a new key and activated between two captures).
    /// </summary>
    public static Dictionary<long, KeyActivation> Activations(
        string serial, IReadOnlyList<ReportStep> ordered, IReadOnlySet<string> registeredKeys)
    {
        var activations = new Dictionary<long, KeyActivation>();
        var previous = false;
        string? previousKey = null;
        foreach (var step in ordered)
        {
            var spent = Spent(step, registeredKeys);
            var otherKey = previous && step.PartialProductKey is { } key && previousKey is { } before
                && !string.Equals(key, before, StringComparison.OrdinalIgnoreCase);
            if (spent && (!previous || otherKey))
            {
                activations[step.ReportId] = new KeyActivation
                {
                    DeviceSerial = serial,
                    BatchId = step.BatchId,
                    Station = step.Station,
                    PartialProductKey = step.PartialProductKey,
                    ActivatedAt = step.CapturedAt,
                    ReportId = step.ReportId,
                    IsRepeat = activations.Count > 0,
                };
            }

            previous = spent;
            previousKey = spent ? step.PartialProductKey ?? previousKey : null;
        }

        return activations;
    }

    private static bool Spent(ReportStep step, IReadOnlySet<string> registeredKeys) =>
        step.State == DeviceState.Activated
        || (step.LicenseStatus == LicenseStatus.Licensed
            && step.PartialProductKey is { } key && registeredKeys.Contains(key.Trim().ToUpperInvariant()));
}

/// <summary>What the activation ledger needs from one report.</summary>
internal sealed record ReportStep(
    long ReportId, DeviceState State, DateTime CapturedAt, string BatchId, string? Station, string? PartialProductKey)
{
    public LicenseStatus LicenseStatus { get; init; } = LicenseStatus.Unknown;
}
