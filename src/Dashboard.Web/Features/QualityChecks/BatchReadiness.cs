namespace Dashboard.Web.Features.QualityChecks;

/// <summary>Whether a batch may ship: <c>ready</c>, <c>notReady</c> (with reasons) or <c>waived</c>.</summary>
public sealed record BatchReadiness(
    string Batch,
    string Verdict,
    IReadOnlyList<string> Reasons,
    int? Planned,
    int Reported,
    int Activated,
    int Awaiting,
    int Failing,
    int NeedsPhone,
    int OpenPhoneCases,
    SpotCheckSummary? SpotCheck,
    IReadOnlyList<SpotCheckDiscrepancy> Discrepancies,
    string? WaivedBy,
    DateTime? WaivedAt,
    string? WaiverReason)
{
    public const string Ready = "ready";
    public const string NotReady = "notReady";
    public const string Waived = "waived";
}

/// <summary>
/// The batch's latest spot check: its plan (lot size, AQL, inspection level, the seed that drew the sample
/// and who drew it) and how far it got, so the evidence can be re-drawn and checked by someone else.
/// <c>IsoSampleSize</c> is what ISO 2859-1 asks of that lot; a sample chosen smaller is a reduced one.
/// </summary>
public sealed record SpotCheckSummary(
    long Id, int SampleSize, int Accept, int Reject, int Passed, int Failed, int Pending, string Status,
    int LotSize, decimal Aql, string InspectionLevel, int Seed, string DrawnBy, DateTime DrawnAt,
    int IsoSampleSize)
{
    public bool Reduced => SampleSize < IsoSampleSize;
}

/// <summary>Something QA saw on a device that its reports did not say.</summary>
public sealed record SpotCheckDiscrepancy(string Serial, string Detail);
