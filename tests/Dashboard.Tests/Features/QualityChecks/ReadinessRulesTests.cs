using Dashboard.Core.Sampling;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Dashboard.Web.Features.QualityChecks;

namespace Dashboard.Tests.Features.QualityChecks;

public sealed class ReadinessRulesTests
{
    private static Batch NewBatch(int planned, params (DeviceState State, int Count)[] counts) => new()
    {
        Id = "B-1",
        PlannedQuantity = planned,
        DeviceCount = counts.Sum(c => c.Count),
        StateCounts =
            [.. counts.Select(c => new BatchStateCount { BatchId = "B-1", State = c.State, Count = c.Count })],
    };

    private static SpotCheck NewCheck(int accept, int reject, params SpotCheckResult[] results) => new()
    {
        BatchId = "B-1",
        CreatedBy = "QA",
        Accept = accept,
        Reject = reject,
        Aql = 1.0m,
        InspectionLevel = InspectionLevel.II,
        SampleSize = SamplingPlan.For(100, 1.0m).SampleSize,
        LotSize = 100,
        Items = [.. results.Select((r, i) => new SpotCheckItem { DeviceSerial = $"S{i}", Result = r })],
    };

    [Fact]
    public void Decide_AllActivatedAndSamplePassed_IsReady()
    {
        var verdict = ReadinessRules.Decide(
            NewBatch(3, (DeviceState.Activated, 2), (DeviceState.AwaitingActivation, 1)),
            NewCheck(0, 1, SpotCheckResult.Pass, SpotCheckResult.Pass), 0);

        Assert.Equal(BatchReadiness.Ready, verdict.Verdict);
        Assert.Empty(verdict.Reasons);
    }

    [Fact]
    public void Decide_FailuresAtAcceptNumber_StillAccepted()
    {
        var verdict = ReadinessRules.Decide(NewBatch(2, (DeviceState.Activated, 2)),
            NewCheck(1, 2, SpotCheckResult.Pass, SpotCheckResult.Fail), 0);

        Assert.Equal(BatchReadiness.Ready, verdict.Verdict);
        Assert.Equal("Accepted", verdict.SpotCheck!.Status);
    }

    [Fact]
    public void Decide_MissingDevicesPhoneAndOpenCases_ListsEachReason()
    {
        var verdict = ReadinessRules.Decide(
            NewBatch(
                10, (DeviceState.Activated, 5), (DeviceState.NeedsPhoneActivation, 2), (DeviceState.KeyRejected, 1)),
            null, 2);

        Assert.Equal(BatchReadiness.NotReady, verdict.Verdict);
        Assert.Equal(
            ["8 of 10 planned devices reported.", "1 device neither activated nor awaiting activation.",
             "2 devices need phone activation.", "2 phone activation cases open.", "No spot check yet."],
            verdict.Reasons);
    }

    [Fact]
    public void Decide_WaivedCheck_IsWaivedWithReasonsKept()
    {
        var check = NewCheck(0, 1, SpotCheckResult.Fail);
        check.WaivedBy = "Mia";
        check.WaiverReason = "Customer accepts";

        var verdict = ReadinessRules.Decide(NewBatch(1, (DeviceState.Activated, 1)), check, 0);

        Assert.Equal(BatchReadiness.Waived, verdict.Verdict);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("Spot check rejected", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_EarlierSampleRejected_StaysNotReadyUntilWaived()
    {
        var check = NewCheck(0, 1, SpotCheckResult.Pass);

        var verdict = ReadinessRules.Decide(NewBatch(1, (DeviceState.Activated, 1)), check, 0, earlierRejections: 1);

        Assert.Contains(verdict.Reasons, reason => reason.Contains("earlier spot check", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_DevicesReportedAfterSampling_AsksForANewSample()
    {
        var check = NewCheck(0, 1, SpotCheckResult.Pass);
        check.LotSize = 1;

        var verdict = ReadinessRules.Decide(NewBatch(2, (DeviceState.Activated, 2)), check, 0);

        Assert.Equal(BatchReadiness.NotReady, verdict.Verdict);
        Assert.Contains(verdict.Reasons, reason => reason.Contains("since the sample was drawn", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_SampleSmallerThanIsoAsks_IsNotReadyUntilWaived()
    {
        var check = NewCheck(0, 1, SpotCheckResult.Pass, SpotCheckResult.Pass);
        check.SampleSize = 2;

        var verdict = ReadinessRules.Decide(NewBatch(100, (DeviceState.Activated, 100)), check, 0);
        check.WaivedBy = "Mia";
        var waived = ReadinessRules.Decide(NewBatch(100, (DeviceState.Activated, 100)), check, 0);

        Assert.Equal(BatchReadiness.NotReady, verdict.Verdict);
        var iso = SamplingPlan.For(100, 1.0m).SampleSize;
        Assert.Equal(
            $"Reduced sample: 2 devices checked where ISO 2859-1 asks for {iso} (lot 100, level II); "
            + "a waiver by a named person accepts it.",
            Assert.Single(verdict.Reasons));
        Assert.Equal(BatchReadiness.Waived, waived.Verdict);
    }
}
