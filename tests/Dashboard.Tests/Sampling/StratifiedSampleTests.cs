using Dashboard.Core.Sampling;

namespace Dashboard.Tests.Sampling;

public sealed class StratifiedSampleTests
{
    private static List<SampleUnit> Units(params (string Station, int Count)[] stations) =>
        [.. stations.SelectMany(s =>
            Enumerable.Range(1, s.Count).Select(i => new SampleUnit($"{s.Station}-{i:D4}", s.Station)))];

    [Fact]
    public void Draw_SameSeed_DrawsSameDevices()
    {
        var units = Units(("line-1", 300), ("line-2", 200));

        var first = StratifiedSample.Draw(units, 50, 1234);
        var again = StratifiedSample.Draw(Enumerable.Reverse(units), 50, 1234);
        var other = StratifiedSample.Draw(units, 50, 4321);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(50, first.Distinct().Count());
    }

    [Fact]
    public void Draw_SpreadsProportionallyAcrossStations()
    {
        var units = Units(("line-1", 300), ("line-2", 150), ("line-3", 50));

        var drawn = StratifiedSample.Draw(units, 50, 7);

        Assert.Equal(30, drawn.Count(d => d.StartsWith("line-1", StringComparison.Ordinal)));
        Assert.Equal(15, drawn.Count(d => d.StartsWith("line-2", StringComparison.Ordinal)));
        Assert.Equal(5, drawn.Count(d => d.StartsWith("line-3", StringComparison.Ordinal)));
    }

    [Fact]
    public void Draw_SmallStation_GetsAtLeastOne()
    {
        var units = Units(("line-1", 990), ("line-2", 10));

        var drawn = StratifiedSample.Draw(units, 20, 7);

        Assert.Equal(20, drawn.Count);
        Assert.Contains(drawn, d => d.StartsWith("line-2", StringComparison.Ordinal));
    }

    [Fact]
    public void Allocate_MoreStationsThanSample_SumsToSample() =>
        Assert.Equal(2, StratifiedSample.Allocate([5, 5, 5], 2).Sum());
}
