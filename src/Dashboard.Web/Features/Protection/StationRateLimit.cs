using System.Globalization;
using System.Threading.RateLimiting;
using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Protection;

/// <summary>
/// One token bucket per station: per API key when the request signed in with one, per person, else per
/// client address, so one misbehaving station slows down alone.
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

    // Authentication has run: a station counts by its key's record, a person by name; callers that did not
    // sign in (or sent a key that is not valid) share their address's bucket, however many keys they invent.
    private static string PartitionKey(HttpContext context)
    {
        var user = context.User;
        if (user.CredentialId() is { } credential)
        {
            return "credential:" + credential.ToString(CultureInfo.InvariantCulture);
        }

        return user.Identity is { IsAuthenticated: true, Name: { } name }
            ? "user:" + name
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        await AccessProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many requests.",
            $"This station sent more than its share; send again in {seconds} s.");
    }
}
