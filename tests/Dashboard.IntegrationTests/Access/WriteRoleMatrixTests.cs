using System.Net;
using System.Net.Http.Json;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Features.Access;

namespace Dashboard.IntegrationTests.Access;

/// <summary>
/// Who may change what through the API. An allowed call may still be refused for its content (400, 404,
/// 409); only 403 says the role was wrong.
/// </summary>
public sealed class WriteRoleMatrixTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    public static TheoryData<string, string, string> Writes => new()
    {
        { "POST", "/api/v1/keys", DashboardRoles.ProductionManager },
        { "PATCH", "/api/v1/keys/1", DashboardRoles.ProductionManager },
        { "POST", "/api/v1/keys/1/checkpoints", DashboardRoles.ProductionManager },
        { "DELETE", "/api/v1/keys/1/checkpoints/1", DashboardRoles.ProductionManager },
        { "PUT", "/api/v1/batches/B-ROLE", DashboardRoles.ProductionManager },
        { "PATCH", "/api/v1/batches/B-ROLE", DashboardRoles.ProductionManager },
        { "POST", "/api/v1/batches/B-ROLE/spot-checks", DashboardRoles.QA },
        { "PUT", "/api/v1/spot-checks/1/devices/SN-1", DashboardRoles.QA },
        { "POST", "/api/v1/batches/B-ROLE/readiness/waiver", DashboardRoles.QA },
        { "POST", "/api/v1/batches/B-ROLE/readiness/waiver", DashboardRoles.ProductionManager },
        { "POST", "/api/v1/phone-activations/1/claim", DashboardRoles.Operator },
        { "POST", "/api/v1/phone-activations/1/release", DashboardRoles.Operator },
        { "POST", "/api/v1/phone-activations/1/notes", DashboardRoles.Operator },
        { "POST", "/api/v1/phone-activations/1/confirmation", DashboardRoles.Operator },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_ByTheRoleItBelongsTo_IsNotForbidden(string method, string path, string role)
    {
        var client = await fixture.CreateClientForRolesAsync(role);

        var response = await SendAsync(client, method, path);

        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_ByAViewer_IsForbidden(string method, string path, string role)
    {
        _ = role;
        var client = await fixture.CreateClientForRolesAsync(DashboardRoles.Viewer);

        var response = await SendAsync(client, method, path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(DashboardRoles.Operator, "PUT", "/api/v1/batches/B-ROLE")]
    [InlineData(DashboardRoles.Operator, "POST", "/api/v1/keys")]
    [InlineData(DashboardRoles.Operator, "POST", "/api/v1/batches/B-ROLE/spot-checks")]
    [InlineData(DashboardRoles.Operator, "POST", "/api/v1/batches/B-ROLE/readiness/waiver")]
    [InlineData(DashboardRoles.QA, "PUT", "/api/v1/batches/B-ROLE")]
    [InlineData(DashboardRoles.QA, "PATCH", "/api/v1/keys/1")]
    [InlineData(DashboardRoles.QA, "DELETE", "/api/v1/keys/1/checkpoints/1")]
    [InlineData(DashboardRoles.Operator, "DELETE", "/api/v1/keys/1/checkpoints/1")]
    [InlineData(DashboardRoles.QA, "POST", "/api/v1/phone-activations/1/claim")]
    [InlineData(DashboardRoles.ProductionManager, "POST", "/api/v1/batches/B-ROLE/spot-checks")]
    [InlineData(DashboardRoles.ProductionManager, "POST", "/api/v1/phone-activations/1/confirmation")]
    public async Task Write_ByAnotherRole_IsForbidden(string role, string method, string path)
    {
        var client = await fixture.CreateClientForRolesAsync(role);

        var response = await SendAsync(client, method, path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Write_ByAStationKey_IsForbidden()
    {
        var station = fixture.CreateStationClient();

        var batch = await SendAsync(station, "PUT", "/api/v1/batches/B-ROLE");
        var claim = await SendAsync(station, "POST", "/api/v1/phone-activations/1/claim");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (batch.StatusCode, claim.StatusCode));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = JsonContent.Create(new { }),
        });
}
