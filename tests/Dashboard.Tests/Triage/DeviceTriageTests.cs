using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using static Dashboard.Tests.Triage.TriageReports;

namespace Dashboard.Tests.Triage;

public sealed class DeviceTriageTests
{
    [Theory]
    [InlineData("VOLUME_MAK")]
    [InlineData("OEM_DM")]
    [InlineData("RETAIL")]
    public void Classify_LicensedProductionChannel_IsActivated(string channel)
    {
        var result = DeviceTriage.Classify(Report(Product(LicenseStatus.Licensed, channel)));

        Assert.Equal(DeviceState.Activated, result.State);
        Assert.Equal("Nothing to do.", result.Action);
    }

    [Fact]
    public void Classify_LicensedWithEarlierFailure_StaysActivated()
    {
        var result = DeviceTriage.Classify(Report(Product(LicenseStatus.Licensed), "0xC004C020"));

        Assert.Equal(DeviceState.Activated, result.State);
    }

    [Theory]
    [InlineData("VOLUME_KMSCLIENT", "IoTEnterpriseS", GraceKind.VolumeActivation)]
    [InlineData("VOLUME_MAK", "ServerStandardEval", GraceKind.TimebasedActivation)]
    [InlineData("TIMEBASED_EVAL", "Enterprise", GraceKind.None)]
    public void Classify_LicensedKmsOrEvaluation_IsNotEnabled(string channel, string edition, GraceKind kind)
    {
        var product = Product(LicenseStatus.Licensed, channel, edition, graceKind: kind);

        var result = DeviceTriage.Classify(Report(product));

        Assert.Equal(DeviceState.NotEnabled, result.State);
    }

    [Fact]
    public void Classify_EvaluationInGrace_IsNotEnabled()
    {
        var product = Product(LicenseStatus.InitialGrace, "TIMEBASED_EVAL", "Enterprise");

        Assert.Equal(DeviceState.NotEnabled, DeviceTriage.Classify(Report(product)).State);
    }

    [Theory]
    [InlineData(LicenseStatus.InitialGrace, DeviceState.AwaitingActivation)]
    [InlineData(LicenseStatus.AdditionalGrace, DeviceState.AwaitingActivation)]
    [InlineData(LicenseStatus.ExtendedGrace, DeviceState.AwaitingActivation)]
    [InlineData(LicenseStatus.Unlicensed, DeviceState.NotEnabled)]
    [InlineData(LicenseStatus.NonGenuineGrace, DeviceState.DeviceFault)]
    [InlineData(LicenseStatus.Notification, DeviceState.NeedsPhoneActivation)]
    [InlineData(LicenseStatus.Unknown, DeviceState.Unknown)]
    public void Classify_StatusWithoutErrors_FollowsTheStatus(LicenseStatus status, DeviceState expected)
    {
        Assert.Equal(expected, DeviceTriage.Classify(Report(Product(status))).State);
    }

    [Theory]
    [InlineData("0xC004F009", DeviceState.NeedsPhoneActivation)]
    [InlineData("0xC004F034", DeviceState.RetryOnline)]
    [InlineData("0xC004F00F", DeviceState.RetryOnline)]
    [InlineData("0xC004F200", DeviceState.DeviceFault)]
    public void Classify_NotificationReason_DecidesTheState(string reason, DeviceState expected)
    {
        var product = Product(LicenseStatus.Notification, notificationReason: reason);

        var result = DeviceTriage.Classify(Report(product));

        Assert.Equal(expected, result.State);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_AtoErrorAfterGraceExpired_ErrorRefinesTheState()
    {
        var product = Product(LicenseStatus.Notification, notificationReason: "0xC004F009");

        var result = DeviceTriage.Classify(Report(product, "0xC004C020"));

        Assert.Equal(DeviceState.AllotmentExhausted, result.State);
    }

    [Fact]
    public void Classify_KeyErrorAndNetworkError_KeyProblemComesFirst()
    {
        var result = DeviceTriage.Classify(Report(Product(LicenseStatus.InitialGrace), "0xC004F069", "0xC004F074"));

        Assert.Equal(DeviceState.KeyRejected, result.State);
    }

    [Fact]
    public void Classify_GraceThenActivationSucceeded_IsActivated()
    {
        var report = Report(Product(LicenseStatus.InitialGrace)) with { Events = [ReportEvent.ActivationSucceeded] };

        Assert.Equal(DeviceState.Activated, DeviceTriage.Classify(report).State);
    }

    [Fact]
    public void Classify_NothingReadable_IsUnknown()
    {
        var report = Report(null) with { Warnings = ["No licensing output was recognised."] };

        var result = DeviceTriage.Classify(report);

        Assert.Equal(DeviceState.Unknown, result.State);
        Assert.Contains("No licensing output was recognised.", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_ErrorWithoutProduct_UsesTheError()
    {
        Assert.Equal(DeviceState.DeviceFault, DeviceTriage.Classify(Report(null, "0xC0000022")).State);
    }

    [Theory]
    [InlineData(ReportEvent.ActivationSucceeded, DeviceState.Activated)]
    [InlineData(ReportEvent.ConfirmationIdDeposited, DeviceState.Activated)]
    [InlineData(ReportEvent.ProductKeyNotFound, DeviceState.NotEnabled)]
    [InlineData(ReportEvent.KeyInstalled, DeviceState.AwaitingActivation)]
    [InlineData(ReportEvent.KeyUninstalled, DeviceState.NotEnabled)]
    public void Classify_OnlyCommandOutcomes_LastOutcomeDecides(ReportEvent last, DeviceState expected)
    {
        var report = Report(null) with { Events = [ReportEvent.KeyInstalled, last] };

        Assert.Equal(expected, DeviceTriage.Classify(report).State);
    }

    [Fact]
    public void Classify_KeyNotFoundBesideOtherErrors_IsNotEnabled()
    {
        var report = Report(null, "0x80072EE7") with { Events = [ReportEvent.ProductKeyNotFound] };

        Assert.Equal(DeviceState.NotEnabled, DeviceTriage.Classify(report).State);
    }

    [Fact]
    public void Classify_OnlyOfficeProducts_IsUnknown()
    {
        var office = new ProductBlock { Name = "Office 16, Office16ProPlusVL_KMS_Client edition", IsWindows = false };
        var report = Report(null) with { Products = [office], Events = [ReportEvent.ActivationSucceeded] };

        var result = DeviceTriage.Classify(report);

        Assert.Equal(DeviceState.Unknown, result.State);
        Assert.Contains("Office 16", result.Reason, StringComparison.Ordinal);
    }
}
