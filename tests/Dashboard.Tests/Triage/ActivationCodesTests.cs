using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using static Dashboard.Core.Triage.DeviceState;

namespace Dashboard.Tests.Triage;

// Expected states follow the remedy column of the error reference: KEY -> KeyRejected (but "no key" ->
// NotEnabled), NET and WAIT -> RetryOnline, PHONE -> NeedsPhoneActivation (but "limit exceeded" ->
// AllotmentExhausted), LOCAL and non-genuine -> DeviceFault, KMS-only and evaluation -> NotEnabled.
public sealed class ActivationCodesTests
{
    [Theory]
    [InlineData("0xC004C001", KeyRejected)]
    [InlineData("0xC004C003", KeyRejected)]
    [InlineData("0xC004C004", KeyRejected)]
    [InlineData("0xC004C007", KeyRejected)]
    [InlineData("0xC004C00E", KeyRejected)]
    [InlineData("0xC004C00F", KeyRejected)]
    [InlineData("0xC004C010", KeyRejected)]
    [InlineData("0xC004C008", AllotmentExhausted)]
    [InlineData("0xC004C012", RetryOnline)]
    [InlineData("0xC004C00C", RetryOnline)]
    [InlineData("0xC004C013", RetryOnline)]
    [InlineData("0xC004C014", RetryOnline)]
    [InlineData("0xC004C015", RetryOnline)]
    [InlineData("0xC004C050", RetryOnline)]
    [InlineData("0xC004C016", NeedsPhoneActivation)]
    [InlineData("0xC004C017", NeedsPhoneActivation)]
    [InlineData("0xC004C020", AllotmentExhausted)]
    [InlineData("0xC004C021", AllotmentExhausted)]
    [InlineData("0xC004C032", NotEnabled)]
    [InlineData("0xC004C060", KeyRejected)]
    [InlineData("0xC004C770", NeedsPhoneActivation)]
    [InlineData("0xC004B011", RetryOnline)]
    [InlineData("0xC004B007", RetryOnline)]
    [InlineData("0xC004B100", KeyRejected)]
    [InlineData("0xC004D302", RetryOnline)]
    [InlineData("0xC004D307", DeviceFault)]
    [InlineData("0x8004D102", RetryOnline)]
    [InlineData("0xC004E015", DeviceFault)]
    [InlineData("0xC004E016", KeyRejected)]
    [InlineData("0xC004E028", RetryOnline)]
    [InlineData("0xC004F009", NeedsPhoneActivation)]
    [InlineData("0xC004F00F", RetryOnline)]
    [InlineData("0xC004F012", DeviceFault)]
    [InlineData("0xC004F014", NotEnabled)]
    [InlineData("0xC004F025", DeviceFault)]
    [InlineData("0xC004F02C", NeedsPhoneActivation)]
    [InlineData("0xC004F02F", NeedsPhoneActivation)]
    [InlineData("0xC004F031", NeedsPhoneActivation)]
    [InlineData("0xC004F04D", NeedsPhoneActivation)]
    [InlineData("0xC004F07E", NeedsPhoneActivation)]
    [InlineData("0xC004F07F", NeedsPhoneActivation)]
    [InlineData("0xC004F034", RetryOnline)]
    [InlineData("0xC004F035", KeyRejected)]
    [InlineData("0xC004F038", NotEnabled)]
    [InlineData("0xC004F039", NotEnabled)]
    [InlineData("0xC004F041", NotEnabled)]
    [InlineData("0xC004F042", NotEnabled)]
    [InlineData("0xC004F050", KeyRejected)]
    [InlineData("0xC004F051", KeyRejected)]
    [InlineData("0xC004F056", NotEnabled)]
    [InlineData("0xC004F057", KeyRejected)]
    [InlineData("0xC004F058", KeyRejected)]
    [InlineData("0xC004F059", KeyRejected)]
    [InlineData("0xC004F063", KeyRejected)]
    [InlineData("0xC004F064", DeviceFault)]
    [InlineData("0x4004F065", DeviceFault)]
    [InlineData("0xC004F065", DeviceFault)]
    [InlineData("0xC004F069", KeyRejected)]
    [InlineData("0xC004F06B", NotEnabled)]
    [InlineData("0xC004F06C", RetryOnline)]
    [InlineData("0xC004F074", NotEnabled)]
    [InlineData("0xC004F07D", KeyRejected)]
    [InlineData("0xC004F200", DeviceFault)]
    [InlineData("0xC004F210", KeyRejected)]
    [InlineData("0xC004F212", KeyRejected)]
    [InlineData("0xC004F211", RetryOnline)]
    [InlineData("0xC004F213", NotEnabled)]
    [InlineData("0xC004FC03", RetryOnline)]
    [InlineData("0xC004FD00", NotEnabled)]
    [InlineData("0xC004FD02", NotEnabled)]
    [InlineData("0xC004FD04", NotEnabled)]
    [InlineData("0x803FA071", AllotmentExhausted)]
    [InlineData("0x803FA07F", AllotmentExhausted)]
    [InlineData("0x803FA080", AllotmentExhausted)]
    [InlineData("0x803FA067", KeyRejected)]
    [InlineData("0x803FA068", KeyRejected)]
    [InlineData("0x803FA083", NeedsPhoneActivation)]
    [InlineData("0x803FABB8", NeedsPhoneActivation)]
    [InlineData("0x803FABBD", NeedsPhoneActivation)]
    [InlineData("0x803FABC3", NeedsPhoneActivation)]
    [InlineData("0x80070005", DeviceFault)]
    [InlineData("0x8007232A", RetryOnline)]
    [InlineData("0x8007232B", RetryOnline)]
    [InlineData("0x8007251D", RetryOnline)]
    [InlineData("0x800706BA", RetryOnline)]
    [InlineData("0x8007007B", RetryOnline)]
    [InlineData("0x80092328", RetryOnline)]
    [InlineData("0x80070490", KeyRejected)]
    [InlineData("0x8004FE21", DeviceFault)]
    [InlineData("0x80072EE2", RetryOnline)]
    [InlineData("0x80072EE7", RetryOnline)]
    [InlineData("0x80072EFD", RetryOnline)]
    [InlineData("0x80072EFE", RetryOnline)]
    [InlineData("0x80072F8F", RetryOnline)]
    [InlineData("0x80080005", DeviceFault)]
    [InlineData("0xC0000022", DeviceFault)]
    [InlineData("0x803F7001", KeyRejected)]
    public void Classify_ErrorAfterGrace_GivesTheCodesState(string code, DeviceState expected)
    {
        var report = TriageReports.Report(TriageReports.Product(LicenseStatus.InitialGrace), code);

        var result = DeviceTriage.Classify(report);

        Assert.Equal(expected, result.State);
        Assert.Contains(code, result.Reason, StringComparison.Ordinal);
        Assert.NotEmpty(result.Action);
    }

