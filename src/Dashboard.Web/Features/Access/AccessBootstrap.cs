using Dashboard.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// On start: the roles, then whatever configuration provides (the first admin, a station key, a display
/// token); with no user and no configured admin, a one-time setup code for <c>/setup</c>, shown in the log.
/// </summary>
internal static partial class AccessBootstrap
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var options = provider.GetRequiredService<IOptions<AccessOptions>>().Value;
        var logger = provider.GetRequiredService<ILogger<SetupCode>>();

        await EnsureRolesAsync(provider.GetRequiredService<RoleManager<IdentityRole>>());
        await EnsureCredentialsAsync(provider.GetRequiredService<CredentialService>(), options, ct);

        if (await provider.GetRequiredService<UserManager<IdentityUser>>().Users.AnyAsync(ct))
        {
            return;
        }

        if (options.BootstrapAdminEmail is { Length: > 0 } email)
        {
            await CreateAdminAsync(provider.GetRequiredService<UserAccounts>(), email, options, ct);
            Log.AdminCreated(logger, email);

            return;
        }

        var code = provider.GetRequiredService<SetupCode>().Open();
        Log.SetupOpen(logger, code);
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in DashboardRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private static async Task EnsureCredentialsAsync(
        CredentialService credentials, AccessOptions options, CancellationToken ct)
    {
        if (options.BootstrapStationKey is { Length: > 0 } key)
        {
            await credentials.EnsureAsync(CredentialKind.Station, "Bootstrap station key", key, ct);
        }

        if (options.BootstrapDisplayToken is { Length: > 0 } token)
        {
            await credentials.EnsureAsync(CredentialKind.Display, "Bootstrap display token", token, ct);
        }
    }

    private static async Task CreateAdminAsync(
        UserAccounts accounts, string email, AccessOptions options, CancellationToken ct)
    {
        var created = await accounts.CreateAsync(email, options.BootstrapAdminPassword ?? "", [DashboardRoles.Admin], ct);
        if (!created.Succeeded)
        {
            var reasons = string.Join(" ", created.Errors.Select(error => error.Description));
            throw new InvalidOperationException(
                $"Security:BootstrapAdminEmail and Security:BootstrapAdminPassword could not create the first admin: {reasons}");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(6001, LogLevel.Information, "Created the first admin, {Email}, from configuration")]
        public static partial void AdminCreated(ILogger logger, string email);

        [LoggerMessage(6002, LogLevel.Warning,
            "No admin yet. Open /setup in a browser and enter the one-time setup code {Code}")]
        public static partial void SetupOpen(ILogger logger, string code);
    }
}
