using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dashboard.IntegrationTests.Api;

public sealed class KeysApiTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    [Fact]
    public async Task PostKey_Valid_Answers201WithIdAndGetFindsIt()
    {
        var response = await fixture.CreateClient().PostAsJsonAsync("/api/v1/keys",
            new { label = "LTSC line 1", partialProductKey = "ab1cd", allotment = 500, leadTimeDays = 21 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var key = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = key.GetProperty("id").GetInt32();
        Assert.Equal("AB1CD", key.GetProperty("partialProductKey").GetString());
        var found = await fixture.GetJsonAsync($"/api/v1/keys/{id}");
        Assert.Equal("LTSC line 1", found.GetProperty("label").GetString());
        var list = await fixture.GetJsonAsync("/api/v1/keys");
        Assert.Contains(list.EnumerateArray(), k => k.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task PatchKey_LeadTime_ChangesItAndKeepsThePartialKey()
    {
        var client = fixture.CreateClient();
        var created = await (await client.PostAsJsonAsync("/api/v1/keys",
            new { label = "Patch me", partialProductKey = "P4TCH", allotment = 100, leadTimeDays = 30 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();

        var patched = await client.PatchAsJsonAsync($"/api/v1/keys/{id}", new { leadTimeDays = 60 });
        var renamed = await client.PatchAsJsonAsync($"/api/v1/keys/{id}", new { partialProductKey = "QQ7QQ" });
        var missing = await client.PatchAsJsonAsync("/api/v1/keys/999999", new { leadTimeDays = 5 });

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(
            60,
            (await patched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadTimeDays").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Patch me", (await fixture.GetJsonAsync($"/api/v1/keys/{id}")).GetProperty("label").GetString());
    }

    [Fact]
    public async Task GetDevice_FullKeyAsSerial_DoesNotEchoTheKey()
    {
        var answer = await fixture.CreateClient().GetAsync("/api/v1/devices/7XKQH-2B9WD-VMH3C-PT8RG-7Q2WT");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.DoesNotContain("2B9WD", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("partialProductKey")]
    [InlineData("label")]
    [InlineData("notes")]
    public async Task PostKey_FullKeyInAnyField_Is400AndNotEchoedNorStored(string field)
    {
        const string fullKey = "M7XTQ-FN8P6-TTKYV-9D4CC-J462D";
        var body = new Dictionary<string, object>
        {
            ["label"] = "x",
            ["partialProductKey"] = "J462D",
            ["allotment"] = 10,
            [field] = fullKey,
        };

        var response = await fixture.CreateClient().PostAsJsonAsync("/api/v1/keys", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("full product key", text, StringComparison.Ordinal);
        Assert.DoesNotContain("M7XTQ", text, StringComparison.Ordinal);
        var list = await fixture.GetJsonAsync("/api/v1/keys");
        Assert.DoesNotContain(list.EnumerateArray(), k => k.GetProperty("partialProductKey").GetString() == "J462D");
    }

    [Fact]
    public async Task PostKey_Duplicate_Is409()
    {
        var body = new { label = "dup", partialProductKey = "DUP99", allotment = 5 };
        await fixture.CreateClient().PostAsJsonAsync("/api/v1/keys", body);

        var again = await fixture.CreateClient().PostAsJsonAsync("/api/v1/keys", body);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task PostKey_BadFields_Is400NamingEachField()
    {
        var response = await fixture.CreateClient().PostAsJsonAsync("/api/v1/keys",
            new { label = "", partialProductKey = "ABC", allotment = 0 });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("label", out _));
        Assert.True(errors.TryGetProperty("partialProductKey", out _));
        Assert.True(errors.TryGetProperty("allotment", out _));
    }

    [Theory]
    [InlineData("ABC", "got 3 characters")]
    [InlineData("<scr>", "'<' is neither")]
    [InlineData("AB CD", "' ' is neither")]
    public async Task PostKey_PartialKeyNotFiveLettersOrDigits_SaysWhatIsWrongWithIt(string partial, string problem)
    {
        var response = await fixture.CreateClient().PostAsJsonAsync("/api/v1/keys",
            new { label = "Odd", partialProductKey = partial, allotment = 10 });

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.EndsWith(problem, errors.GetProperty("partialProductKey")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpectedKey_SetOnBatch_RetriagesItsDevicesAndKeepsCountsExact()
    {
        var batch = DashboardApiFixture.UniqueName("exp");
        await fixture.CreateClient().PostAsJsonAsync("/api/v1/keys",
            new { label = "Sample key", partialProductKey = "RCDNK", allotment = 100 });
        var other = await (await fixture.CreateClient().PostAsJsonAsync("/api/v1/keys",
            new { label = "Other key", partialProductKey = "OTH22", allotment = 100 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        await fixture.PostSampleAsync("002", DashboardApiFixture.UniqueName("d"), batch);
        var before = await fixture.GetJsonAsync($"/api/v1/batches/{batch}");
        Assert.Equal(1, before.GetProperty("states").GetProperty("RetryOnline").GetInt32());

        var patch = await fixture.CreateClient().PatchAsJsonAsync($"/api/v1/batches/{batch}",
            new { expectedKeyId = other.GetProperty("id").GetInt32() });

        patch.EnsureSuccessStatusCode();
        var after = await fixture.GetJsonAsync($"/api/v1/batches/{batch}");
        Assert.Equal(0, after.GetProperty("states").GetProperty("RetryOnline").GetInt32());
        Assert.Equal(1, after.GetProperty("states").GetProperty("NotEnabled").GetInt32());
        var devices = await fixture.GetJsonAsync($"/api/v1/batches/{batch}/devices");
        var reason = devices.GetProperty("items")[0].GetProperty("reason").GetString();
        Assert.Contains("not the batch's expected key", reason, StringComparison.Ordinal);
    }
}
