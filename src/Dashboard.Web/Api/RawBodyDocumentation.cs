using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dashboard.Web.Api;

/// <summary>Documents a body read as raw bytes.</summary>
/// <remarks>
/// Declaring the body with <c>Accepts</c> would also make routing refuse other content types, and
/// stations send captures with whatever content type their tool picks.
/// </remarks>
internal static class RawBodyDocumentation
{
    public static Task DescribeAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The capture as the station wrote it, in any encoding; at most 256 KB.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["*/*"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            },
        };

        return Task.CompletedTask;
    }
}
