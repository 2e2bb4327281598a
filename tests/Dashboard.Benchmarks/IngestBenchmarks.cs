using BenchmarkDotNet.Attributes;
using Dashboard.Web.Features.Reports;

namespace Dashboard.Benchmarks;

/// <summary>
/// Ingest throughput into SQLite through the web app's own service registrations, on a temporary
/// database file. Every operation stores <see cref="ReportsPerOperation"/> reports for new devices,
/// so nothing is skipped as a duplicate and the database grows as it would on a factory floor.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class IngestBenchmarks
{
    public const int ReportsPerOperation = 1_000;
    private const int Batches = 10;

    private IngestHost? _host;
    private IReportIngestor _ingestor = null!;
    private int _operation;

    public static Workload Workload => new(ReportsPerOperation, BytesPerOperation());

    [GlobalSetup]
    public async Task StartAsync()
    {
        _host = await IngestHost.StartAsync();
        _ingestor = _host.Ingestor;
    }

    [GlobalCleanup]
    public Task StopAsync() => _host?.DisposeAsync().AsTask() ?? Task.CompletedTask;

    [Benchmark(Description = "IngestManyAsync, 1,000 reports in one call")]
    public async Task<int> IngestManyAsync()
    {
        var outcomes = await _ingestor.IngestManyAsync(NextSubmissions(), CancellationToken.None);

        return EnsureAllStored(outcomes);
    }

    [Benchmark(Description = "IngestAsync, 1,000 concurrent callers")]
    public async Task<int> IngestConcurrentlyAsync()
    {
        var calls = NextSubmissions().Select(submission => _ingestor.IngestAsync(submission, CancellationToken.None));

        return EnsureAllStored(await Task.WhenAll(calls));
    }

    private List<ReportSubmission> NextSubmissions()
    {
        var operation = Interlocked.Increment(ref _operation);
        var samples = SampleCorpus.Files;
        var capturedAt = DateTimeOffset.UtcNow.AddHours(-1);

        return Enumerable.Range(0, ReportsPerOperation)
            .Select(i => new ReportSubmission(
                Serial: $"BENCH-{operation}-{i}",
                Batch: $"BENCH-B{i % Batches}",
                Station: "bench",
                CapturedAt: capturedAt,
                Content: samples[i % samples.Count]))
            .ToList();
    }

    // A benchmark that silently refused its input would report a flattering, meaningless figure.
    private static int EnsureAllStored(IReadOnlyList<IngestOutcome> outcomes)
    {
        var refused = outcomes.FirstOrDefault(outcome => !outcome.Stored);

        return refused is null
            ? outcomes.Count
            : throw new InvalidOperationException($"A report was not stored: {refused.Error ?? "duplicate"}");
    }

    private static long BytesPerOperation()
    {
        var samples = SampleCorpus.Files;

        return Enumerable.Range(0, ReportsPerOperation).Sum(i => (long)samples[i % samples.Count].Length);
    }
}
