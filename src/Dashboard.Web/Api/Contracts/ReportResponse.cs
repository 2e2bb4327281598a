using System.Text.Json.Serialization;
using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;

namespace Dashboard.Web.Api.Contracts;

/// <summary>A stored report: its origin, the state it shows, and the parsed content in the parser's shape.</summary>
public sealed record ReportResponse(
    long Id,
    string Device,
    string Batch,
    string? Station,
    DateTime CapturedAt,
    DateTime ReceivedAt,
    DeviceState State,
    string? Reason,
    string? Action,
    string Encoding,
    string Language,
    ProductBlock? Product,
    IReadOnlyList<ProductBlock> Products,
    IReadOnlyList<ReportError> Errors,
    int RedactedKeys,
    IReadOnlyList<string> Warnings,
    bool Duplicate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text)
{
    public static ReportResponse From(Report report, bool duplicate, bool withText)
    {
        var parsed = ReportJson.Deserialize(report.ParsedJson);

        return new ReportResponse(
            report.Id,
            report.DeviceSerial,
            report.BatchId,
            report.Station,
            report.CapturedAt,
            report.ReceivedAt,
            report.State,
            report.StateReason,
            report.StateAction,
            report.Encoding,
            report.Language,
            parsed?.Product,
            parsed?.Products ?? [],
            parsed?.Errors ?? [],
            report.RedactedKeys,
            parsed?.Warnings ?? [],
            duplicate,
            withText ? report.RedactedText : null);
    }
}
