using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using static Dashboard.Tests.Triage.TriageReports;

namespace Dashboard.Tests.Triage;

public sealed class TriageContextTests
{
    private static readonly HashSet<string> s_known = ["ABCDE", "FGHJK"];

    private static TriageContext Context(
        IReadOnlySet<string>? known = null,
        string? expected = null,
        IReadOnlySet<string>? manufacturing = null,
        bool offline = false,
        DeviceState? previous = null) =>
        new(known ?? s_known, expected, manufacturing ?? new HashSet<string>(), offline, previous);

    [Fact]
    public void Classify_LicensedWithKnownExpectedKey_IsActivated()
    {
        var result = DeviceTriage.Classify(Report(Product(LicenseStatus.Licensed)), Context(expected: "ABCDE"));

        Assert.Equal(DeviceState.Activated, result.State);
    }

    [Fact]
    public void Classify_LicensedWithUnknownKey_IsNotEnabledSayingUnknownKey()
    {
        var context = Context(known: new HashSet<string> { "ZZZZZ" });

        var result = DeviceTriage.Classify(Report(Product(LicenseStatus.Licensed)), context);

        Assert.Equal(DeviceState.NotEnabled, result.State);
        Assert.Contains("unknown key", result.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ABCDE", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_NoKeysRegistered_DoesNotCallKeysUnknown()
    {
        var result = DeviceTriage.Classify(Report(Product(LicenseStatus.Licensed)), TriageContext.None);

        Assert.Equal(DeviceState.Activated, result.State);
    }

    [Fact]
    public void Classify_KnownKeyButNotTheBatchsExpectedKey_IsNotEnabledSayingSo()
    {
        var result = DeviceTriage.Classify(Report(Product(LicenseStatus.InitialGrace)), Context(expected: "FGHJK"));

        Assert.Equal(DeviceState.NotEnabled, result.State);
        Assert.Contains("not the batch's expected key (ending FGHJK)", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_DefaultManufacturingKey_IsNotEnabledEvenWithoutRegisteredKeys()
    {
        var context = Context(known: new HashSet<string>(), manufacturing: new HashSet<string> { "ABCDE" });

        var result = DeviceTriage.Classify(Report(Product(LicenseStatus.Licensed)), context);

        Assert.Equal(DeviceState.NotEnabled, result.State);
        Assert.Contains("default manufacturing key", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_RejectedKeyWithUnknownPartialKey_StaysKeyRejected()
    {
        var context = Context(known: new HashSet<string> { "ZZZZZ" });

        var result = DeviceTriage.Classify(Report(Product(LicenseStatus.InitialGrace), "0xC004C003"), context);

        Assert.Equal(DeviceState.KeyRejected, result.State);
    }

    [Fact]
    public void Classify_NetworkFailureOnStationWithoutInternet_NeedsPhoneActivation()
    {
        var report = Report(Product(LicenseStatus.InitialGrace), "0x80072EE7");

        var online = DeviceTriage.Classify(report, Context());
        var offline = DeviceTriage.Classify(report, Context(offline: true));

        Assert.Equal(DeviceState.RetryOnline, online.State);
        Assert.Equal(DeviceState.NeedsPhoneActivation, offline.State);
        Assert.Contains("0x80072EE7", offline.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_GraceAfterAnActivation_WarnsThatItSpendsAnotherActivation()
    {
        var report = Report(Product(LicenseStatus.InitialGrace));

        var result = DeviceTriage.Classify(report, Context(previous: DeviceState.Activated));

        Assert.Equal(DeviceState.AwaitingActivation, result.State);
        Assert.Contains("spends another activation", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_GraceExpiredNotification_NeedsPhoneActivation()
    {
        var product = Product(LicenseStatus.Notification, notificationReason: "0xC004F009");

        var result = DeviceTriage.Classify(Report(product), Context(expected: "ABCDE"));

        Assert.Equal(DeviceState.NeedsPhoneActivation, result.State);
    }

    [Fact]
    public void Classify_UnlistedCode_KeepsItsHexValue()
    {
        var result = DeviceTriage.Classify(Report(Product(LicenseStatus.InitialGrace), "0xDEAD0001"), Context());

        Assert.Contains("0xDEAD0001", result.Reason, StringComparison.Ordinal);
    }
}
