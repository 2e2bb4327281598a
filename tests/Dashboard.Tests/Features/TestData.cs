using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;

namespace Dashboard.Tests.Features;

/// <summary>Writes batches, devices and reports the way ingestion leaves them, summaries included.</summary>
public static class TestData
{
    public static readonly DateTime Now = new(2026, 11, 20, 9, 30, 0, DateTimeKind.Utc);

    public static Batch AddBatch(
        this TestDatabase database, string id, DateTime lastReportAt, params (DeviceState State, int Count)[] states)
    {
        using var db = database.CreateDbContext();
        var batch = new Batch
        {
            Id = id,
            CreatedAt = lastReportAt.AddDays(-1),
            LastReportAt = lastReportAt,
            DeviceCount = states.Sum(s => s.Count),
            ReportCount = states.Sum(s => s.Count),
            StateCounts =
            [
                .. states.Select(s => new BatchStateCount { BatchId = id, State = s.State, Count = s.Count }),
            ],
        };
        db.Batches.Add(batch);
        db.SaveChanges();

        return batch;
    }

    public static void AddDevices(this TestDatabase database, string batchId, IEnumerable<Device> devices)
    {
        using var db = database.CreateDbContext();
        db.Devices.AddRange(devices);
        db.SaveChanges();
    }

    public static Device Device(string batchId, string serial, DeviceState state, int minutesAgo = 0) => new()
    {
        Serial = serial,
        BatchId = batchId,
        State = state,
        StateReason = state == DeviceState.Activated ? "Licensed" : "Needs attention",
        Edition = serial.EndsWith('0') ? null : "IoTEnterpriseS",
        Channel = serial.Length % 2 == 0 ? "OEM_DM" : "VOLUME_MAK",
        PartialProductKey = serial.Length >= 5 ? serial[^5..].ToUpperInvariant() : null,
        LicenseStatus = state == DeviceState.Activated ? LicenseStatus.Licensed : LicenseStatus.InitialGrace,
        FirstSeenAt = Now.AddDays(-3),
        LastCapturedAt = Now.AddMinutes(-minutesAgo),
        ReportCount = 1,
    };

    public static void AddReport(this TestDatabase database, Report report)
    {
        using var db = database.CreateDbContext();
        db.Reports.Add(report);
        db.SaveChanges();
    }
}
