using System.Text.Json.Serialization;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Allotments;
using Dashboard.Web.Features.Batches;
using Dashboard.Web.Features.Devices;
using Dashboard.Web.Features.Keys;
using Dashboard.Web.Features.PhoneActivation;
using Dashboard.Web.Features.Protection;
using Dashboard.Web.Features.Reports;

namespace Dashboard.Web.Api;

public static class ApiExtensions
{
    /// <summary>The largest body an API endpoint takes unless it sets its own limit (JSON edits are tiny).</summary>
    public const int MaxJsonBodyBytes = 64 * 1024;

    /// <summary>Problem details, the OpenAPI document, JSON as the parser writes it, and health checks.</summary>
    public static void AddDashboardApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // A parameter or body that cannot be read says which one and why (e.g. "abc" for a number).
            if (context.Exception is BadHttpRequestException refused)
            {
                BindingProblems.Describe(context.ProblemDetails, refused);
            }
        });

        // Binding failures raise the same exception in every environment, so they are answered alike.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddHealthChecks().AddDbContextCheck<DashboardDbContext>();
    }

    /// <summary>Answers API failures with problem details instead of the pages' HTML.</summary>
    public static void UseDashboardApi(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api =>
            {
                api.UseExceptionHandler(new ExceptionHandlerOptions
                {
                    StatusCodeSelector = exception => exception is BadHttpRequestException refused
                        ? refused.StatusCode
                        : StatusCodes.Status500InternalServerError,
                    SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
                });
                api.UseStatusCodePages();
            });
    }

    /// <summary>Maps <c>/api/v1</c>, <c>/openapi/v1.json</c> and <c>/health</c>.</summary>
    public static void MapDashboardApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .AddEndpointFilter<ApiExceptionFilter>()
            .RequireRateLimiting(StationRateLimit.Policy)
            .WithBodyLimit(MaxJsonBodyBytes)
            .WithTags("Dashboard");
        api.MapReportsApi();
        api.MapBatchesApi();
        api.MapDevicesApi();
        api.MapAllotmentsApi();
        api.MapKeysApi();
        api.MapPhoneActivationApi();

        // Unknown API paths answer as the API does, not with the pages' not-found page.
        app.Map("/api/{**path}", (string path, HttpContext context, EndpointDataSource endpoints) =>
                UnknownApiPath.Answer(context, endpoints, path))
            .RequireAuthorization(AccessPolicies.Read)
            .ExcludeFromDescription();

        app.MapOpenApi().RequireAuthorization(AccessPolicies.Read);
        // Load balancers and the crash test probe health without credentials; it tells nothing secret.
        app.MapHealthChecks("/health").AllowAnonymous();
    }
}
