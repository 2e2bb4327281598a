using Dashboard.Core.Parsing;

namespace Dashboard.Core.Triage;

/// <summary>Reads the failures a capture shows and picks the one that decides what to do first.</summary>
internal static class Failures
{
    // A key that cannot work makes network fixes pointless, so the state nearer the top wins.
    private static readonly DeviceState[] s_precedence =
    [
        DeviceState.AllotmentExhausted,
        DeviceState.KeyRejected,
        DeviceState.NotEnabled,
        DeviceState.NeedsPhoneActivation,
        DeviceState.DeviceFault,
        DeviceState.RetryOnline,
    ];

    public static TriageResult? Worst(ParsedReport report)
    {
        var failures = report.Errors
            .Select(error => FromError(error))
            .Append(KeyNotFound(report))
            .OfType<TriageResult>()
            .ToList();

        // Among equals the later one is the newer attempt.
        return failures
            .Select((failure, index) => (failure, index))
            .OrderBy(item => Rank(item.failure.State))
            .ThenByDescending(item => item.index)
            .Select(item => item.failure)
            .FirstOrDefault();
    }

    /// <summary>The state a code leads to; null for informational codes.</summary>
    public static TriageResult? FromCode(uint code, string context)
    {
        var hex = ActivationCode.Format(code);
        var entry = ActivationCodes.Find(code);
        if (entry is null)
        {
            return TriageWords.Result(DeviceState.NeedsPhoneActivation,
                $"{context}: unrecognised error {hex}; online activation failed for a reason not on file.");
        }

        return entry.State is { } state
            ? TriageWords.Result(state, $"{context}: {entry.Meaning} ({hex}).")
            : null;
    }

    private static TriageResult? FromError(ReportError error)
    {
        var code = ActivationCode.Parse(error.Code);
        if (code is null)
        {
            return IsKeyNotFound(error.Message)
                ? TriageWords.Result(DeviceState.NotEnabled, "Error: no product key was found on the device.")
                : null;
        }

        return FromCode(code.Value, "Error");
    }

    private static TriageResult? KeyNotFound(ParsedReport report) =>
        report.Events.Contains(ReportEvent.ProductKeyNotFound)
            || report.Warnings.Any(IsKeyNotFound)
            || report.Errors.Any(error => IsKeyNotFound(error.Message))
            ? TriageWords.Result(DeviceState.NotEnabled, "Error: no product key was found on the device.")
            : null;

    private static bool IsKeyNotFound(string text) =>
        text.Contains("product key not found", StringComparison.OrdinalIgnoreCase);

    private static int Rank(DeviceState state)
    {
        var index = Array.IndexOf(s_precedence, state);

        return index < 0 ? s_precedence.Length : index;
    }
}
