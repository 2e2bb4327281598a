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
app.UseDashboardApi();
app.UseAuthorization();
app.MapDashboardAccess();
app.MapDashboardApi();
app.MapQualityChecks();
app.MapAdministration();
app.MapDashboardUi();
app.MapLiveUpdates();

app.Run();
