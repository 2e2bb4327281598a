using Dashboard.Core.Sampling;

namespace Dashboard.Tests.Sampling;

public sealed class SamplingPlanTests
{
    // Every lot-size boundary of Table 1 at level II, with the letter's sample size (Table 2-A).
    [Theory]
    [InlineData(2, 'A', 2)]
    [InlineData(8, 'A', 2)]
    [InlineData(9, 'B', 3)]
    [InlineData(15, 'B', 3)]
    [InlineData(16, 'C', 5)]
    [InlineData(25, 'C', 5)]
    [InlineData(26, 'D', 8)]
    [InlineData(50, 'D', 8)]
    [InlineData(51, 'E', 13)]
    [InlineData(90, 'E', 13)]
    [InlineData(91, 'F', 20)]
    [InlineData(150, 'F', 20)]
    [InlineData(151, 'G', 32)]
    [InlineData(280, 'G', 32)]
    [InlineData(281, 'H', 50)]
    [InlineData(500, 'H', 50)]
    [InlineData(501, 'J', 80)]
    [InlineData(1200, 'J', 80)]
    [InlineData(1201, 'K', 125)]
    [InlineData(3200, 'K', 125)]
    [InlineData(3201, 'L', 200)]
    [InlineData(10000, 'L', 200)]
    [InlineData(10001, 'M', 315)]
    [InlineData(35000, 'M', 315)]
    [InlineData(35001, 'N', 500)]
    [InlineData(150000, 'N', 500)]
    [InlineData(150001, 'P', 800)]
    [InlineData(500000, 'P', 800)]
    [InlineData(500001, 'Q', 1250)]
    [InlineData(5_000_000, 'Q', 1250)]
    public void For_LevelIILotSize_GivesLetterAndSampleSize(int lot, char letter, int size)
    {
        var letterPlan = SampleSizeCodeLetters.For(lot, InspectionLevel.II);

        Assert.Equal(letter, letterPlan);
        Assert.Equal(size, SampleSizeCodeLetters.Letters[SampleSizeCodeLetters.IndexOf(letter)].SampleSize);
    }

    [Theory]
    [InlineData(5, InspectionLevel.I, 'A')]
    [InlineData(5, InspectionLevel.III, 'B')]
    [InlineData(1000, InspectionLevel.I, 'G')]
    [InlineData(1000, InspectionLevel.III, 'K')]
    [InlineData(600000, InspectionLevel.I, 'N')]
    [InlineData(600000, InspectionLevel.III, 'R')]
    public void For_OtherLevels_GiveTheirLetters(int lot, InspectionLevel level, char letter) =>
        Assert.Equal(letter, SampleSizeCodeLetters.For(lot, level));

    [Theory]
    [InlineData(1000, "1.0", 80, 2, 3)] // J, plain cell
    [InlineData(2000, "2.5", 125, 7, 8)] // K
    [InlineData(1000, "0.65", 80, 1, 2)] // J
    [InlineData(200, "1.0", 50, 1, 2)] // G points down to H
    [InlineData(120, "1.0", 13, 0, 1)] // F points up to E
    [InlineData(40, "1.0", 13, 0, 1)] // D points down to E
    [InlineData(1000, "0.065", 200, 0, 1)] // J points down to L
    [InlineData(20000, "0.065", 200, 0, 1)] // M points up to L
    [InlineData(20000, "6.5", 200, 21, 22)] // M points up to L
    [InlineData(600000, "0.10", 1250, 3, 4)] // Q, plain cell
    [InlineData(4000, "4.0", 200, 14, 15)] // L
    public void For_AqlCell_FollowsArrows(int lot, string aql, int size, int accept, int reject)
    {
        var plan = SamplingPlan.For(lot, decimal.Parse(aql, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((size, accept, reject), (plan.SampleSize, plan.Accept, plan.Reject));
        Assert.False(plan.FullInspection);
    }

    [Fact]
    public void For_SampleAsLargeAsLot_InspectsEveryUnit()
    {
        var plan = SamplingPlan.For(10, 0.065m);

        Assert.Equal(10, plan.SampleSize);
        Assert.True(plan.FullInspection);
        Assert.Equal((0, 1), (plan.Accept, plan.Reject));
    }

    [Fact]
    public void For_UnknownAql_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SamplingPlan.For(100, 0.3m));

    [Fact]
    public void For_EmptyLot_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SamplingPlan.For(0, 1.0m));
}
