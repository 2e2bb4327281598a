using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Access;

/// <summary>One endpoint of the running host, with an address that reaches it and the methods it answers.</summary>
public sealed record ProbedEndpoint(RouteEndpoint Endpoint, string Pattern, string Url, IReadOnlyList<string> Methods)
{
    public bool IsStaticAsset => Endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    public bool AllowsAnonymous => Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    public bool StatesAccess => AllowsAnonymous || Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;

    public bool IsPage => Endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    /// <summary>Paths where machines call: refusals are 401/403 problem details, never a sign-in redirect.</summary>
    public bool IsMachinePath => Url.StartsWith("/api/", StringComparison.Ordinal) || Url == "/api"
        || Url.StartsWith("/hubs/", StringComparison.Ordinal) || Url.StartsWith("/openapi/", StringComparison.Ordinal)
        || Url.StartsWith("/_blazor", StringComparison.Ordinal);

    public override string ToString() => $"{string.Join(",", Methods)} {Pattern} ({Url})";
}

/// <summary>
/// Every route endpoint the host maps (pages, API, hubs, exports, OpenAPI, the framework's own), read from
/// its <see cref="EndpointDataSource"/> so that an endpoint added later is probed without editing a list.
/// </summary>
public static class EndpointCatalog
{
    // Endpoints that name no methods (hubs, catch-alls) are probed with the two a client would use.
    private static readonly string[] s_defaultMethods = ["GET", "POST"];

    public static IReadOnlyList<ProbedEndpoint> Read(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true)
            .Select(endpoint => new ProbedEndpoint(
                endpoint, endpoint.RoutePattern.RawText ?? "", SampleUrl(endpoint.RoutePattern), Methods(endpoint)))];

    private static IReadOnlyList<string> Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods
            ? [.. methods.Where(method => method != "HEAD")]
            : s_defaultMethods;

    private static string SampleUrl(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(Sample))));

    private static string Sample(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => SampleValue(parameter),
        _ => throw new InvalidOperationException($"Unknown route pattern part {part.GetType().Name}."),
    };

    // Values every constraint accepts, so the request reaches the endpoint rather than a 404.
    private static string SampleValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(policy => policy.Content).ToList();
        if (constraints.Contains("int") || constraints.Contains("long"))
        {
            return "1";
        }

        if (constraints.Contains("file"))
        {
            return "sample.txt";
        }

        return parameter.Name == "documentName" ? "v1" : "sample";
    }
}
