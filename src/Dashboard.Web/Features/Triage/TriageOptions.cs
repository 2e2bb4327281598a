using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.Triage;

/// <summary>Site policies that change how devices are classified.</summary>
public sealed class TriageOptions : IValidatableObject
{
    public const string Section = "Triage";

    /// <summary>
    /// Last five characters of default manufacturing keys: a device carrying one is not enabled. Default: none.
    /// </summary>
    public List<string> DefaultManufacturingKeys { get; set; } = [];

    /// <summary>
    /// Stations without internet: an online failure there goes straight to phone activation. Default: none.
    /// </summary>
    public List<string> PhoneActivationStations { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var key in DefaultManufacturingKeys)
        {
            if (key.Trim().Length != 5 || !key.Trim().All(char.IsAsciiLetterOrDigit))
            {
                // The value is not echoed: a full key pasted here must not reach the logs.
                yield return new ValidationResult(
                    $"{Section}:{nameof(DefaultManufacturingKeys)} takes the last five letters or digits of a key.");
            }
        }
    }
}
