using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dashboard.Benchmarks;

/// <summary>Turns the mean time per operation into reports per second or megabytes per second.</summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly Func<Workload, double> _amount;

    private ThroughputColumn(string name, string legend, Func<Workload, double> amount)
    {
        ColumnName = name;
        Legend = legend;
        _amount = amount;
    }

    public static ThroughputColumn ReportsPerSecond { get; } =
        new("Reports/s", "Captures handled per second at the mean time", workload => workload.Reports);

    public static ThroughputColumn MegabytesPerSecond { get; } =
        new("MB/s", "Raw capture megabytes (10^6 bytes) handled per second at the mean time",
            workload => workload.Bytes / 1_000_000.0);

    public string Id => nameof(ThroughputColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var workload = Workload.Of(benchmarkCase.Descriptor.Type);
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (workload is null || meanNanoseconds is not > 0)
        {
            return "-";
        }

        var perSecond = _amount(workload) / (meanNanoseconds.Value / 1e9);

        return perSecond.ToString(perSecond >= 100 ? "N0" : "N2", style.CultureInfo);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
