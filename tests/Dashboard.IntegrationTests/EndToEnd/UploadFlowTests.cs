using Dashboard.IntegrationTests.Access;
using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.EndToEnd;

public sealed class UploadFlowTests : BrowserTest
{
    private const string Batch = "E2E-LINE-1";

    [Fact]
    public async Task UploadPage_StoresSampleFiles_AndTheBatchCountsShowThem()
    {
        var address = Factory.StartAndGetAddress();
        var page = await Browser.NewSignedInPageAsync(Factory, new() { BaseURL = address.ToString() });
        var samples = SampleFiles(3);

        await page.GotoAsync("/");
        await Expect(page.Locator(".empty-state")).ToBeVisibleAsync();

        await page.GotoAsync("/upload");
        await ChooseFilesAsync(page, samples);
        await page.Locator(".upload-batch input").FillAsync(Batch);
        await page.Locator(".upload-batch input").PressAsync("Tab");
        await page.Locator("button.upload-submit").ClickAsync();
        await Expect(page.Locator(".upload-results .result-stored")).ToHaveCountAsync(samples.Length);

        await page.GotoAsync("/");
        var row = page.Locator(".batches-table tbody tr", new() { HasText = Batch });
        await Expect(row.Locator(".device-count h6")).ToHaveTextAsync(samples.Length.ToString());

        await row.Locator(".batch-link").ClickAsync();
        await Expect(page.Locator(".batch-devices h6")).ToHaveTextAsync(samples.Length.ToString());
        await Expect(page.Locator(".device-grid .device-link")).ToHaveCountAsync(samples.Length);
        var counts = await page.Locator(".batch-states .state-count").AllTextContentsAsync();
        Assert.Equal(samples.Length, counts.Sum(int.Parse));
    }

    // The circuit may connect after the page shows; until it does a file choice is lost, so choose again.
    private static async Task ChooseFilesAsync(IPage page, string[] files)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await page.Locator(".upload-input input[type=file]").SetInputFilesAsync(files);
            try
            {
                await Expect(page.Locator(".selected-files")).ToBeVisibleAsync(new() { Timeout = 2000 });
                return;
            }
            catch (PlaywrightException)
            {
                // Not interactive yet.
            }
        }

        Assert.Fail("The upload page never became interactive: the chosen files did not register.");
    }

    private static string[] SampleFiles(int count)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dashboard.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);

        return [.. Directory.GetFiles(Path.Combine(directory.FullName, "data", "samples")).Order().Take(count)];
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
