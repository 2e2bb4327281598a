using Bunit;
using Dashboard.Web.Features.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Tests.Features.Administration;

public sealed class UserCreateDialogTests : PageTest
{
    private readonly TestDatabase _database = new();

    public UserCreateDialogTests()
    {
        this.AddDashboardTestServices(_database);
        this.SignInAsAdmin();

        // Asked for by the dialog; a refused form never reaches it.
        Services.AddScoped<ActingScope>();
        Services.AddScoped<UserAdministration>();
    }

    protected override ValueTask DisposeAsyncCore()
    {
        _database.Dispose();

        return base.DisposeAsyncCore();
    }

    [Fact]
    public async Task Create_NoRoleTicked_AsksForOneAndCreatesNobody()
    {
        var provider = Render<MudDialogProvider>();
        await provider.InvokeAsync(() =>
            Services.GetRequiredService<IDialogService>().ShowAsync<UserCreateDialog>("Add a person"));

        provider.WaitForElement(".new-user-email input").Change("new.person@dashboard.test");
        Assert.Equal(5, provider.FindAll(".role-option input[type=checkbox]").Count);
        Assert.Empty(provider.FindAll(".role-option input:checked"));
        provider.Find(".new-user-password input").Change("A-long-password-42");
        provider.Find("button.create-user").Click();

        provider.WaitForAssertion(() => Assert.Contains(
            "Choose at least one role", provider.Markup, StringComparison.Ordinal));
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(user => user.Email == "new.person@dashboard.test"));
    }
}
