using Dashboard.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;

namespace Dashboard.Web.Features.Access;

public static class AccessExtensions
{
    /// <summary>Identity for people, keys for stations, tokens for walls, the policies, and the audit log.</summary>
    public static void AddDashboardAccess(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccessOptions>()
            .BindConfiguration(AccessOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddDataProtection().SetApplicationName("Dashboard").PersistKeysToDbContext<DashboardDbContext>();
        services.AddIdentity<IdentityUser, IdentityRole>(ConfigureIdentity)
            .AddEntityFrameworkStores<DashboardDbContext>();
        services.ConfigureApplicationCookie(ConfigureUserCookie);
        // The claims of a session (its roles) are read again every minute, not every half hour; whether the
        // session still stands at all is checked on every request (SessionStamps).
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = TimeSpan.FromMinutes(1));

        AddSchemes(services);
        services.AddAuthorizationBuilder().AddDashboardPolicies();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAccessStateProvider>();

        services.AddHttpContextAccessor();
        services.AddSingleton<CredentialLookup>();
        services.AddSingleton<SetupCode>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<CircuitHandler, ActorCircuitHandler>();
        services.AddScoped<CircuitConnection>();
        services.AddScoped<CircuitHandler, CircuitConnectionHandler>();
        services.AddScoped<AuditLog>();
        services.AddScoped<CredentialService>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<PasswordSignIn>();
    }

    /// <summary>
    /// Creates the roles and what configuration provides; opens <c>/setup</c> when no one can sign in.
    /// </summary>
    public static Task BootstrapDashboardAccessAsync(this WebApplication app) => AccessBootstrap.RunAsync(app.Services);

    /// <summary>Maps sign-out; the sign-in and setup pages are components.</summary>
    /// <remarks>
    /// Sign-out states its policy like every endpoint (any signed-in caller, whatever their roles), so that
    /// a test can tell an endpoint left without one from this.
    /// </remarks>
    public static void MapDashboardAccess(this WebApplication app) =>
        app.MapPost("/account/logout", SignOutAsync)
            .RequireAuthorization()
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();

    private static AuthorizationBuilder AddDashboardPolicies(this AuthorizationBuilder policies)
    {
        AccessPolicies.Add(policies);

        return policies;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        // Long passwords rather than symbol rules: people on a factory floor pick phrases they can type.
        options.Password.RequiredLength = 12;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = true;
    }

    private static void ConfigureUserCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = AccessSchemes.UserCookieName;
        options.LoginPath = "/account/login";
        options.AccessDeniedPath = "/account/access-denied";
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        options.SlidingExpiration = true;

        var refreshClaims = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = context =>
            SessionStamps.ValidateAsync(context, () => refreshClaims(context));

        var redirectToLogin = options.Events.OnRedirectToLogin;
        var redirectToDenied = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToLogin = context => AccessSchemes.IsMachinePath(context.Request.Path)
            ? AccessProblems.WriteAsync(
                context.HttpContext, StatusCodes.Status401Unauthorized, AccessProblems.SignInRequired)
            : redirectToLogin(context);
        options.Events.OnRedirectToAccessDenied = context => AccessSchemes.IsMachinePath(context.Request.Path)
            ? AccessProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden,
                "Your roles do not allow this request.")
            : redirectToDenied(context);
    }

    private static void AddSchemes(IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = AccessSchemes.Selector;
                options.DefaultAuthenticateScheme = AccessSchemes.Selector;
                options.DefaultChallengeScheme = AccessSchemes.Selector;
                options.DefaultForbidScheme = AccessSchemes.Selector;
            })
            .AddPolicyScheme(AccessSchemes.Selector, "Person, station or display",
                options => options.ForwardDefaultSelector = AccessSchemes.Select)
            .AddScheme<AuthenticationSchemeOptions, StationKeyHandler>(AccessSchemes.StationKey, null)
            .AddScheme<AuthenticationSchemeOptions, DisplayTokenHandler>(AccessSchemes.DisplayToken, null)
            .AddCookie(AccessSchemes.DisplayCookie, ConfigureDisplayCookie);
    }

    private static void ConfigureDisplayCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = AccessSchemes.DisplayCookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        // A wall runs for days; its token never expires by itself, so neither does this cookie while in use.
        options.ExpireTimeSpan = TimeSpan.FromDays(400);
        options.SlidingExpiration = true;
        options.Events.OnValidatePrincipal = async context =>
        {
            var lookup = context.HttpContext.RequestServices.GetRequiredService<CredentialLookup>();
            if (context.Principal?.CredentialId() is not { } id
                || !await lookup.IsActiveAsync(id, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(AccessSchemes.DisplayCookie);
            }
        };
        options.Events.OnRedirectToLogin = context => AccessProblems.WriteAsync(context.HttpContext,
            StatusCodes.Status401Unauthorized, DisplayTokenHandler.RefusedTitle, DisplayTokenHandler.Refused);
        options.Events.OnRedirectToAccessDenied = context => AccessProblems.WriteAsync(
            context.HttpContext, StatusCodes.Status403Forbidden, DisplayTokenHandler.WallOnly);
    }

    // Anyone may end their own session, even one whose roles were all taken away. The endpoint's antiforgery
    // metadata only has a posted form's token checked (the verdict is a request feature); refusing a request
    // without a valid token is the endpoint's own job, as it binds no form.
    private static async Task<IResult> SignOutAsync(
        SignInManager<IdentityUser> signIn, IAntiforgery antiforgery, HttpContext context)
    {
        var formChecked = context.Features.Get<IAntiforgeryValidationFeature>();
        if (!(formChecked?.IsValid ?? await antiforgery.IsRequestValidAsync(context)))
        {
            await AccessProblems.WriteAsync(context, StatusCodes.Status400BadRequest, "Not signed out.",
                "The sign-out form has expired or did not come from this dashboard. "
                + "Reload the page and sign out again.");

            return Results.Empty;
        }

        // A new security stamp refuses this session's cookie from now on, a copy of it included, and with it
        // the person's sessions on their other devices.
        if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        await context.SignOutAsync(AccessSchemes.DisplayCookie);

        return TypedResults.LocalRedirect("/account/login");
    }
}
