using Bunit;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Features.Access;

namespace Dashboard.Tests.Features.Administration;

public sealed class NavMenuTests : PageTest
{
    private readonly TestDatabase _database = new();

    public NavMenuTests() => this.AddDashboardTestServices(_database);

    protected override ValueTask DisposeAsyncCore()
    {
        _database.Dispose();

        return base.DisposeAsyncCore();
    }

    [Fact]
    public void Render_Viewer_HidesAdminGroupAndUpload()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("viewer@x.test");
        auth.SetRoles(DashboardRoles.Viewer);

        var cut = Render<NavMenu>();

        Assert.Empty(cut.FindAll(".admin-nav"));
        Assert.Empty(cut.FindAll("a[href='/upload']"));
        Assert.NotEmpty(cut.FindAll("a[href='/keys']"));
    }

    [Fact]
    public void Render_Admin_ShowsAdminPagesAndUpload()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("admin@x.test");
        auth.SetRoles(DashboardRoles.Admin);
        auth.SetPolicies(AccessPolicies.Administer, AccessPolicies.Ingest);

        var cut = Render<NavMenu>();

        Assert.Equal(
            ["/admin/users", "/admin/credentials", "/admin/audit"],
            cut.FindAll(".admin-nav a").Select(link => link.GetAttribute("href")));
        Assert.NotEmpty(cut.FindAll("a[href='/upload']"));
    }

    [Fact]
    public void Render_ProductionManager_ShowsUploadNotAdmin()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("pm@x.test");
        auth.SetPolicies(AccessPolicies.Ingest);

        var cut = Render<NavMenu>();

        Assert.Empty(cut.FindAll(".admin-nav"));
        Assert.NotEmpty(cut.FindAll("a[href='/upload']"));
    }
}