    [Theory]
    [InlineData("0x4004F040")]
    [InlineData("0x4004F00C")]
    [InlineData("0x4004F00D")]
    public void Classify_InformationalCodeInGrace_StaysAwaitingActivation(string code)
    {
        var report = TriageReports.Report(TriageReports.Product(LicenseStatus.InitialGrace), code);

        var result = DeviceTriage.Classify(report);

        Assert.Equal(AwaitingActivation, result.State);
    }

    [Theory]
    [InlineData("0x80072EE9", RetryOnline)]
    [InlineData("0xC004C999", NeedsPhoneActivation)]
    [InlineData("0x80070057", DeviceFault)]
    [InlineData("0x12345678", NeedsPhoneActivation)]
    public void Classify_UnlistedCode_LandsWithItsFamilyAndNamesTheCode(string code, DeviceState expected)
    {
        var report = TriageReports.Report(TriageReports.Product(LicenseStatus.InitialGrace), code);

        var result = DeviceTriage.Classify(report);

        Assert.Equal(expected, result.State);
        Assert.Contains(code, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void All_HasNoCodeListedTwice()
    {
        var singles = ActivationCodes.All.Where(entry => entry.First == entry.Last).Select(entry => entry.First);

        Assert.Equal(singles.Count(), singles.Distinct().Count());
    }

    [Theory]
    [InlineData("0xc004f074", 0xC004F074u)]
    [InlineData("C004F074", 0xC004F074u)]
    [InlineData("0xC004F009.", 0xC004F009u)]
    [InlineData("nonsense", null)]
    public void Parse_ReadsHexCodesInAnyCase(string text, uint? expected)
    {
        Assert.Equal(expected, ActivationCode.Parse(text));
    }
}
