using Bunit;
using Dashboard.Web.Features.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Tests.Features.Access;

public sealed class RedirectToLoginTests : PageTest
{
    public RedirectToLoginTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddScoped<CircuitConnection>();
    }

    [Fact]
    public void Render_PersonOnPage_GoesToSignInWithTheWayBack()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/batches/B-7?tab=devices");

        Render<RedirectToLogin>();

        Assert.Equal("http://localhost/account/login?returnUrl=%2Fbatches%2FB-7%3Ftab%3Ddevices", navigation.Uri);
    }

    [Fact]
    public async Task Render_BrowserAway_WaitsUntilItIsBackThenGoesToSignIn()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/phone");
        var connection = Services.GetRequiredService<CircuitConnection>();
        connection.Down();

        var cut = Render<RedirectToLogin>();
        var whileAway = navigation.Uri;
        connection.Up();

        Assert.Equal("http://localhost/phone", whileAway);
        Assert.Equal("/account/login?returnUrl=%2Fphone", cut.Find(".session-ended a").GetAttribute("href"));
        await cut.WaitForAssertionAsync(() =>
            Assert.Equal("http://localhost/account/login?returnUrl=%2Fphone", navigation.Uri));
    }

    [Fact]
    public void Render_WallWithoutValidToken_SaysSoAndStays()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/wall?token=revoked");

        var cut = Render<RedirectToLogin>();

        Assert.Contains(DisplayTokenHandler.Refused, cut.Markup, StringComparison.Ordinal);
        Assert.Equal("http://localhost/wall?token=revoked", navigation.Uri);
    }
}
