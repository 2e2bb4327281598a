using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Access;

/// <summary>People, keys and audit entries for the audit and role tests.</summary>
internal static class AuditScenario
{
    /// <summary>A client signed in as a new person with <paramref name="roles"/>, and their user name.</summary>
    public static async Task<(HttpClient Client, string Name)> PersonAsync(
        this DashboardFactory factory, params string[] roles)
    {
        var email = $"{string.Join("-", roles).ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..12]}@dashboard.test";
        const string password = "Audit-Password-42";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync(email, password, roles, CancellationToken.None);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(error => error.Description)));
        }

        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", await factory.SignInAsync(email, password));

        return (client, email);
    }

    /// <summary>Registers a key as the admin; its id and partial key.</summary>
    public static async Task<(int Id, string Partial)> RegisterKeyAsync(this DashboardFactory factory)
    {
        var partial = NewPartialKey();
        var created = await factory.CreateClient().PostAsJsonAsync("/api/v1/keys",
            new { label = "Audit " + partial, partialProductKey = partial, allotment = 1000 });
        created.EnsureSuccessStatusCode();

        return ((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32(), partial);
    }

    /// <summary>The entries about <paramref name="target"/>, oldest first.</summary>
    public static async Task<List<AuditEntry>> AuditAsync(this DashboardFactory factory, string target)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider
            .GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();

        return await db.AuditLog.Where(e => e.Target == target).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>A principal as the sign-in cookie carries a person, for calling services directly.</summary>
    public static ClaimsPrincipal Person(string name, params string[] roles) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), .. roles.Select(role => new Claim(ClaimTypes.Role, role))],
            "Test"));

    /// <summary>Five characters no other test registers, never a full key.</summary>
    public static string NewPartialKey() => Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
}
