namespace Dashboard.Web.Api;

/// <summary>Turns an unexpected failure in an API handler into a 500 problem.</summary>
/// <remarks>
/// The pages install an exception handler that re-renders an HTML error page; API callers need
/// problem details instead, so API failures are answered here, before that handler sees them.
/// </remarks>
internal sealed partial class ApiExceptionFilter(ILogger<ApiExceptionFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (BadHttpRequestException exception)
        {
            // The server refused the body itself (too large, cut short): say so with its status, not 500.
            return TypedResults.Problem(
                statusCode: exception.StatusCode,
                title: "The request body was refused.",
                detail: exception.Message);
        }
        catch (Exception exception) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, context.HttpContext.Request.Method, context.HttpContext.Request.Path, exception);

            return TypedResults.Problem(
                statusCode: StatusCodes.Status500InternalServerError,
                title: "The dashboard could not complete the request.",
                detail: "The server log has the details. Sending a report again is safe: duplicates are recognised.");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(4001, LogLevel.Error, "API request {Method} {Path} failed")]
        public static partial void HandlerFailed(ILogger logger, string method, string path, Exception exception);
    }
}
