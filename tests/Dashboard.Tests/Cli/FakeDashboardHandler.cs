using System.Net;
using System.Text;

namespace Dashboard.Tests.Cli;

/// <summary>Stands in for the dashboard's HTTP API: records each request and answers as told.</summary>
public sealed class FakeDashboardHandler(Func<ReceivedReport, HttpResponseMessage> answer) : HttpMessageHandler
{
    public List<ReceivedReport> Received { get; } = [];

    public static HttpResponseMessage Problem(HttpStatusCode status, string title, string detail) =>
        new(status)
        {
            Content = new StringContent(
                $$"""{"title":"{{title}}","detail":"{{detail}}","status":{{(int)status}}}""",
                Encoding.UTF8,
                "application/problem+json"),
        };

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        var apiKey = request.Headers.TryGetValues("X-Api-Key", out var values) ? values.Single() : null;
        var report = new ReceivedReport(request.Method, request.RequestUri!, apiKey, body);
        Received.Add(report);

        return answer(report);
    }
}

public sealed record ReceivedReport(HttpMethod Method, Uri Uri, string? ApiKey, byte[] Body)
{
    public string? Query(string name) =>
        System.Web.HttpUtility.ParseQueryString(Uri.Query)[name];
}
