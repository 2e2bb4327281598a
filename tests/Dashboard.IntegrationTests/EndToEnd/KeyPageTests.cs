using Dashboard.IntegrationTests.Access;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.IntegrationTests.Allotments;
using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.EndToEnd;

public sealed class KeyPageTests : BrowserTest
{
    /// <summary>When set, the pages are also saved as PNGs in this folder for people to look at.</summary>
    public const string ScreenshotsVariable = "DASHBOARD_SCREENSHOTS";

    private const string PartialKey = "7QX4M";

    [Fact]
    public async Task KeyPage_ShowsChartOrderByDateAndLeakAlarm_OverviewAndListShowStatus()
    {
        var address = Factory.StartAndGetAddress();
        var keyId = await SeedAsync(address);
        using var client = new HttpClient { BaseAddress = address }.WithSession(Factory.AdminCookie);
        var forecast = await client.GetFromJsonAsync<JsonElement>($"/api/v1/keys/{keyId}/forecast");
        var page = await Browser.NewSignedInPageAsync(Factory, new()
        {
            BaseURL = address.ToString(),
            ViewportSize = new() { Width = 1440, Height = 1200 },
        });

        await page.GotoAsync($"/keys/{keyId}");

        await Expect(page.Locator(".key-forecast-chart svg").First).ToBeVisibleAsync();
        await Expect(page.Locator(".key-forecast-chart path.mud-chart-serie").First).ToBeVisibleAsync();
        await Expect(page.Locator(".order-by-date")).ToHaveTextAsync(forecast.GetProperty("orderBy").GetString()!);
        await Expect(page.Locator(".leak-alarm")).ToContainTextAsync("Possible key leak or unexpected consumption");
        await Expect(page.Locator(".key-basis")).ToContainTextAsync("damped trend with weekday effects");
        await SaveAsync(page, "allotments-key-page.png");

        await page.GotoAsync("/");
        var row = page.Locator(".keys-card .key-row", new() { HasText = "line 2" });
        var cover = forecast.GetProperty("daysOfCover").GetInt32().ToString("N0");
        await Expect(row.Locator(".key-cover")).ToHaveTextAsync(cover);
        await Expect(row.Locator(".key-status")).ToBeVisibleAsync();
        await SaveAsync(page, "allotments-overview.png");

        await page.GotoAsync("/keys");
        var listed = page.Locator(".key-grid tr", new() { HasText = "line 2" });
        var status = forecast.GetProperty("status").GetString()!.ToLowerInvariant();
        await Expect(listed.Locator(".key-status")).ToHaveClassAsync(
            new System.Text.RegularExpressions.Regex($"key-status-{status}"));
        await SaveAsync(page, "allotments-key-list.png");
    }

    [Fact]
    public async Task KeyPage_MistypedCheckpointDeleted_AlarmGoesAndTheOtherCheckpointsStay()
    {
        var address = Factory.StartAndGetAddress();
        var keyId = await SeedAsync(address);
        var page = await Browser.NewSignedInPageAsync(Factory, new()
        {
            BaseURL = address.ToString(),
            ViewportSize = new() { Width = 1440, Height = 1200 },
        });
        await page.GotoAsync($"/keys/{keyId}");
        await Expect(page.Locator(".leak-alarm")).ToBeVisibleAsync();
        var rows = page.Locator(".key-checkpoints .checkpoint-row");
        await Expect(rows).ToHaveCountAsync(3);

        var deleteLeaking = rows.Filter(new() { Has = page.Locator(".reconcile-alarm") }).Locator(".delete-checkpoint");
        var dialog = page.Locator(".mud-dialog");
        var keep = dialog.GetByRole(AriaRole.Button, new() { Name = "Keep", Exact = true });
        await ClickWhenInteractiveAsync(page, deleteLeaking, keep);
        await keep.ClickAsync();
        await Expect(rows).ToHaveCountAsync(3);
        await deleteLeaking.ClickAsync();
        await Expect(dialog).ToContainTextAsync("entered by M. Keller");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        await Expect(page.GetByText("Checkpoint deleted.")).ToBeVisibleAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.Locator(".leak-alarm")).ToHaveCountAsync(0);
        await Expect(page.Locator(".key-checkpoints .reconcile-ok")).ToHaveCountAsync(1);
    }

    // Six weeks of a two-line factory: busy weekdays, a short Saturday shift, idle Sundays, a few repeats.
    private async Task<int> SeedAsync(Uri address)
    {
        var services = Factory.Services;
        var keyId = await KeyScenario.AddKeyAsync(services, "IoT Ent LTSC 2024 – line 2", PartialKey, 5000, 30);
        var random = new Random(42);
        var today = DateTime.UtcNow.Date;
        var activations = new List<(DateTime, string, bool)>();
        for (var day = -42; day < 0; day++)
        {
            var date = today.AddDays(day);
            var count = date.DayOfWeek switch
            {
                DayOfWeek.Sunday => 0,
                DayOfWeek.Saturday => random.Next(8, 20),
                _ => random.Next(45, 75),
            };
            activations.AddRange(Enumerable.Range(0, count).Select(i => (
                date.AddHours(6).AddMinutes(i * 9), i % 2 == 0 ? "line-1" : "line-2", random.NextDouble() < 0.03)));
        }

        await KeyScenario.SeedActivationsAsync(services, "B-2026-11", PartialKey, 2000, activations);

        using var client = new HttpClient { BaseAddress = address }.WithSession(Factory.AdminCookie);
        var seenBy = (int day) => activations.Count(a => a.Item1 < today.AddDays(day + 1));
        await PostCheckpointAsync(client, keyId, 5000 - seenBy(-29), today.AddDays(-28).AddSeconds(-1));
        await PostCheckpointAsync(client, keyId, 5000 - seenBy(-15), today.AddDays(-14).AddSeconds(-1));
        await PostCheckpointAsync(client, keyId, 5000 - seenBy(-4) - 140, today.AddDays(-3).AddSeconds(-1));

        return keyId;
    }

    private static async Task PostCheckpointAsync(HttpClient client, int keyId, int remaining, DateTime asOf)
    {
        var response = await client.PostAsJsonAsync(
            $"/api/v1/keys/{keyId}/checkpoints", new { remaining, asOf = asOf.ToString("O"), enteredBy = "M. Keller" });
        response.EnsureSuccessStatusCode();
    }

    private static async Task SaveAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable(ScreenshotsVariable) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
