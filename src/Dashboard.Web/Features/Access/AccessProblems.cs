namespace Dashboard.Web.Features.Access;

/// <summary>The answers to a caller that is not let in, as problem details that say what to do.</summary>
internal static class AccessProblems
{
    public const string SignInRequired =
        "Sign in, or send a station API key in the X-Api-Key header.";

    public static Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();

        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status401Unauthorized ? "Not signed in." : "Not allowed.",
                Detail = detail,
            },
        }).AsTask();
    }
}
