namespace Dashboard.Core.Triage;

/// <summary>One row of the code table: a code, or an inclusive range, and what it means for a device.</summary>
/// <param name="First">The code, or the first of a range.</param>
/// <param name="Last">The last code of the range; equal to <paramref name="First"/> for a single code.</param>
/// <param name="State">The device state the code leads to; null for informational codes that change nothing.</param>
/// <param name="Remedy">The usual remedy category.</param>
/// <param name="Meaning">What the code says, in plain words.</param>
public sealed record ActivationCode(uint First, uint Last, DeviceState? State, Remedy Remedy, string Meaning)
{
    public bool Contains(uint code) => code >= First && code <= Last;

    /// <summary>Formats a code as <c>0x</c> and eight upper-case hex digits.</summary>
    public static string Format(uint code) => $"0x{code:X8}";

    /// <summary>Reads <c>0xC004F074</c>, <c>C004F074</c> or <c>0xc004f074</c>; null for anything else.</summary>
    public static uint? Parse(string? text)
    {
        var digits = text?.Trim().TrimEnd('.');
        if (digits is null)
        {
            return null;
        }

        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        return uint.TryParse(digits, System.Globalization.NumberStyles.HexNumber, null, out var code) ? code : null;
    }
}
