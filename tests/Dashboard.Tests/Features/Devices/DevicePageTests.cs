using Bunit;
using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Devices;

namespace Dashboard.Tests.Features.Devices;

public sealed class DevicePageTests : PageTest
{
    private readonly TestDatabase _database = new();

    public DevicePageTests()
    {
        this.AddDashboardTestServices(_database);
        _database.AddBatch("B1", TestData.Now, (DeviceState.RetryOnline, 1));
        var device = TestData.Device("B1", "SN-9", DeviceState.RetryOnline);
        device.StateReason = "The activation server could not be reached.";
        _database.AddDevices("B1", [device]);
        _database.AddReport(Report(1, TestData.Now.AddHours(-5), DeviceState.AwaitingActivation, errors: []));
        _database.AddReport(Report(2, TestData.Now, DeviceState.RetryOnline,
            errors: [new ReportError("0xC004F074", "No Key Management Service could be contacted.")]));
    }

    protected override ValueTask DisposeAsyncCore()
    {
        _database.Dispose();

        return base.DisposeAsyncCore();
    }

    [Fact]
    public void Render_ShowsCurrentStateAndReportsNewestCaptureFirst()
    {
        var cut = Render<DevicePage>(ps => ps.Add(p => p.Serial, "SN-9"));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".report-card").Count));
        Assert.Contains("Retry online", cut.Find(".device-state .state-chip").TextContent, StringComparison.Ordinal);
        Assert.Contains("could not be reached", cut.Find(".state-reason").TextContent, StringComparison.Ordinal);
        var cards = cut.FindAll(".report-card");
        Assert.Contains("report-2", cards[0].ClassName, StringComparison.Ordinal);
        Assert.Contains("report-1", cards[1].ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShowsParsedFieldsErrorsAndRedactedText()
    {
        var cut = Render<DevicePage>(ps => ps.Add(p => p.Serial, "SN-9"));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".report-card").Count));
        var newest = cut.FindAll(".report-card")[0];
        Assert.Equal("IoTEnterpriseS", newest.QuerySelector(".field-edition")!.TextContent.Trim());
        Assert.Equal("7KQ2M", newest.QuerySelector(".field-partial-product-key")!.TextContent.Trim());
        Assert.Equal("1,440", newest.QuerySelector(".field-grace-minutes")!.TextContent.Trim());
        Assert.Contains("0xC004F074", newest.QuerySelector(".report-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", newest.QuerySelector(".field-redacted-keys")!.TextContent.Trim());
    }

    [Fact]
    public void Render_SaysSo_WhenDeviceDoesNotExist()
    {
        var cut = Render<DevicePage>(ps => ps.Add(p => p.Serial, "GHOST"));

        cut.WaitForAssertion(() =>
            Assert.Contains("GHOST", cut.Find(".device-missing").TextContent, StringComparison.Ordinal));
    }

    private static Report Report(long id, DateTime capturedAt, DeviceState state, ReportError[] errors)
    {
        var parsed = new ParsedReport
        {
            Encoding = "utf-8",
            Language = "en",
            Product = new ProductBlock
            {
                Name = "Windows(R), IoTEnterpriseS edition",
                Edition = "IoTEnterpriseS",
                Channel = "VOLUME_MAK",
                PartialProductKey = "7KQ2M",
                LicenseStatus = LicenseStatus.InitialGrace,
                GraceMinutes = 1440,
            },
            Errors = errors,
            RedactedKeys = 1,
        };

        return new Report
        {
            Id = id,
            DeviceSerial = "SN-9",
            BatchId = "B1",
            CapturedAt = capturedAt,
            ReceivedAt = capturedAt,
            ContentHash = $"hash{id}",
            Encoding = parsed.Encoding,
            Language = parsed.Language,
            RedactedText = "Partial Product Key: 7KQ2M",
            ParsedJson = ReportJson.Serialize(parsed),
            State = state,
            RedactedKeys = parsed.RedactedKeys,
        };
    }
}
