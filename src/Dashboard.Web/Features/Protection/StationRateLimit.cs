using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Protection;

/// <summary>
/// One token bucket per station: per API key when the request carries one, else per client address,
/// so one misbehaving station slows down alone.
/// </summary>
public static class StationRateLimit
{
    /// <summary>The policy name; API groups opt in with <c>RequireRateLimiting(StationRateLimit.Policy)</c>.</summary>
    public const string Policy = "station";

    public const string ApiKeyHeader = "X-Api-Key";

    internal static void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = RejectAsync;
        options.AddPolicy(Policy, context =>
        {
            var limits = context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value;

            return RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), _ => new()
            {
                TokenLimit = limits.StationBurst,
                TokensPerPeriod = limits.StationRequestsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
    }

    // The key itself is a secret: partitions are named by its hash, so it is not kept in memory as text.
    private static string PartitionKey(HttpContext context)
    {
        var key = context.Request.Headers[ApiKeyHeader].ToString();

        return key.Length > 0
            ? "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"This station sent more than its share; send again in {seconds} s.",
            },
        });
    }
}
