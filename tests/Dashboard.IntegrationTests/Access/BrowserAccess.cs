using Microsoft.Playwright;

namespace Dashboard.IntegrationTests.Access;

public static class BrowserAccess
{
    /// <summary>A page whose browser context carries the host's admin session cookie.</summary>
    public static async Task<IPage> NewSignedInPageAsync(
        this IBrowser browser, DashboardFactory host, BrowserNewPageOptions options)
    {
        var cookie = host.AdminCookie.Split('=', 2);
        var page = await browser.NewPageAsync(options);
        await page.Context.AddCookiesAsync(
        [
            new Cookie { Name = cookie[0], Value = cookie[1], Url = options.BaseURL, HttpOnly = true },
        ]);

        return page;
    }
}
