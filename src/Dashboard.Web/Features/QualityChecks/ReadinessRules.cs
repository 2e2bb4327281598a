using Dashboard.Core.Parsing;
using Dashboard.Core.Sampling;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>The readiness verdict from a batch's counts, its newest spot check and its open phone cases.</summary>
public static class ReadinessRules
{
    public static BatchReadiness Decide(Batch batch, SpotCheck? check, int openPhoneCases, int earlierRejections = 0)
    {
        int Count(DeviceState state) => batch.StateCounts.Where(c => c.State == state).Sum(c => c.Count);
        var activated = Count(DeviceState.Activated);
        var awaiting = Count(DeviceState.AwaitingActivation);
        var phone = Count(DeviceState.NeedsPhoneActivation);
        var failing = batch.DeviceCount - activated - awaiting - phone;

        var reasons = new List<string>();
        ReasonsFromCounts(batch, failing, phone, openPhoneCases, reasons);
        var summary = check is null ? null : Summarize(check);
        ReasonsFromSpotCheck(summary, reasons);
        var discrepancies = check?.Items.Where(i => i.Discrepancy is not null)
            .Select(i => new SpotCheckDiscrepancy(i.DeviceSerial, i.Discrepancy!)).ToList() ?? [];
        if (discrepancies.Count > 0)
        {
            var count = Plural(discrepancies.Count, "discrepancy", "discrepancies");
            reasons.Add($"{count}: QA saw what the reports did not say.");
        }

        // Drawing a fresh sample must not wash out a failed one; only a named person's waiver can.
        if (earlierRejections > 0)
        {
            var count = Plural(earlierRejections, "earlier spot check", "earlier spot checks");
            reasons.Add($"{count} rejected the batch; a new sample does not clear that, a waiver by a named "
                + "person does.");
        }

        if (check is not null && batch.DeviceCount > check.LotSize)
        {
            var count = Plural(batch.DeviceCount - check.LotSize, "device", "devices");
            reasons.Add($"{count} reported since the sample was drawn from {check.LotSize}; draw a new sample.");
        }

        var verdict = check?.WaivedBy is not null ? BatchReadiness.Waived
            : reasons.Count == 0 ? BatchReadiness.Ready : BatchReadiness.NotReady;

        return new(batch.Id, verdict, reasons, batch.PlannedQuantity, batch.DeviceCount, activated, awaiting,
            failing, phone, openPhoneCases, summary, discrepancies, check?.WaivedBy, check?.WaivedAt,
            check?.WaiverReason);
    }

    private static void ReasonsFromCounts(Batch batch, int failing, int phone, int openCases, List<string> reasons)
    {
        if (batch.PlannedQuantity is not { } planned)
        {
            reasons.Add("No planned quantity: set it so the dashboard can tell every device reported.");
        }
        else if (batch.DeviceCount < planned)
        {
            reasons.Add($"{batch.DeviceCount} of {planned} planned devices reported.");
        }

        if (failing > 0)
        {
            reasons.Add($"{Plural(failing, "device", "devices")} neither activated nor awaiting activation.");
        }

        if (phone > 0)
        {
            reasons.Add($"{Plural(phone, "device needs", "devices need")} phone activation.");
        }

        if (openCases > 0)
        {
            reasons.Add($"{Plural(openCases, "phone activation case", "phone activation cases")} open.");
        }
    }

    private static void ReasonsFromSpotCheck(SpotCheckSummary? summary, List<string> reasons)
    {
        var reason = summary switch
        {
            null => "No spot check yet.",
            { Status: nameof(SpotCheckStatus.Rejected) } =>
                $"Spot check rejected: {Plural(summary.Failed, "device", "devices")} failed "
                + $"(rejection number {summary.Reject}).",
            { Pending: > 0 } => $"Spot check: {summary.Pending} of {summary.SampleSize} devices still to check.",
            _ => null,
        };
        if (reason is not null)
        {
            reasons.Add(reason);
        }

        // A hand-picked sample below the standard's size proves less than the plan claims; a person owns that.
        if (summary is { Reduced: true })
        {
            reasons.Add($"Reduced sample: {summary.SampleSize} devices checked where ISO 2859-1 asks for "
                + $"{summary.IsoSampleSize} (lot {summary.LotSize}, level {summary.InspectionLevel}); "
                + "a waiver by a named person accepts it.");
        }
    }

    private static string Plural(int count, string one, string many) =>
        count == 1 ? $"1 {one}" : $"{count:N0} {many}";

    private static SpotCheckSummary Summarize(SpotCheck c) => new(
        c.Id, c.SampleSize, c.Accept, c.Reject,
        c.Items.Count(i => i.Result == SpotCheckResult.Pass),
        c.Items.Count(i => i.Result == SpotCheckResult.Fail),
        c.Items.Count(i => i.Result == SpotCheckResult.Pending),
        SpotCheckRecorder.StatusOf(c).ToString(),
        c.LotSize, c.Aql, c.InspectionLevel.ToString(), c.Seed, c.CreatedBy, c.CreatedAt,
        SamplingPlan.For(c.LotSize, c.Aql, c.InspectionLevel).SampleSize);
}

/// <summary>Checks a waiver names a person and a reason.</summary>
public static class WaiverRules
{
    public static (string Field, string Message)? Validate(WaiverRequest request) => request switch
    {
        { By: var by } when string.IsNullOrWhiteSpace(by) || by.Length > 100 =>
            ("by", "Name who waives the batch (1 to 100 characters)."),
        { Reason: var r } when string.IsNullOrWhiteSpace(r) || r.Length > 2000 =>
            ("reason", "Say why the batch ships anyway (1 to 2000 characters)."),
        { By: { } by } when ProductKeyRedactor.ContainsKey(by) => ("by", "The name contains a full product key."),
        { Reason: { } r } when ProductKeyRedactor.ContainsKey(r) =>
            ("reason", "The reason contains a full product key; write only its last five characters."),
        _ => null,
    };
}
