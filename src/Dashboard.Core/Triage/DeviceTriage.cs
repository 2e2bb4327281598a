using Dashboard.Core.Parsing;

namespace Dashboard.Core.Triage;

/// <summary>Decides a device's state from one parsed capture.</summary>
/// <remarks>
/// The primary Windows product decides; errors in the same capture refine it, because an error printed by
/// <c>/ato</c> after a grace-period listing says the attempt to leave grace failed.
/// </remarks>
public static class DeviceTriage
{
    /// <summary>Classifies a capture with what the dashboard knows about keys, stations and the device.</summary>
    public static TriageResult Classify(ParsedReport report, TriageContext context) =>
        ContextRules.Apply(Classify(report), report.Product?.PartialProductKey, context);

    public static TriageResult Classify(ParsedReport report)
    {
        var failure = Failures.Worst(report);
        var product = report.Product;
        if (product is null)
        {
            return WithoutProduct(report, failure);
        }

        var notProduction = ProductChannel.WhyNotProduction(product);
        if (notProduction is not null)
        {
            return TriageWords.Result(DeviceState.NotEnabled, notProduction);
        }

        return ByStatus(report, product, failure);
    }

    private static TriageResult ByStatus(ParsedReport report, ProductBlock product, TriageResult? failure)
    {
        var edition = product.Edition ?? product.Name ?? "Windows";
        if (product.LicenseStatus == LicenseStatus.Licensed)
        {
            return TriageWords.Result(DeviceState.Activated, $"{edition} is permanently activated.");
        }

        if (failure is not null)
        {
            return failure;
        }

        if (Succeeded(report))
        {
            return TriageWords.Result(DeviceState.Activated, $"{edition} was activated in this capture.");
        }

        return product.LicenseStatus switch
        {
            LicenseStatus.InitialGrace or LicenseStatus.ExtendedGrace => TriageWords.Result(
                DeviceState.AwaitingActivation, $"{edition} has a key installed and its grace period is running."),
            LicenseStatus.AdditionalGrace => TriageWords.Result(DeviceState.AwaitingActivation,
                $"{edition} is in grace again after a hardware change; reactivating uses one more activation."),
            LicenseStatus.Notification => Notification(product),
            LicenseStatus.NonGenuineGrace => TriageWords.Result(DeviceState.DeviceFault,
                $"{edition} runs in non-genuine grace; the image needs repair or reinstalling."),
            LicenseStatus.Unlicensed => TriageWords.Result(DeviceState.NotEnabled,
                $"{edition} is unlicensed: no usable product key is installed."),
            _ => TriageWords.Result(DeviceState.Unknown, $"The licence status of {edition} could not be read."),
        };
    }

    private static TriageResult Notification(ProductBlock product)
    {
        var code = ActivationCode.Parse(product.NotificationReason);
        if (code is null)
        {
            return TriageWords.Result(DeviceState.NeedsPhoneActivation,
                "Windows is in notification mode (not activated); the capture gives no reason.");
        }

        return Failures.FromCode(code.Value, "Notification mode")
            ?? TriageWords.Result(DeviceState.NeedsPhoneActivation,
                $"Windows is in notification mode ({ActivationCode.Format(code.Value)}).");
    }

    private static TriageResult WithoutProduct(ParsedReport report, TriageResult? failure)
    {
        if (report.Products.Count > 0)
        {
            var names = string.Join(", ", report.Products.Select(product => product.Name ?? product.Edition));
            return TriageWords.Result(DeviceState.Unknown, $"The capture shows no Windows product, only: {names}.");
        }

        return failure ?? ByEvents(report);
    }

    private static TriageResult ByEvents(ParsedReport report)
    {
        if (report.Events.Count == 0)
        {
            return Unreadable(report);
        }

        return report.Events[^1] switch
        {
            ReportEvent.ActivationSucceeded or ReportEvent.ConfirmationIdDeposited => TriageWords.Result(
                DeviceState.Activated, "Activation succeeded in this capture."),
            ReportEvent.ProductKeyNotFound => TriageWords.Result(
                DeviceState.NotEnabled, "No product key is installed on the device."),
            ReportEvent.KeyInstalled => TriageWords.Result(
                DeviceState.AwaitingActivation, "A product key was installed; no activation attempt is shown."),
            _ => TriageWords.Result(DeviceState.NotEnabled, "The product key was removed from the device."),
        };
    }

    private static TriageResult Unreadable(ParsedReport report) => TriageWords.Result(DeviceState.Unknown,
        report.Warnings.Count > 0
            ? $"Nothing about activation could be read: {report.Warnings[0]}"
            : "Nothing about activation could be read from the capture.");

    private static bool Succeeded(ParsedReport report) =>
        report.Events.Any(e => e is ReportEvent.ActivationSucceeded or ReportEvent.ConfirmationIdDeposited);
}
