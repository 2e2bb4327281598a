using System.Net;
using System.Net.Http.Json;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.IntegrationTests.Access;

/// <summary>Each role through the API: one representative request per policy, allowed or refused with 403.</summary>
public sealed class RoleMatrixTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private const string Admin = DashboardRoles.Admin;
    private const string Manager = DashboardRoles.ProductionManager;
    private const string QA = DashboardRoles.QA;
    private const string Operator = DashboardRoles.Operator;
    private const string Viewer = DashboardRoles.Viewer;

    // Policy, request, and the roles it allows; every other role must get 403.
    private static readonly (string Policy, string Method, string Path, string[] Allowed)[] s_matrix =
    [
        (AccessPolicies.Read, "GET", "/api/v1/batches", [Admin, Manager, QA, Operator, Viewer]),
        (AccessPolicies.ManageBatches, "PUT", "/api/v1/batches/role-matrix", [Admin, Manager]),
        (AccessPolicies.ManageAllotments, "POST", "/api/v1/keys", [Admin, Manager]),
        (AccessPolicies.ManageAllotments, "POST", "/api/v1/keys/1/checkpoints", [Admin, Manager]),
        (AccessPolicies.SpotChecks, "POST", "/api/v1/batches/role-matrix/spot-checks", [Admin, QA]),
        (AccessPolicies.WaiveReadiness, "POST", "/api/v1/batches/role-matrix/readiness/waiver", [Admin, QA, Manager]),
        (AccessPolicies.PhoneQueue, "POST", "/api/v1/phone-activations/1/claim", [Admin, Operator]),
        (AccessPolicies.Ingest, "POST", "/api/v1/reports?serial=role-matrix&batch=role-matrix", [Admin, Manager]),
    ];

    public static TheoryData<string> Roles => [.. DashboardRoles.All];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Api_Role_AllowedExactlyWhatItsPoliciesGrant(string role)
    {
        var client = await fixture.CreateClientForRolesAsync(role);

        var wrong = new List<string>();
        foreach (var (policy, method, path, allowed) in s_matrix)
        {
            var status = (await client.SendAsync(Request(method, path))).StatusCode;
            var expectAllowed = allowed.Contains(role);
            var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
            if (expectAllowed == refused || (!expectAllowed && status != HttpStatusCode.Forbidden))
            {
                wrong.Add($"{policy}: {method} {path} answered {(int)status}, expected {(expectAllowed ? "allowed" : "403")}");
            }
        }

        Assert.True(wrong.Count == 0, $"{role}: " + string.Join("; ", wrong));
    }

    [Fact]
    public async Task Pages_PersonWithoutRole_SentToNotAllowedPage()
    {
        var client = await fixture.CreateClientForRolesAsync();
        var noRedirects = fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .AsAnonymous();
        noRedirects.DefaultRequestHeaders.Add("Cookie", client.DefaultRequestHeaders.GetValues("Cookie"));

        var overview = await noRedirects.GetAsync("/");
        var denied = await noRedirects.GetAsync("/account/access-denied");

        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
        Assert.Equal("/account/access-denied", overview.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, denied.StatusCode);
        Assert.Contains("Not allowed", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Viewer, "/upload", false)]
    [InlineData(Manager, "/upload", true)]
    [InlineData(Viewer, "/", true)]
    [InlineData(Operator, "/batches/role-matrix/spot-check", false)]
    [InlineData(QA, "/batches/role-matrix/spot-check", true)]
    public async Task Pages_Role_OpensOnlyItsPages(string role, string path, bool opens)
    {
        var client = await fixture.CreateClientForRolesAsync(role);

        // The page's own answer may be 404 (no batch of that name): what matters is whether the role opened it.
        var page = await (await client.GetAsync(path)).Content.ReadAsStringAsync();

        Assert.Equal(!opens, page.Contains("Your roles do not open this page", StringComparison.Ordinal));
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "GET" ? null : JsonContent.Create(new { }),
    };
}
