using Dashboard.Web.Data;
using Dashboard.Web.Features.Reports;
using Dashboard.Web.Features.Access;

namespace Dashboard.Web.Features.Batches;

/// <summary>What the sample import did, for the overview to report.</summary>
public sealed record SampleImportResult(string Batch, int Stored, int Duplicates, IReadOnlyList<string> Refused);

/// <summary>
/// Imports the captures shipped in <c>data/samples</c> into one batch, so a new installation shows the
/// product working on real reports before any station is connected.
/// </summary>
public sealed partial class SampleImporter(
    IReportIngestor ingestor,
    CurrentActor actor,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<SampleImporter> logger)
{
    public const string BatchId = "SAMPLES";

    public string SamplesDirectory => Path.Combine(DataDirectory.Resolve(configuration, environment), "samples");

    public bool SamplesAvailable => Directory.Exists(SamplesDirectory)
        && Directory.EnumerateFiles(SamplesDirectory).Any();

    public async Task<SampleImportResult> ImportAsync(CancellationToken ct)
    {
        var submissions = new List<ReportSubmission>();
        foreach (var path in Directory.EnumerateFiles(SamplesDirectory).Order(StringComparer.Ordinal))
        {
            var content = await File.ReadAllBytesAsync(path, ct);
            var name = Path.GetFileName(path);
            submissions.Add(new(Path.GetFileNameWithoutExtension(name), BatchId, null, null, content, name)
            {
                SubmittedBy = actor.Name,
            });
        }

        var outcomes = await ingestor.IngestManyAsync(submissions, ct);
        var refused = outcomes.Where(o => o.Error is not null)
            .Select(o => $"{o.Submission.SourceName}: {o.Error}")
            .ToList();
        var result = new SampleImportResult(
            BatchId, outcomes.Count(o => o.Stored), outcomes.Count(o => o.Duplicate), refused);

        Log.SamplesImported(logger, result.Stored, result.Duplicates, refused.Count);

        return result;
    }

    private static partial class Log
    {
        [LoggerMessage(1101, LogLevel.Information,
            "Imported the sample reports: {StoredCount} stored, {DuplicateCount} duplicates, {RefusedCount} refused")]
        public static partial void SamplesImported(
            ILogger logger, int storedCount, int duplicateCount, int refusedCount);
    }
}
