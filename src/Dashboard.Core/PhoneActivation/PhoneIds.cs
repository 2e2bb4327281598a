namespace Dashboard.Core.PhoneActivation;

/// <summary>Installation and Confirmation IDs as the phone activation system reads them out.</summary>
public static class PhoneIds
{
    public const int ConfirmationDigits = 48;

    /// <summary>
    /// The Installation ID in the groups the phone system asks for: nine groups of seven digits for a
    /// 63-digit ID, nine of six for the older 54-digit one; anything else in groups of seven.
    /// </summary>
    public static IReadOnlyList<string> GroupInstallationId(string? installationId)
    {
        var digits = new string([.. (installationId ?? "").Where(char.IsAsciiDigit)]);
        if (digits.Length == 0)
        {
            return [];
        }

        var size = digits.Length == 54 ? 6 : 7;

        return [.. digits.Chunk(size).Select(chunk => new string(chunk))];
    }

    /// <summary>Checks a typed Confirmation ID; spaces and dashes between digits are allowed.</summary>
    public static ConfirmationIdCheck CheckConfirmationId(string? typed)
    {
        var text = (typed ?? "").Trim();
        if (text.Length == 0)
        {
            return ConfirmationIdCheck.Fail("Type the Confirmation ID: 48 digits (8 groups of 6).");
        }

        var stray = text.FirstOrDefault(c => !char.IsAsciiDigit(c) && c != '-' && c != ' ');
        if (stray != default)
        {
            return ConfirmationIdCheck.Fail(
                $"'{stray}' at position {text.IndexOf(stray) + 1} is not a digit; "
                + "a Confirmation ID has only digits, in 8 groups of 6.");
        }

        return CheckDigits(text);
    }

    private static ConfirmationIdCheck CheckDigits(string text)
    {
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        if (digits.Length != ConfirmationDigits)
        {
            return ConfirmationIdCheck.Fail(
                $"{digits.Length} digits; a Confirmation ID has {ConfirmationDigits} (8 groups of 6).");
        }

        var groups = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (groups.Length > 1)
        {
            var bad = Array.FindIndex(groups, group => group.Length != 6);
            if (bad >= 0)
            {
                return ConfirmationIdCheck.Fail(
                    $"Group {bad + 1} has {groups[bad].Length} digits; each of the 8 groups has 6.");
            }
        }

        return new ConfirmationIdCheck(digits, null);
    }
}

/// <summary>A checked Confirmation ID: its 48 digits, or what is wrong with it.</summary>
public sealed record ConfirmationIdCheck(string? Digits, string? Error)
{
    public bool IsValid => Error is null;

    /// <summary>The digits in 8 dash-separated groups of 6, as the phone system reads them.</summary>
    public string? Grouped => Digits is null ? null : string.Join("-", Digits.Chunk(6).Select(c => new string(c)));

    public static ConfirmationIdCheck Fail(string error) => new(null, error);
}
