using System.Globalization;
using System.Text;
using Dashboard.Core.Parsing;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.Batches;

/// <summary>Serves every device of a batch as CSV, streamed row by row so a million devices fit.</summary>
public static class BatchCsvExport
{
    public static string Url(string batchId) => $"/batches/{Uri.EscapeDataString(batchId)}/devices.csv";

    public static void MapBatchCsvExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/batches/{batchId}/devices.csv", ExportAsync)
            .WithName("ExportBatchDevices")
            .RequireAuthorization(AccessPolicies.Read)
            .ExcludeFromDescription();
    }

    private static async Task<IResult> ExportAsync(
        string batchId, BatchQueries batches, BatchDeviceQueries devices, CancellationToken ct)
    {
        if (await batches.GetAsync(batchId, ct) is null)
        {
            return TypedResults.Problem(
                $"There is no batch '{ProductKeyRedactor.Mask(batchId)}'.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Batch not found");
        }

        return TypedResults.Stream(
            stream => WriteAsync(stream, devices.StreamAsync(batchId, ct), ct),
            "text/csv; charset=utf-8",
            $"{SafeFileName(batchId)}-devices.csv");
    }

    /// <summary>Writes the header and one line per device.</summary>
    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<DeviceRow> rows, CancellationToken ct)
    {
        // A byte order mark makes spreadsheet programs read the file as UTF-8.
        await using var writer = new StreamWriter(stream, new UTF8Encoding(true), bufferSize: 64 * 1024);
        await writer.WriteAsync(CsvText.Line(
            "serial", "state", "stateReason", "edition", "channel", "partialProductKey",
            "licenseStatus", "lastCapturedAt", "reports", "station"));

        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteAsync(CsvText.Line(
                row.Serial, row.State.ToString(), row.StateReason, row.Edition, row.Channel,
                row.PartialProductKey, row.LicenseStatus.ToString(),
                row.LastCapturedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                row.ReportCount.ToString(CultureInfo.InvariantCulture), row.Station));
        }
    }

    private static string SafeFileName(string batchId)
    {
        var invalid = Path.GetInvalidFileNameChars();

        return new string([.. batchId.Select(c => invalid.Contains(c) || c == '"' ? '_' : c)]);
    }
}
