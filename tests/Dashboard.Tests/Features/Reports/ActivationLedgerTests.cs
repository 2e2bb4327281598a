using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Features.Reports;

namespace Dashboard.Tests.Features.Reports;

public sealed class ActivationLedgerTests
{
    private static readonly HashSet<string> s_registered = new(StringComparer.OrdinalIgnoreCase) { "AAAA1", "BBBB2" };
    private static readonly DateTime s_start = new(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Activations_GraceThenActivatedThenActivatedAgain_OneActivation()
    {
        var steps = Steps(
            (DeviceState.AwaitingActivation, LicenseStatus.InitialGrace, "AAAA1"),
            (DeviceState.Activated, LicenseStatus.Licensed, "AAAA1"),
            (DeviceState.Activated, LicenseStatus.Licensed, "AAAA1"));

        var activations = ActivationLedger.Activations("SN", steps, s_registered);

        Assert.Equal([2L], activations.Keys);
    }

    [Fact]
    public void Activations_LicensedWithARegisteredKeyTheBatchDidNotExpect_IsChargedToThatKey()
    {
        var steps = Steps((DeviceState.NotEnabled, LicenseStatus.Licensed, "BBBB2"));

        var activation = Assert.Single(ActivationLedger.Activations("SN", steps, s_registered).Values);

        Assert.Equal(("BBBB2", false), (activation.PartialProductKey, activation.IsRepeat));
    }

    [Fact]
    public void Activations_LicensedWithAKeyNobodyRegistered_IsNotCharged()
    {
        var steps = Steps((DeviceState.NotEnabled, LicenseStatus.Licensed, "RETL9"));

        Assert.Empty(ActivationLedger.Activations("SN", steps, s_registered));
    }

    [Fact]
    public void Activations_ActivatedWithOneKeyThenWithAnother_ChargesBoth()
    {
        var steps = Steps(
            (DeviceState.Activated, LicenseStatus.Licensed, "AAAA1"),
            (DeviceState.Activated, LicenseStatus.Unknown, null),
            (DeviceState.Activated, LicenseStatus.Licensed, "BBBB2"));

        var activations = ActivationLedger.Activations("SN", steps, s_registered);

        Assert.Equal([1L, 3L], activations.Keys);
        Assert.Equal(["AAAA1", "BBBB2"], activations.Values.Select(a => a.PartialProductKey));
        Assert.True(activations[3].IsRepeat);
    }

    [Fact]
    public void Activations_ActivatedLostAndActivatedAgain_ChargesARepeat()
    {
        var steps = Steps(
            (DeviceState.Activated, LicenseStatus.Licensed, "AAAA1"),
            (DeviceState.AwaitingActivation, LicenseStatus.AdditionalGrace, "AAAA1"),
            (DeviceState.Activated, LicenseStatus.Licensed, "AAAA1"));

        var activations = ActivationLedger.Activations("SN", steps, s_registered);

        Assert.Equal([1L, 3L], activations.Keys);
        Assert.True(activations[3].IsRepeat);
    }

    private static List<ReportStep> Steps(params (DeviceState State, LicenseStatus Status, string? Key)[] steps) =>
        [.. steps.Select((step, i) => new ReportStep(i + 1, step.State, s_start.AddHours(i), "B1", "line-1", step.Key)
        {
            LicenseStatus = step.Status,
        })];
}
