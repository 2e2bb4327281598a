using Microsoft.AspNetCore.Http.Metadata;

namespace Dashboard.Web.Features.Protection;

/// <summary>An endpoint's own request body limit, below the server-wide one.</summary>
internal sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

public static class BodyLimitExtensions
{
    /// <summary>Refuses bodies longer than <paramref name="bytes"/> on these endpoints with 413.</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(bytes));
}
