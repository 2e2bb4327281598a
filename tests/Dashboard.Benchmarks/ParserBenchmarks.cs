using BenchmarkDotNet.Attributes;
using Dashboard.Core.Parsing;

namespace Dashboard.Benchmarks;

/// <summary>Parser throughput: one operation decodes and parses every sample capture once.</summary>
[Config(typeof(ThroughputConfig))]
public class ParserBenchmarks
{
    private IReadOnlyList<byte[]> _samples = [];

    public static Workload Workload => new(SampleCorpus.Files.Count, SampleCorpus.TotalBytes);

    [GlobalSetup]
    public void LoadSamples() => _samples = SampleCorpus.Files;

    [Benchmark(Description = "Parse the sample corpus")]
    public int ParseCorpus()
    {
        var products = 0;
        foreach (var sample in _samples)
        {
            products += ReportParser.Parse(sample).Products.Count;
        }

        return products;
    }
}
