using System.Globalization;
using System.Text;
using Dashboard.Core.Parsing;
using Dashboard.Web.Features.Batches;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>Serves a batch's evidence pack as CSV: one line per device, the verdict on every line.</summary>
public static class EvidenceCsv
{
    public static string Url(string batchId) => $"/batches/{Uri.EscapeDataString(batchId)}/evidence.csv";

    public static void MapEvidenceCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet("/batches/{batchId}/evidence.csv", ExportAsync).WithName("ExportBatchEvidence")
            .RequireAuthorization(AccessPolicies.Read)
            .ExcludeFromDescription();
    }

    private static async Task<IResult> ExportAsync(string batchId, EvidencePack pack, CancellationToken ct)
    {
        if (await pack.VerdictAsync(batchId, ct) is not { } verdict)
        {
            return TypedResults.Problem(
                $"There is no batch '{ProductKeyRedactor.Mask(batchId)}'.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Batch not found");
        }

        return TypedResults.Stream(
            stream => WriteAsync(stream, verdict, pack.RowsAsync(batchId, verdict.SpotCheck?.Id, ct), ct),
            "text/csv; charset=utf-8",
            $"{SafeName(batchId)}-evidence.csv");
    }

    private static string SafeName(string batchId) =>
        string.Concat(batchId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));

    public static async Task WriteAsync(
        Stream stream, BatchReadiness verdict, IAsyncEnumerable<EvidenceRow> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(true), bufferSize: 64 * 1024);
        await writer.WriteAsync(CsvText.Line(
            "serial", "partialProductKey", "state", "channel", "lastReportAt", "reportHash",
            "spotCheckResult", "discrepancy", "verdict", "waivedBy", "waiverReason"));

        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteAsync(CsvText.Line(
                row.Serial, row.PartialProductKey, row.State.ToString(), row.Channel,
                row.LastReportAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), row.ReportHash,
                row.SpotCheckResult?.ToString() ?? "not sampled", row.Discrepancy, verdict.Verdict,
                verdict.WaivedBy, verdict.WaiverReason));
        }
    }
}
