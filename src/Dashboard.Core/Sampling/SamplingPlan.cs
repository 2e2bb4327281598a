namespace Dashboard.Core.Sampling;

/// <summary>An ISO 2859-1 single sampling plan for one lot.</summary>
/// <param name="LotSize">Units in the lot.</param>
/// <param name="Aql">Acceptance quality limit, percent nonconforming.</param>
/// <param name="Level">The general inspection level.</param>
/// <param name="CodeLetter">The code letter Table 1 gives the lot size.</param>
/// <param name="PlanLetter">The letter whose plan applies after following Table 2-A's arrows.</param>
/// <param name="SampleSize">Units to inspect; the whole lot when the plan asks for as many or more.</param>
/// <param name="Accept">Ac: the lot is accepted with this many nonconforming units or fewer.</param>
/// <param name="Reject">Re: the lot is rejected with this many nonconforming units or more.</param>
public sealed record SamplingPlan(
    int LotSize,
    decimal Aql,
    InspectionLevel Level,
    char CodeLetter,
    char PlanLetter,
    int SampleSize,
    int Accept,
    int Reject)
{
    public bool FullInspection => SampleSize >= LotSize;

    /// <summary>ISO 2859-1 single sampling, normal inspection.</summary>
    public static SamplingPlan For(int lotSize, decimal aql, InspectionLevel level = InspectionLevel.II)
    {
        var letter = SampleSizeCodeLetters.For(lotSize, level);
        var (planLetter, accept, reject) = SingleSamplingTable.Lookup(letter, aql);
        var size = SampleSizeCodeLetters.Letters[SampleSizeCodeLetters.IndexOf(planLetter)].SampleSize;

        // When the plan asks for the whole lot or more, every unit is inspected.
        return new(lotSize, aql, level, letter, planLetter, Math.Min(size, lotSize), accept, reject);
    }
}
