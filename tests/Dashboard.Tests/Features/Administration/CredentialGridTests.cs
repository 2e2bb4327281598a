using Bunit;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Administration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Tests.Features.Administration;

public sealed class CredentialGridTests : PageTest
{
    private static readonly DateTime s_now = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase _database = new();

    public CredentialGridTests()
    {
        this.AddDashboardTestServices(_database);
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(s_now));
    }

    protected override ValueTask DisposeAsyncCore()
    {
        _database.Dispose();

        return base.DisposeAsyncCore();
    }

    [Fact]
    public void Render_StationKeys_ShowHintScopesLastUseAndStatus()
    {
        CredentialView[] keys =
        [
            Key(1, "line-1", "abcd", CredentialScopes.All, lastUsed: s_now.AddMinutes(-5)),
            Key(2, "line-2", "wxyz", CredentialScopes.Ingest, revoked: s_now.AddDays(-1)),
        ];

        var cut = Render<CredentialGrid>(ps => ps
            .Add(p => p.Kind, CredentialKind.Station)
            .Add(p => p.Items, keys));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal("…abcd", rows[0].QuerySelector(".credential-hint")!.TextContent);
        Assert.Equal(["ingest", "read"], rows[0].QuerySelectorAll(".scope-chip").Select(c => c.TextContent.Trim()));
        Assert.Equal("5 minutes ago", rows[0].QuerySelector(".last-used")!.TextContent);
        Assert.Contains("2026-12-03 11:55 UTC", rows[0].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rows[0].QuerySelector(".credential-active"));
        Assert.NotNull(rows[0].QuerySelector(".revoke-credential"));
        Assert.Equal("never", rows[1].QuerySelector(".last-used")!.TextContent);
        Assert.Contains("Revoked", rows[1].QuerySelector(".credential-revoked")!.TextContent, StringComparison.Ordinal);
        Assert.Null(rows[1].QuerySelector(".revoke-credential"));
    }

    [Fact]
    public void Render_DisplayTokens_HaveNoScopesColumn()
    {
        var cut = Render<CredentialGrid>(ps => ps
            .Add(p => p.Kind, CredentialKind.Display)
            .Add(p => p.Items, [Key(3, "hall B", "q1w2", CredentialScopes.None)]));

        Assert.DoesNotContain("Scopes", cut.Find("thead").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".scope-chip"));
    }

    private static CredentialView Key(
        int id, string name, string hint, CredentialScopes scopes,
        DateTime? lastUsed = null, DateTime? revoked = null) =>
        new(id, CredentialKind.Station, name, hint, scopes, s_now.AddDays(-3), "admin@x.test", lastUsed, revoked,
            revoked is null ? null : "admin@x.test");
}
