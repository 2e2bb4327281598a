using BenchmarkDotNet.Attributes;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Benchmarks;

/// <summary>
/// The once-per-upgrade check of every stored text for product keys, on a database of
/// <see cref="StoredReports"/> reports in which there is nothing left to mask (the usual case).
/// </summary>
[Config(typeof(ThroughputConfig))]
public class ScrubBenchmarks
{
    public const int StoredReports = 10_000;

    private IngestHost? _host;
    private IDbContextFactory<DashboardDbContext> _factory = null!;

    public static Workload Workload => new(StoredReports, StoredBytes());

    [GlobalSetup]
    public async Task StartAsync()
    {
        _host = await IngestHost.StartAsync();
        _factory = _host.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        var samples = SampleCorpus.Files;
        var capturedAt = DateTimeOffset.UtcNow.AddHours(-1);
        for (var start = 0; start < StoredReports; start += 1_000)
        {
            var submissions = Enumerable.Range(start, 1_000)
                .Select(i => new ReportSubmission($"SCRUB-{i}", $"SCRUB-B{i % 10}", "bench", capturedAt,
                    samples[i % samples.Count]))
                .ToList();
            await _host.Ingestor.IngestManyAsync(submissions, CancellationToken.None);
        }
    }

    [GlobalCleanup]
    public Task StopAsync() => _host?.DisposeAsync().AsTask() ?? Task.CompletedTask;

    [Benchmark(Description = "Stored-key scrub, 10,000 stored reports")]
    public async Task<int> ScrubAsync()
    {
        var masked = await StoredKeyScrub.RunAsync(_factory, NullLogger.Instance, CancellationToken.None);

        // Nothing is left to mask: a count here would mean the guard let a key through on ingest.
        return masked == 0 ? StoredReports : throw new InvalidOperationException($"{masked} rows were masked.");
    }

    private static long StoredBytes()
    {
        var samples = SampleCorpus.Files;

        return Enumerable.Range(0, StoredReports).Sum(i => (long)samples[i % samples.Count].Length);
    }
}
