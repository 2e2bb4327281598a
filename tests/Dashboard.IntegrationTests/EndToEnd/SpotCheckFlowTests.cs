using Dashboard.IntegrationTests.Access;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.EndToEnd;

public sealed class SpotCheckFlowTests : BrowserTest
{
    private const string Batch = "B-QA";
    private const string OnePixelPng =
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    [Fact]
    public async Task SpotCheckPage_TabletRecordsWholeSample_BatchBecomesReady()
    {
        var address = Factory.StartAndGetAddress();
        using var http = new HttpClient { BaseAddress = address }.WithSession(Factory.AdminCookie);
        string[] serials = ["SN-QA-1", "SN-QA-2", "SN-QA-3", "SN-QA-4", "SN-QA-5"];
        foreach (var (serial, i) in serials.Select((s, i) => (s, i)))
        {
            await PostAsync(http, serial, $"line-{(i % 2) + 1}");
        }

        var planned = await http.PatchAsJsonAsync($"/api/v1/batches/{Batch}", new { plannedQuantity = 5 });
        planned.EnsureSuccessStatusCode();
        var page = await Browser.NewSignedInPageAsync(Factory, new()
        {
            BaseURL = address.ToString(),
            ViewportSize = new() { Width = 820, Height = 1180 },
        });

        await page.GotoAsync($"/batches/{Batch}/spot-check");
        await ClickWhenInteractiveAsync(page, page.Locator("button.draw-sample"), page.Locator(".spot-check-progress"));
        await page.Locator(".checker-name input").FillAsync("Quinn");
        await Expect(page.Locator(".sample-item")).ToHaveCountAsync(5);

        for (var i = 0; i < serials.Length; i++)
        {
            await RecordPassAsync(page, serials[i], withPhoto: i == 0);
            await Expect(page.Locator(".sample-item.result-Pass")).ToHaveCountAsync(i + 1);
            if (i == 0)
            {
                await Shot(page, "qa-spot-check-tablet");
            }
        }

        await Expect(page.Locator(".check-status")).ToContainTextAsync("Sample accepted");
        await Shot(page, "qa-spot-check-done");
        var check = await http.GetFromJsonAsync<JsonElement>($"/api/v1/batches/{Batch}/spot-checks/latest");
        var first = check.GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("serial").GetString() == serials[0]);
        Assert.EndsWith(".png", first.GetProperty("photo").GetString(), StringComparison.Ordinal);
        Assert.Equal("Quinn", first.GetProperty("checkedBy").GetString());

        await page.GotoAsync($"/batches/{Batch}");
        await Expect(page.Locator(".readiness-card .verdict-chip")).ToContainTextAsync("Ready to ship");
        await Shot(page, "qa-batch-readiness");
        await page.GotoAsync("/");
        await Expect(page.Locator(".verdict-chip").First).ToContainTextAsync("Ready to ship");
        await Shot(page, "qa-overview");
        await page.GotoAsync($"/batches/{Batch}/evidence");
        await Expect(page.Locator(".evidence-row")).ToHaveCountAsync(5);
        var seed = check.GetProperty("seed").GetInt32();
        await Expect(page.Locator(".evidence-plan")).ToContainTextAsync("Lot of 5 devices, AQL 1");
        await Expect(page.Locator(".evidence-plan")).ToContainTextAsync($"with seed {seed}");
        await Shot(page, "qa-evidence");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Shot(page, "qa-evidence-print");
    }

    private static async Task RecordPassAsync(IPage page, string serial, bool withPhoto)
    {
        var search = page.Locator(".serial-search input");
        await search.FillAsync(serial);
        await search.PressAsync("Enter");
        await Expect(page.Locator(".spot-check-form .form-serial")).ToHaveTextAsync(serial);

        var boxes = page.Locator(".spot-check-form .check input[type=checkbox]");
        await Expect(boxes).ToHaveCountAsync(5);
        for (var i = 0; i < 5; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        await page.Locator(".spot-check-form .note textarea").FillAsync($"Label and sticker fine on {serial}");
        if (withPhoto)
        {
            await page.Locator(".photo-upload input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "label.png",
                MimeType = "image/png",
                Buffer = Convert.FromBase64String(OnePixelPng),
            });
            await Expect(page.Locator(".photo-name")).ToBeVisibleAsync();
        }

        await page.Locator("button.record-pass").ClickAsync();
    }

    private static async Task PostAsync(HttpClient http, string serial, string station)
    {
        var capture = """
            Name: Windows(R), IoTEnterpriseS edition
            Description: Windows(R) Operating System, OEM_DM channel
            Activation ID: a84bba07-931d-b925-306a-0799dc6ebd71
            Partial Product Key: RCDNK
            License Status: Licensed
            """;
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(capture));
        var url = $"/api/v1/reports?serial={serial}&batch={Batch}&station={station}&capturedAt=2026-12-01T08:00:00Z";
        using var response = await http.PostAsync(url, content);
        response.EnsureSuccessStatusCode();
    }

    private static async Task Shot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("DASHBOARD_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
