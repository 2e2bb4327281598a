using System.Security.Cryptography;
using Dashboard.Core.Parsing;
using Dashboard.Core.Sampling;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.QualityChecks;

/// <summary>Draws a batch's spot-check sample by ISO 2859-1 and records the plan and its seed.</summary>
public sealed partial class SpotCheckPlanner(
    IDbContextFactory<DashboardDbContext> dbFactory,
    IOptions<QualityChecksOptions> options,
    CurrentActor actor,
    AuditLog audit,
    TimeProvider clock,
    ILogger<SpotCheckPlanner> logger)
{
    public async Task<SpotCheckOutcome<SpotCheckCreated>> CreateAsync(
        string batchId, SpotCheckRequest request, CancellationToken ct)
    {
        // On the QA tablet the checker types their name; the audit entry also names the signed-in account.
        var drawnBy = Clean(actor.NameOr(request.By)) ?? "QA";
        if (drawnBy.Length > 100 || ProductKeyRedactor.ContainsKey(drawnBy))
        {
            return new(null, "by", "Name who draws the sample (up to 100 characters, no product key).");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var devices = await db.Devices.AsNoTracking().Where(d => d.BatchId == batchId)
            .Select(d => new { d.Serial, d.Station, d.Edition }).ToListAsync(ct);
        if (devices.Count == 0)
        {
            var shown = ProductKeyRedactor.Mask(batchId);

            return new(null, "batch", $"There is no batch '{shown}' with reported devices.", NotFound: true);
        }

        var edition = devices.GroupBy(d => d.Edition).MaxBy(g => g.Count())?.Key;
        var (plan, error) = PlanFor(devices.Count, request, edition);
        if (plan is null)
        {
            return new(null, error!.Value.Field, error.Value.Message);
        }

        var seed = request.Seed ?? RandomNumberGenerator.GetInt32(1, int.MaxValue);
        var units = devices.Select(d => new SampleUnit(d.Serial, d.Station));
        var drawn = StratifiedSample.Draw(units, plan.SampleSize, seed);
        var stations = devices.ToDictionary(d => d.Serial, d => d.Station);

        var check = new SpotCheck
        {
            BatchId = batchId,
            CreatedBy = drawnBy,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Seed = seed,
            Aql = plan.Aql,
            InspectionLevel = plan.Level,
            LotSize = plan.LotSize,
            SampleSize = plan.SampleSize,
            Accept = plan.Accept,
            Reject = plan.Reject,
            Items = [.. drawn.Select(s => new SpotCheckItem { DeviceSerial = s, Station = stations[s] })],
        };
        db.SpotChecks.Add(check);
        audit.Record(db, "spot-check.drawn", batchId, new AuditDetails().Add("sampleSize", check.SampleSize)
            .Add("lotSize", check.LotSize).Add("aql", check.Aql).Add("seed", seed).Add("by", drawnBy).ToString());
        await db.SaveChangesAsync(ct);

        Log.SampleDrawn(logger, batchId, check.Id, plan.SampleSize, plan.LotSize, seed);

        return new(new SpotCheckCreated(check.Id, check.SampleSize, check.Accept, check.Reject, seed, drawn,
            check.Aql, check.InspectionLevel.ToString(), check.LotSize));
    }

    private (SamplingPlan? Plan, (string Field, string Message)? Error) PlanFor(
        int lotSize, SpotCheckRequest request, string? edition)
    {
        var (aql, level) = options.Value.SamplingFor(edition);
        aql = request.Aql ?? aql;
        if (!SingleSamplingTable.IsSupported(aql))
        {
            return (null, ("aql", $"AQL must be one of {string.Join(", ", SingleSamplingTable.Aqls)}."));
        }

        // Enum parsing takes numbers too ("3"); only the level's name is a level.
        if (request.InspectionLevel is { } named
            && (!Enum.TryParse(named, ignoreCase: true, out level) || !Enum.IsDefined(level) || named.Any(char.IsDigit)))
        {
            return (null, ("inspectionLevel", "The inspection level must be I, II or III."));
        }

        if (request.Size is { } size && size < 1)
        {
            return (null, ("size", "The sample size must be at least 1."));
        }

        var plan = SamplingPlan.For(lotSize, aql, level);

        return (request.Size is { } asked ? WithSize(plan, asked) : plan, null);
    }

    /// <summary>
    /// A sample size chosen by hand takes Ac/Re from the smallest code letter that samples at least as many
    /// units (after the table's arrows), so a larger sample is never judged by a smaller plan's numbers.
    /// </summary>
    private static SamplingPlan WithSize(SamplingPlan plan, int size)
    {
        // Judged by the number actually drawn: asking for more devices than the batch has must not loosen Ac/Re.
        var drawn = Math.Min(size, plan.LotSize);
        var letter = SampleSizeCodeLetters.Letters.FirstOrDefault(l => l.SampleSize >= drawn).Letter;
        var (planLetter, accept, reject) = SingleSamplingTable.Lookup(letter == default ? 'R' : letter, plan.Aql);

        return plan with
        {
            PlanLetter = planLetter,
            SampleSize = drawn,
            Accept = accept,
            Reject = reject,
        };
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static partial class Log
    {
        [LoggerMessage(7001, LogLevel.Information,
            "Spot check {Id} of batch {Batch}: {SampleSize} of {LotSize} devices, seed {Seed}")]
        public static partial void SampleDrawn(
            ILogger logger, string batch, long id, int sampleSize, int lotSize, int seed);
    }
}
