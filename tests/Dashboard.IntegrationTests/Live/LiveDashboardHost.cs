using System.Net;
using System.Net.Sockets;
using Dashboard.IntegrationTests.Access;
using Dashboard.IntegrationTests.Api;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Live;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Live;

/// <summary>
/// The dashboard on a chosen real port and data folder, so a test can stop it and start another on the
/// same port and database (a restart), or start two on one database and one Redis (two instances).
/// The caller owns the folder.
/// </summary>
internal sealed class LiveDashboardHost : DashboardFactory
{
    private readonly string _dataDirectory;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public LiveDashboardHost(string dataDirectory, int port, IReadOnlyDictionary<string, string>? settings = null)
    {
        _dataDirectory = dataDirectory;
        _settings = settings ?? new Dictionary<string, string>();
        Address = new Uri($"http://127.0.0.1:{port}/");
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
    }

    public Uri Address { get; }

    public ActivationNotifier Notifier => Services.GetRequiredService<ActivationNotifier>();

    public LiveDiagnostics Diagnostics => Services.GetRequiredService<LiveDiagnostics>();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override HttpMessageHandler CreateSignInHandler() =>
        new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };

    protected override Uri SignInAddress => Address;

    public LiveDashboardHost Start()
    {
        StartServer();

        return this;
    }

    /// <summary>Posts a sample capture (by its file-name prefix) for a device; fails unless it was stored.</summary>
    public async Task PostSampleAsync(string sample, string serial, string batch)
    {
        using var client = new HttpClient { BaseAddress = Address }.AsStation();
        using var content = new ByteArrayContent(Samples.Read(sample));
        var response = await client.PostAsync($"/api/v1/reports?serial={serial}&batch={batch}", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Waits until this many circuits or hub listeners have subscribed to live changes.</summary>
    public async Task WaitForSubscribersAsync(int count)
    {
        for (var waited = 0; Notifier.SubscriberCount < count; waited += 50)
        {
            Assert.True(waited < 20_000, $"Only {Notifier.SubscriberCount} of {count} pages went live in 20 s.");
            await Task.Delay(50);
        }
    }

    protected override void ConfigureDashboard(IWebHostBuilder builder)
    {
        builder.UseSetting(DataDirectory.ConfigurationKey, _dataDirectory);
        builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={Path.Combine(_dataDirectory, "live.db")}");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
