using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Dashboard.Cli.Import;

/// <summary>Posts captures, one request each, to the dashboard's report ingestion endpoint.</summary>
/// <remarks>
/// Network failures surface as <see cref="HttpRequestException"/>: the caller stops there, since
/// every later file would fail the same way.
/// </remarks>
public sealed class ReportUploader(HttpClient http, ImportTarget target)
{
    public async Task<UploadResult> UploadAsync(CaptureFile capture, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BuildUri(capture));
        request.Content = new ByteArrayContent(capture.Content);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        if (!string.IsNullOrEmpty(target.ApiKey))
        {
            request.Headers.Add("X-Api-Key", target.ApiKey);
        }

        using var response = await http.SendAsync(request, ct);

        return response.StatusCode switch
        {
            HttpStatusCode.Created => UploadResult.Stored,
            HttpStatusCode.OK => UploadResult.Duplicate,
            _ => UploadResult.Refused(await DescribeRefusalAsync(response, ct)),
        };
    }

    private Uri BuildUri(CaptureFile capture)
    {
        var query = new List<string> { Pair("serial", capture.Serial), Pair("batch", capture.Batch ?? "") };
        if (!string.IsNullOrEmpty(target.Station))
        {
            query.Add(Pair("station", target.Station));
        }

        if (capture.CapturedAt is { } capturedAt)
        {
            var utc = capturedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            query.Add(Pair("capturedAt", utc));
        }

        var baseUrl = target.BaseUrl.AbsoluteUri.TrimEnd('/');

        return new Uri($"{baseUrl}/api/v1/reports?{string.Join('&', query)}");
    }

    private static string Pair(string name, string value) => $"{name}={Uri.EscapeDataString(value)}";

    private static async Task<string> DescribeRefusalAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
        var body = await response.Content.ReadAsStringAsync(ct);

        return ProblemText(body) is { } problem ? $"{problem} ({status})" : status;
    }

    /// <summary>Reads <c>title</c>, <c>detail</c> and any field <c>errors</c> from an RFC 9457 problem.</summary>
    private static string? ProblemText(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // ASP.NET's validation problems repeat the field errors in the detail; say them once.
            var detail = Text(root, "detail");
            var parts = new[] { Text(root, "title")?.TrimEnd('.'), detail ?? FieldErrors(root) }
                .Where(part => !string.IsNullOrWhiteSpace(part))
                .ToList();

            return parts.Count == 0 ? null : string.Join(": ", parts);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? FieldErrors(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var messages = errors.EnumerateObject()
            .SelectMany(field => field.Value.ValueKind == JsonValueKind.Array
                ? field.Value.EnumerateArray().Select(message => $"{field.Name}: {message}")
                : []);

        return string.Join("; ", messages);
    }
}
