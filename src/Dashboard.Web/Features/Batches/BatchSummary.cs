using Dashboard.Core.Triage;

namespace Dashboard.Web.Features.Batches;

/// <summary>A batch as the overview and the batch page show it, read from the kept-current summaries.</summary>
public sealed record BatchSummary(
    string Id,
    string? Name,
    int? PlannedQuantity,
    string? Notes,
    int DeviceCount,
    int ReportCount,
    DateTime CreatedAt,
    DateTime LastReportAt,
    IReadOnlyDictionary<DeviceState, int> States,
    int? ExpectedKeyId = null)
{
    /// <summary>False for a batch planned ahead that no report has reached yet.</summary>
    public bool HasReports => ReportCount > 0;
}

/// <summary>What a manager may change about a batch; <paramref name="NewId"/> names a batch planned ahead.</summary>
public sealed record BatchEdit(
    string? Name, int? PlannedQuantity, string? Notes, int? ExpectedKeyId = null, string? NewId = null);
