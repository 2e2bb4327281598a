using Dashboard.Web.Data;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>What the API answers when a sample is drawn; the first five names are the contract.</summary>
public sealed record SpotCheckCreated(
    long Id,
    int SampleSize,
    int Accept,
    int Reject,
    int Seed,
    IReadOnlyList<string> Devices,
    decimal Aql,
    string InspectionLevel,
    int LotSize);

/// <summary>A spot check with every sampled device.</summary>
public sealed record SpotCheckView(
    long Id,
    string Batch,
    string CreatedBy,
    DateTime CreatedAt,
    int Seed,
    decimal Aql,
    string InspectionLevel,
    int LotSize,
    int SampleSize,
    int Accept,
    int Reject,
    SpotCheckStatus Status,
    int Passed,
    int Failed,
    int Pending,
    IReadOnlyList<SpotCheckItemView> Items)
{
    public static SpotCheckView From(SpotCheck c) => new(
        c.Id, c.BatchId, c.CreatedBy, c.CreatedAt, c.Seed, c.Aql, c.InspectionLevel.ToString(), c.LotSize,
        c.SampleSize, c.Accept, c.Reject, c.Status,
        c.Items.Count(i => i.Result == SpotCheckResult.Pass),
        c.Items.Count(i => i.Result == SpotCheckResult.Fail),
        c.Items.Count(i => i.Result == SpotCheckResult.Pending),
        [.. c.Items.OrderBy(i => i.DeviceSerial, StringComparer.Ordinal).Select(SpotCheckItemView.From)]);
}

public sealed record SpotCheckItemView(
    string Serial,
    string? Station,
    SpotCheckResult Result,
    IReadOnlyList<string> Ticks,
    string? Note,
    string? CheckedBy,
    DateTime? CheckedAt,
    string? Photo,
    long? FreshReportId,
    string? Discrepancy)
{
    public static SpotCheckItemView From(SpotCheckItem i) => new(
        i.DeviceSerial, i.Station, i.Result, SplitTicks(i.Ticks), i.Note, i.CheckedBy, i.CheckedAt,
        i.PhotoFileName, i.FreshReportId, i.Discrepancy);

    public static IReadOnlyList<string> SplitTicks(string? ticks) =>
        ticks is null ? [] : ticks.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Asks for a sample; every field is optional.</summary>
public sealed record SpotCheckRequest(int? Size, decimal? Aql, int? Seed, string? InspectionLevel, string? By);

/// <summary>What QA found on one device; <see cref="Capture"/> is a fresh slmgr /dli text when attached.</summary>
public sealed record SpotCheckRecord(
    string? Result,
    IReadOnlyList<string>? Ticks,
    string? Note,
    string? By,
    string? Capture = null,
    string? Photo = null);

/// <summary>A named person's decision to ship a batch that is not ready.</summary>
public sealed record WaiverRequest(string? By, string? Reason);

/// <summary>The outcome of a change: the spot check, or why it was refused and which field was wrong.</summary>
public sealed record SpotCheckOutcome<T>(T? Value, string? Field = null, string? Error = null, bool NotFound = false)
    where T : class;
