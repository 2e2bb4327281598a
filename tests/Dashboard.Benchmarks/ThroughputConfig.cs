using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Dashboard.Benchmarks;

/// <summary>A short run (enough for figures to compare, not for publication) with throughput columns.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddJob(Job.ShortRun);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(ThroughputColumn.ReportsPerSecond, ThroughputColumn.MegabytesPerSecond);
    }
}
