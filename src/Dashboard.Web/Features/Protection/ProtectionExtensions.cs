using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Protection;

public static class ProtectionExtensions
{
    /// <summary>Body size limits, per-station rate limiting, and the options of the browser defences.</summary>
    public static void AddRequestProtection(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LimitsOptions>()
            .BindConfiguration(LimitsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<BrowserSecurityOptions>()
            .BindConfiguration(BrowserSecurityOptions.Section)
            .ValidateOnStart();

        builder.Services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelLimits>();
        builder.Services.AddRateLimiter(StationRateLimit.Configure);

        // Framing is decided per path by the security headers (the wall may be embedded, nothing else);
        // antiforgery's own blanket SAMEORIGIN header would contradict that on every page with a form.
        builder.Services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);
    }

    /// <summary>
    /// Security headers on every answer, then who is calling (authentication), so that live connections
    /// and the rate limiter can count per user and per station.
    /// </summary>
    public static void UseRequestProtection(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<LiveConnectionGuard>();
        app.UseRateLimiter();
    }

    private sealed class KestrelLimits(IOptions<LimitsOptions> limits) : IConfigureOptions<KestrelServerOptions>
    {
        public void Configure(KestrelServerOptions options) =>
            options.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
    }
}
