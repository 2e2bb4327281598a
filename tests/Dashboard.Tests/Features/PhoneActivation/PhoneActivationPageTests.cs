using Bunit;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Dashboard.Web.Features.PhoneActivation;

namespace Dashboard.Tests.Features.PhoneActivation;

public sealed class PhoneActivationPageTests : PageTest
{
    private readonly TestDatabase _database = new();

    public PhoneActivationPageTests()
    {
        this.AddDashboardTestServices(_database, new FakeIngestor());
        this.SignInAsAdmin();
    }

    protected override ValueTask DisposeAsyncCore()
    {
        _database.Dispose();

        return base.DisposeAsyncCore();
    }

    [Fact]
    public void Accept_ShortConfirmationId_ShowsWhatIsWrongAndStoresNothing()
    {
        SeedCase();
        var cut = Render<PhoneActivationPage>();
        cut.WaitForElement(".phone-case").Click();

        cut.Find(".confirmation-id input").Input("123456 234567 345678 456789 567890 678901 789012 89012");
        cut.Find("button.accept-confirmation").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            "47 digits; a Confirmation ID has 48 (8 groups of 6).", cut.Find(".case-error").TextContent.Trim()));
        Assert.Empty(cut.FindAll(".atp-command"));
        using var db = _database.CreateDbContext();
        Assert.Null(db.PhoneCases.Single().ConfirmationId);
    }

    private void SeedCase()
    {
        _database.AddBatch("B-1", TestData.Now);
        _database.AddDevices("B-1", [TestData.Device("B-1", "SN-1", DeviceState.NeedsPhoneActivation)]);
        using var db = _database.CreateDbContext();
        db.PhoneCases.Add(new PhoneCase
        {
            DeviceSerial = "SN-1",
            BatchId = "B-1",
            OpenedAt = TestData.Now,
            InstallationId = new string('7', 63),
            PartialProductKey = "RCDNK",
        });
        db.SaveChanges();
    }
}
