using Dashboard.Web.Api;
using Dashboard.Web.Components;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Access;
using Dashboard.Web.Features.Administration;
using Dashboard.Web.Features.Protection;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Allotments;
using Dashboard.Web.Features.QualityChecks;
using Dashboard.Web.Features.Reports;
using Dashboard.Web.Features.WallDisplay;

var builder = WebApplication.CreateBuilder(args);

// Serve MudBlazor's files and the top-level wwwroot/ from the build output in every environment, not only
// Development, so `dotnet run` with ASPNETCORE_ENVIRONMENT=Production shows styled pages. A published app
// has no such manifest and serves its own copies.
builder.WebHost.UseStaticWebAssets();

builder.AddDashboardData();
builder.AddDashboardAccess();
builder.AddRequestProtection();
builder.AddReportIngestion();
builder.AddLiveUpdates();
builder.AddWallDisplay();
builder.AddAllotments();
builder.AddQualityChecks();
builder.AddAdministration();
builder.AddDashboardApi();
builder.AddDashboardUi();

var app = builder.Build();

await app.MigrateDashboardDatabaseAsync();
await app.BootstrapDashboardAccessAsync();

app.UseRequestProtection();
app.UseDashboardErrorPages();
app.UseDashboardApi();
app.UseAuthorization();
app.MapDashboardAccess();
app.MapDashboardApi();
app.MapQualityChecks();
app.MapAdministration();
app.MapDashboardUi();
app.MapLiveUpdates();

app.Run();
