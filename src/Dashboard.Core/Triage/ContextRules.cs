namespace Dashboard.Core.Triage;

/// <summary>Refines what the capture says with what the dashboard knows: keys, stations and history.</summary>
internal static class ContextRules
{
    // A wrong key makes these states moot: the device must get its production key first. Key rejections,
    // exhausted allotments and device faults say more about what to do, so they stay.
    private static readonly DeviceState[] s_keyChecked =
    [
        DeviceState.Activated,
        DeviceState.AwaitingActivation,
        DeviceState.RetryOnline,
        DeviceState.NeedsPhoneActivation,
    ];

    public static TriageResult Apply(TriageResult result, string? partialKey, TriageContext context)
    {
        var key = partialKey?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(key) && s_keyChecked.Contains(result.State))
        {
            var wrongKey = WrongKey(key, context);
            if (wrongKey is not null)
            {
                return TriageWords.Result(DeviceState.NotEnabled, wrongKey);
            }
        }

        if (result.State == DeviceState.RetryOnline && context.StationWithoutInternet)
        {
            return TriageWords.Result(DeviceState.NeedsPhoneActivation,
                $"The station has no internet, so online activation cannot succeed. {result.Reason}");
        }

        return AfterActivation(result, context);
    }

    private static string? WrongKey(string key, TriageContext context)
    {
        if (context.ManufacturingPartialKeys.Contains(key))
        {
            return $"The default manufacturing key (ending {key}) is installed, not the production ePKEA key.";
        }

        if (context.KnownPartialKeys.Count > 0 && !context.KnownPartialKeys.Contains(key))
        {
            return $"Unknown key: the installed key ending {key} matches no ePKEA key the dashboard knows.";
        }

        if (context.ExpectedPartialKey is { } expected && !string.Equals(expected, key, StringComparison.Ordinal))
        {
            return $"The installed key ending {key} is not the batch's expected key (ending {expected}).";
        }

        return null;
    }

    // A device back in grace after it was activated will spend a second activation; say so before it does.
    private static TriageResult AfterActivation(TriageResult result, TriageContext context) =>
        context.PreviousState == DeviceState.Activated && result.State == DeviceState.AwaitingActivation
            ? result with
            {
                Reason = $"{result.Reason} It was activated before: activating again spends another activation.",
            }
            : result;
}
