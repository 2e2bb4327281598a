using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;

namespace Dashboard.Web.Features.Devices;

/// <summary>A device with its current state and its newest reports.</summary>
public sealed record DeviceDetails(
    string Serial,
    string BatchId,
    string? Station,
    DeviceState State,
    string? StateReason,
    string? StateAction,
    DateTime FirstSeenAt,
    DateTime LastCapturedAt,
    int ReportCount,
    IReadOnlyList<ReportView> Reports);

/// <summary>One stored report: when and how it came, what it decided, and what was read from it.</summary>
/// <param name="Parsed">The parse result; null when the stored JSON could not be read back.</param>
public sealed record ReportView(
    long Id,
    DateTime CapturedAt,
    DateTime ReceivedAt,
    string? Station,
    string? SourceName,
    string BatchId,
    DeviceState State,
    string? StateReason,
    string? StateAction,
    string Encoding,
    string Language,
    int RedactedKeys,
    ParsedReport? Parsed,
    string RedactedText);
