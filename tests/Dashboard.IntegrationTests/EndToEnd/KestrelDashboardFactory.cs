using Dashboard.IntegrationTests.Access;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.EndToEnd;

/// <summary>
/// The whole dashboard on a real port (a browser cannot reach the in-memory test server), on a fresh data folder.
/// </summary>
public sealed class KestrelDashboardFactory : DashboardFactory
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("dashboard-e2e-").FullName;

    private readonly Action<IWebHostBuilder>? _configure;

    /// <param name="configure">Settings of the test on top of the usual ones, e.g. no bootstrap admin.</param>
    public KestrelDashboardFactory(Action<IWebHostBuilder>? configure = null)
    {
        _configure = configure;
        UseKestrel(0);
    }

    /// <summary>Starts the server if needed and returns its address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri StartAndGetAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("The server did not report its addresses.");

        return new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureDashboard(IWebHostBuilder builder)
    {
        builder.UseSetting(DataDirectory.ConfigurationKey, _dataDirectory);
        builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={Path.Combine(_dataDirectory, "e2e.db")}");
        _configure?.Invoke(builder);
    }

    protected override HttpMessageHandler CreateSignInHandler() =>
        new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };

    protected override Uri SignInAddress => StartAndGetAddress();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
