using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace Dashboard.Web.Api;

/// <summary>
/// Answers a request no API endpoint took. Routing also ends here when an endpoint exists but refuses the
/// body's content type (it reads JSON), so that case is told apart: 415 saying what to send, not 404.
/// </summary>
internal static class UnknownApiPath
{
    public static ProblemHttpResult Answer(HttpContext context, EndpointDataSource endpoints, string path)
    {
        var request = context.Request;
        var wanted = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods
                .Contains(request.Method, StringComparer.OrdinalIgnoreCase) == true)
            .Where(endpoint => Matches(endpoint, request.Path))
            .Select(endpoint => endpoint.Metadata.GetMetadata<IAcceptsMetadata>())
            .FirstOrDefault(accepts => accepts is { ContentTypes.Count: > 0 });

        return wanted is null
            ? ApiProblems.NotFound($"There is no API at '/api/{path}'.")
            : ApiProblems.UnsupportedMediaType(
                $"Send the body as {string.Join(" or ", wanted.ContentTypes)} "
                    + $"(Content-Type: {wanted.ContentTypes[0]}); this request said "
                    + $"'{request.ContentType ?? "nothing"}'.");
    }

    private static bool Matches(RouteEndpoint endpoint, PathString path) =>
        endpoint.RoutePattern.RawText is { } template
        && !template.Contains("**", StringComparison.Ordinal)
        && new TemplateMatcher(TemplateParser.Parse(template), []).TryMatch(path, []);
}
