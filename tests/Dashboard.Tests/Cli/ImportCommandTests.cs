using System.Net;
using System.Text;

namespace Dashboard.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Import_PostsEachFileWithItsSerialBatchStationAndCaptureTime()
    {
        var first = _temp.Write("in/SN-1.txt", "first");
        File.SetLastWriteTimeUtc(first, new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc));
        _temp.Write("in/B 7/SN-2.txt", "second");
        var dashboard = new FakeDashboardHandler(_ => new HttpResponseMessage(HttpStatusCode.Created));

        var result = await CliRunner.RunAsync(
            dashboard, "import", Path.Combine(_temp.Root, "in"), "--url", "http://dash.test:5080/",
            "--batch", "B-1", "--station", "line-2", "--api-key", "k-123");

        Assert.Equal(0, result.ExitCode);
        Assert.All(dashboard.Received, r => Assert.Equal("/api/v1/reports", r.Uri.AbsolutePath));
        Assert.All(dashboard.Received, r => Assert.Equal(HttpMethod.Post, r.Method));
        Assert.All(dashboard.Received, r => Assert.Equal("k-123", r.ApiKey));
        Assert.All(dashboard.Received, r => Assert.Equal("line-2", r.Query("station")));
        Assert.Equal(
            [("SN-2", "B 7", "second"), ("SN-1", "B-1", "first")],
            dashboard.Received.Select(r => (r.Query("serial"), r.Query("batch"), Encoding.UTF8.GetString(r.Body))));
        Assert.Equal("2025-03-04T05:06:07Z", dashboard.Received[1].Query("capturedAt"));
        Assert.Contains("2 files: 2 stored, 0 duplicate, 0 refused", result.Output);
    }

    [Fact]
    public async Task Import_NoApiKeyOption_SendsTheKeyFromTheEnvironment()
    {
        _temp.Write("in/SN-1.txt", "first");
        var dashboard = new FakeDashboardHandler(_ => new HttpResponseMessage(HttpStatusCode.Created));
        var environment = new Dictionary<string, string> { ["DASHBOARD_API_KEY"] = "k-from-env" };

        var result = await CliRunner.RunAsync(
            dashboard, environment, "import", Path.Combine(_temp.Root, "in"), "--batch", "B-1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("k-from-env", Assert.Single(dashboard.Received).ApiKey);
    }

    [Fact]
    public async Task Import_PrintsDuplicatesAndRefusalReasons_AndExitsNonZero()
    {
        _temp.Write("in/SN-1.txt", "new");
        _temp.Write("in/SN-2.txt", "again");
        _temp.Write("in/SN-3.txt", "broken");
        var dashboard = new FakeDashboardHandler(report => report.Query("serial") switch
        {
            "SN-1" => new HttpResponseMessage(HttpStatusCode.Created),
            "SN-2" => new HttpResponseMessage(HttpStatusCode.OK),
            _ => FakeDashboardHandler.Problem(HttpStatusCode.BadRequest, "Unreadable report", "Body is empty."),
        });

        var result = await CliRunner.RunAsync(dashboard, "import", Path.Combine(_temp.Root, "in"), "--batch", "B");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("stored", lines[0]);
        Assert.StartsWith("duplicate", lines[1]);
        Assert.Equal("refused    SN-3.txt: Unreadable report: Body is empty. (HTTP 400 Bad Request)", lines[2]);
        Assert.Equal("3 files: 1 stored, 1 duplicate, 1 refused", lines[3]);
    }

    [Fact]
    public async Task Import_FileNamedAfterAKey_IsPrintedMasked()
    {
        _temp.Write("in/VK7JG NPHTM/C97JM_9MPGT_3V66T.txt", "captured");
        var dashboard = new FakeDashboardHandler(_ =>
            FakeDashboardHandler.Problem(HttpStatusCode.BadRequest, "The request is not valid.", "serial is a key"));

        var result = await CliRunner.RunAsync(dashboard, "import", Path.Combine(_temp.Root, "in"));

        Assert.Contains("refused    ***** *****/*****_*****_3V66T.txt: ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NPHTM", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingPathNamedAfterAKey_SaysSoMasked()
    {
        var dashboard = new FakeDashboardHandler(_ => throw new InvalidOperationException("nothing is sent"));

        var result = await CliRunner.RunAsync(
            dashboard, "import", Path.Combine(_temp.Root, "nope-RW73Y~VYG2G~YYBWH~4BGHG~X49F2.zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope-*****~*****~*****~*****~X49F2.zip' is neither", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("VYG2G", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_PrintsFieldErrors_WhenProblemHasNoDetail()
    {
        _temp.Write("in/SN-1.txt", "one");
        const string problem = """{"title":"The request is not valid.","errors":{"batch":["contains ' '"]}}""";
        var dashboard = new FakeDashboardHandler(_ => new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent(problem, Encoding.UTF8, "application/problem+json"),
        });

        var result = await CliRunner.RunAsync(dashboard, "import", Path.Combine(_temp.Root, "in"), "--batch", "B");

        Assert.Contains(
            "SN-1.txt: The request is not valid: batch: contains ' ' (HTTP 400 Bad Request)",
            result.Output);
    }

    [Fact]
    public async Task Import_RefusesLocallyWithoutSending_WhenNoBatchApplies()
    {
        _temp.Write("in/SN-1.txt", "loose");
        var dashboard = new FakeDashboardHandler(_ => new HttpResponseMessage(HttpStatusCode.Created));

        var result = await CliRunner.RunAsync(dashboard, "import", Path.Combine(_temp.Root, "in"));

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(dashboard.Received);
        Assert.Contains("refused    SN-1.txt: no batch", result.Output);
    }

    [Fact]
    public async Task Import_SendsZipEntriesToTheBatchesTheirFoldersName()
    {
        var zip = _temp.WriteZip("in.zip", ("B-9/SN-1.txt", "one"), ("SN-2.txt", "two"), ("../SN-3.txt", "x"));
        var dashboard = new FakeDashboardHandler(_ => new HttpResponseMessage(HttpStatusCode.Created));

        var result = await CliRunner.RunAsync(dashboard, "import", zip, "--batch", "B-1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [("SN-1", "B-9"), ("SN-2", "B-1")],
            dashboard.Received.Select(r => (r.Query("serial"), r.Query("batch"))));
        Assert.Contains("refused    ../SN-3.txt", result.Output);
    }

    [Fact]
    public async Task Import_StopsWithClearMessage_WhenDashboardIsUnreachable()
    {
        _temp.Write("in/SN-1.txt", "one");
        _temp.Write("in/SN-2.txt", "two");
        var dashboard = new FakeDashboardHandler(_ => throw new HttpRequestException("Connection refused"));

        var result = await CliRunner.RunAsync(dashboard, "import", Path.Combine(_temp.Root, "in"), "--batch", "B");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(dashboard.Received);
        Assert.Contains("Cannot reach the dashboard at http://localhost:5080/: Connection refused.", result.Error);
    }

    [Fact]
    public async Task Import_FailsWithMessage_WhenPathIsMissing()
    {
        var dashboard = new FakeDashboardHandler(_ => new HttpResponseMessage(HttpStatusCode.Created));

        var result = await CliRunner.RunAsync(dashboard, "import", Path.Combine(_temp.Root, "absent"), "--batch", "B");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("neither a folder nor a file", result.Error);
    }

    [Fact]
    public async Task Import_RejectsUrlThatIsNotHttp()
    {
        var result = await CliRunner.RunAsync(null, "import", _temp.Root, "--url", "ftp://dash.test");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--url must be an http:// or https:// address", result.Error);
    }

    public void Dispose() => _temp.Dispose();
}
