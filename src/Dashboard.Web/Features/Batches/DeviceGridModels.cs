using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;

namespace Dashboard.Web.Features.Batches;

/// <summary>One device as the batch grid and the CSV export show it.</summary>
public sealed record DeviceRow(
    string Serial,
    DeviceState State,
    string? StateReason,
    string? Edition,
    string? Channel,
    string? PartialProductKey,
    LicenseStatus LicenseStatus,
    DateTime LastCapturedAt,
    int ReportCount,
    string? Station);

/// <summary>The columns the batch grid sorts by; ties are always broken by serial.</summary>
public enum DeviceSortColumn
{
    Serial,
    State,
    Edition,
    Channel,
    PartialProductKey,
    LastCapturedAt,
}

public sealed record DeviceSort(DeviceSortColumn Column, bool Descending)
{
    public static DeviceSort Default { get; } = new(DeviceSortColumn.Serial, false);
}

/// <summary>Filters of the batch grid; null or blank means "any".</summary>
public sealed record DeviceFilter(
    DeviceState? State = null,
    string? Serial = null,
    string? Edition = null,
    string? Channel = null,
    string? PartialProductKey = null,
    DateTime? CapturedFrom = null,
    DateTime? CapturedTo = null)
{
    /// <summary>True when only the state filter (or none) is set, so counts can come from batch summaries.</summary>
    public bool CountableFromSummaries =>
        string.IsNullOrWhiteSpace(Serial) && string.IsNullOrWhiteSpace(Edition)
        && string.IsNullOrWhiteSpace(Channel) && string.IsNullOrWhiteSpace(PartialProductKey)
        && CapturedFrom is null && CapturedTo is null;
}

/// <summary>One page of devices; <see cref="HasMore"/> says whether a next page exists.</summary>
public sealed record DeviceRowPage(IReadOnlyList<DeviceRow> Rows, bool HasMore);
