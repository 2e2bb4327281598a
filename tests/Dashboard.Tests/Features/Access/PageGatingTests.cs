using Bunit;
using Dashboard.Core.Triage;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Allotments;
using Dashboard.Web.Features.Batches;
using Dashboard.Web.Features.Keys;
using Dashboard.Web.Features.PhoneActivation;

namespace Dashboard.Tests.Features.Access;

/// <summary>What each role sees: a control that is not rendered cannot be used on a Blazor Server page.</summary>
public sealed class PageGatingTests : PageTest
{
    private readonly TestDatabase _database = new();
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("dashboard-gating-").FullName;

    public PageGatingTests() => this.AddDashboardTestServices(_database, new FakeIngestor(), _dataDirectory);

    protected override ValueTask DisposeAsyncCore()
    {
        _database.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);

        return base.DisposeAsyncCore();
    }

    [Fact]
    public void BatchPage_Viewer_SeesNoEditButtonButAHint()
    {
        this.SignInAs("viewer@dashboard.test", DashboardRoles.Viewer);
        SeedBatch();

        var cut = Render<BatchPage>(ps => ps.Add(p => p.BatchId, "B1"));

        cut.WaitForElement(".batch-header");
        Assert.Empty(cut.FindAll("button.edit-batch"));
        Assert.Empty(cut.FindAll(".spot-check-link"));
        Assert.Contains("Production managers can edit this batch", cut.Find(".role-hint").TextContent,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DashboardRoles.ProductionManager, true, false)]
    [InlineData(DashboardRoles.QA, false, true)]
    [InlineData(DashboardRoles.Operator, false, false)]
    public void BatchPage_Role_SeesOnlyItsOwnActions(string role, bool edits, bool spotChecks)
    {
        this.SignInAs($"{role}@dashboard.test", role);
        SeedBatch();

        var cut = Render<BatchPage>(ps => ps.Add(p => p.BatchId, "B1"));

        cut.WaitForElement(".readiness-card");
        Assert.Equal(edits, cut.FindAll("button.edit-batch").Count == 1);
        Assert.Equal(spotChecks, cut.FindAll(".spot-check-link").Count == 1);
    }

    [Theory]
    [InlineData(DashboardRoles.Viewer)]
    [InlineData(DashboardRoles.Operator)]
    [InlineData(DashboardRoles.QA)]
    public void KeyPages_NotAManager_SeeNoRegisterCheckpointOrImport(string role)
    {
        this.SignInAs($"{role}@dashboard.test", role);
        var keyId = SeedKey();

        var keys = Render<KeysPage>();
        var key = Render<KeyPage>(ps => ps.Add(p => p.Id, keyId));

        key.WaitForElement(".key-header");
        Assert.Empty(keys.FindAll("button.register-key"));
        Assert.Empty(key.FindAll("button.add-checkpoint"));
        Assert.Empty(key.FindAll(".checkpoint-import"));
        Assert.Contains("Production managers", key.Find(".role-hint").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyPages_ProductionManager_SeesRegisterCheckpointAndImport()
    {
        this.SignInAs("pm@dashboard.test", DashboardRoles.ProductionManager);
        var keyId = SeedKey();

        var keys = Render<KeysPage>();
        var key = Render<KeyPage>(ps => ps.Add(p => p.Id, keyId));

        key.WaitForElement(".key-header");
        Assert.Single(keys.FindAll("button.register-key"));
        Assert.Single(key.FindAll("button.add-checkpoint"));
        Assert.Single(key.FindAll(".checkpoint-import"));
    }

    [Fact]
    public void Overview_EmptyDatabase_ViewerIsNotOfferedTheSampleImport()
    {
        this.SignInAs("viewer@dashboard.test", DashboardRoles.Viewer);
        WriteSample();

        var cut = Render<OverviewPage>();

        cut.WaitForElement(".empty-state");
        Assert.Empty(cut.FindAll("button.import-samples"));
        Assert.Empty(cut.FindAll("a[href='/upload']"));
        Assert.Contains("Production managers can upload", cut.Find(".role-hint").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void PhoneQueue_Viewer_SeesTheCaseButNoClaimNoteOrConfirmation()
    {
        this.SignInAs("viewer@dashboard.test", DashboardRoles.Viewer);
        SeedCase();

        var cut = Render<PhoneActivationPage>();
        cut.WaitForElement(".phone-case").Click();

        cut.WaitForElement(".phone-case-panel");
        Assert.NotEmpty(cut.FindAll(".iid-group"));
        Assert.Empty(cut.FindAll(".phone-case-actions"));
        Assert.Empty(cut.FindAll("button.claim-case"));
        Assert.Empty(cut.FindAll(".confirmation-id"));
        Assert.Contains("Phone operators", cut.Find(".role-hint").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void PhoneQueue_Operator_ClaimsUnderOwnNameAndTheClaimIsAudited()
    {
        this.SignInAs("olga@dashboard.test", DashboardRoles.Operator);
        SeedCase();

        var cut = Render<PhoneActivationPage>();
        cut.WaitForElement(".phone-case").Click();
        cut.WaitForElement("button.claim-case").Click();

        cut.WaitForElement("button.release-case");
        using var db = _database.CreateDbContext();
        Assert.Equal("olga@dashboard.test", db.PhoneCases.Single().ClaimedBy);
        var entry = Assert.Single(db.AuditLog);
        Assert.Equal(("olga@dashboard.test", "phone-case.claimed", "SN-1"), (entry.Actor, entry.Action, entry.Target));
    }

    private void SeedBatch()
    {
        _database.AddBatch("B1", TestData.Now, (DeviceState.Activated, 1));
        _database.AddDevices("B1", [TestData.Device("B1", "SN-1", DeviceState.Activated)]);
    }

    private int SeedKey()
    {
        using var db = _database.CreateDbContext();
        var key = new EpkeaKey { Label = "Line 1", PartialProductKey = "ABCDE", Allotment = 100 };
        db.EpkeaKeys.Add(key);
        db.SaveChanges();

        return key.Id;
    }

    private void SeedCase()
    {
        SeedBatch();
        using var db = _database.CreateDbContext();
        db.PhoneCases.Add(new PhoneCase
        {
            DeviceSerial = "SN-1",
            BatchId = "B1",
            OpenedAt = TestData.Now,
            InstallationId = new string('7', 63),
            PartialProductKey = "RCDNK",
        });
        db.SaveChanges();
    }

    private void WriteSample()
    {
        var samples = Directory.CreateDirectory(Path.Combine(_dataDirectory, "samples"));
        File.WriteAllText(Path.Combine(samples.FullName, "SN-A.txt"), "License Status: Licensed");
    }
}
