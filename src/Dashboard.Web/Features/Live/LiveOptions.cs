using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.Live;

/// <summary>Live updates: how often a page may refresh, and the Redis server that links app instances.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>
    /// The least time between two refreshes of one page, in milliseconds; changes in between are merged.
    /// </summary>
    /// <value>Defaults to 300.</value>
    [Range(50, 10_000)]
    public int RefreshIntervalMilliseconds { get; set; } = 300;

    /// <summary>
    /// A StackExchange.Redis connection string (<c>host:port</c>); when set, hub clients and pages on every
    /// app instance sharing it hear of reports stored on any of them. <c>ConnectionStrings:Redis</c> is
    /// read when this is empty.
    /// </summary>
    /// <value>Defaults to none: one instance.</value>
    public string? Redis { get; set; }

    public TimeSpan RefreshInterval => TimeSpan.FromMilliseconds(RefreshIntervalMilliseconds);
}
