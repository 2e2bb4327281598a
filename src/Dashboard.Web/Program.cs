using Dashboard.Web.Api;
using Dashboard.Web.Components;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Allotments;
using Dashboard.Web.Features.Reports;

var builder = WebApplication.CreateBuilder(args);

builder.AddDashboardData();
builder.AddReportIngestion();
builder.AddAllotments();
builder.AddDashboardApi();
builder.AddDashboardUi();

var app = builder.Build();

await app.MigrateDashboardDatabaseAsync();

app.UseDashboardApi();
app.MapDashboardApi();
app.MapDashboardUi();

app.Run();
