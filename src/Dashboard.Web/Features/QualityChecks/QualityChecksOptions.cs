using System.ComponentModel.DataAnnotations;
using Dashboard.Core.Sampling;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>What QA checks on each sampled device and how large samples are.</summary>
public sealed class QualityChecksOptions : IValidatableObject
{
    public const string Section = "QualityChecks";

    /// <summary>The checks of the default list, by id.</summary>
    public static readonly IReadOnlyList<QualityCheck> DefaultChecks =
    [
        new(CheckIds.State, "Shows activated, or correctly awaiting activation"),
        new(CheckIds.PartialKey, "Partial key matches the batch's ePKEA key"),
        new(CheckIds.Edition, "Edition is the batch's"),
        new(CheckIds.KeyCleared, "Key was cleared from the registry before sealing"),
        new(CheckIds.FreshDli, "A fresh slmgr /dli agrees with the last report"),
    ];

    /// <summary>The check list; empty means <see cref="DefaultChecks"/>.</summary>
    public List<QualityCheck> Checks { get; set; } = [];

    /// <summary>AQL (percent nonconforming) when a batch's product line sets none. Default 1.0.</summary>
    public decimal DefaultAql { get; set; } = 1.0m;

    /// <summary>General inspection level when a product line sets none. Default II.</summary>
    public InspectionLevel InspectionLevel { get; set; } = InspectionLevel.II;

    /// <summary>Sampling per product line, keyed by the edition the batch's devices report.</summary>
    public Dictionary<string, ProductLineSampling> ProductLines { get; set; } = [];

    /// <summary>Largest photo QA may attach to a device, in bytes. Default 5 MB.</summary>
    [Range(1, 50 * 1024 * 1024)]
    public int MaxPhotoBytes { get; set; } = 5 * 1024 * 1024;

    public IReadOnlyList<QualityCheck> EffectiveChecks => Checks.Count == 0 ? DefaultChecks : Checks;

    public (decimal Aql, InspectionLevel Level) SamplingFor(string? edition) =>
        edition is not null && ProductLines.TryGetValue(edition, out var line)
            ? (line.Aql ?? DefaultAql, line.InspectionLevel ?? InspectionLevel)
            : (DefaultAql, InspectionLevel);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var aqls = ProductLines.Values.Select(l => l.Aql).OfType<decimal>().Append(DefaultAql);
        foreach (var aql in aqls.Where(a => !SingleSamplingTable.IsSupported(a)))
        {
            yield return new ValidationResult(
                $"{Section}: AQL {aql} is not one of {string.Join(", ", SingleSamplingTable.Aqls)}.");
        }

        if (Checks.Any(c => string.IsNullOrWhiteSpace(c.Id) || string.IsNullOrWhiteSpace(c.Label)))
        {
            yield return new ValidationResult($"{Section}:{nameof(Checks)} needs an Id and a Label for each check.");
        }
    }
}

/// <summary>One check QA ticks per device.</summary>
public sealed record QualityCheck(string Id, string Label)
{
    public QualityCheck()
        : this("", "")
    {
    }
}

/// <summary>A product line's own AQL or inspection level.</summary>
public sealed class ProductLineSampling
{
    public decimal? Aql { get; set; }

    public InspectionLevel? InspectionLevel { get; set; }
}

/// <summary>Ids of the default checks; the fresh capture and registry checks are recorded from QA's ticks.</summary>
public static class CheckIds
{
    public const string State = "state";
    public const string PartialKey = "partialKey";
    public const string Edition = "edition";
    public const string KeyCleared = "keyCleared";
    public const string FreshDli = "freshDli";
}
