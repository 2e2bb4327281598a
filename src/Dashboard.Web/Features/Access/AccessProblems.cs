using Dashboard.Web.Features.Protection;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// The answers to a caller that is not let in (or is slowed down), saying what to do: problem details for
/// programs, a small page for browsers, plain text for anything else (see <see cref="RefusalFormats"/>).
/// </summary>
/// <remarks>
/// Every format is written here rather than left to <see cref="IProblemDetailsService.WriteAsync"/>, which
/// throws for a caller that does not accept JSON: a refusal must never become a 500 and a logged failure,
/// least of all for anonymous callers, who could otherwise flood the log.
/// </remarks>
internal static class AccessProblems
{
    public const string SignInRequired =
        "Sign in, or send a station API key in the X-Api-Key header.";

    public static Task WriteAsync(HttpContext context, int status, string detail) =>
        WriteAsync(context, status, status == StatusCodes.Status401Unauthorized ? "Not signed in." : "Not allowed.",
            detail);

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = status;
        switch (RefusalFormats.Choose(context.Request))
        {
            case RefusalFormat.ProblemJson:
                var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
                await WriteProblemAsync(context, problem);
                break;
            case RefusalFormat.Html:
                var wall = SecurityHeadersMiddleware.IsWall(context.Request.Path);
                var page = RefusalPage.Render(title.TrimEnd('.'), detail, NextStep(context, status), wall);
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync(page);
                break;
            default:
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync($"{title} {detail}\n");
                break;
        }
    }

    private static async Task WriteProblemAsync(HttpContext context, ProblemDetails problem)
    {
        var problems = context.RequestServices.GetService<IProblemDetailsService>();
        var written = new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem };
        if (problems is not null && await problems.TryWriteAsync(written))
        {
            return;
        }

        // A JSON type no writer claims (application/vnd.example+json): the same problem, written directly.
        await context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
    }

    // A wall's screen has no one to click; its message already says whom to ask.
    private static RefusalLink? NextStep(HttpContext context, int status) => status switch
    {
        _ when SecurityHeadersMiddleware.IsWall(context.Request.Path) => null,
        StatusCodes.Status401Unauthorized => new("/account/login", "Sign in"),
        StatusCodes.Status403Forbidden when context.User.IsDisplay() => new("/wall", "Back to the wall display"),
        StatusCodes.Status403Forbidden or StatusCodes.Status400BadRequest => new("/", "Back to the overview"),
        _ => null,
    };
}
