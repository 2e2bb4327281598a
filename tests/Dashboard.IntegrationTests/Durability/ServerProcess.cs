using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dashboard.IntegrationTests.Access;

namespace Dashboard.IntegrationTests.Durability;

/// <summary>
/// The built dashboard run as its own process (<c>dotnet Dashboard.Web.dll</c>) on its own port and data
/// folder, so a test can kill it with SIGKILL the way a power switch or the OOM killer would.
/// </summary>
internal sealed class ServerProcess(string dataDirectory, IReadOnlyDictionary<string, string> settings)
    : IAsyncDisposable
{
    private readonly int _port = FreePort();
    private Process? _process;

    public Uri Address => new($"http://127.0.0.1:{_port}");

    public string DatabasePath => Path.Combine(dataDirectory, "dashboard.db");

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet", [WebAssemblyPath(), "--urls", Address.ToString()])
        {
            WorkingDirectory = Path.GetDirectoryName(WebAssemblyPath())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        start.Environment["ConnectionStrings__Dashboard"] = $"Data Source={DatabasePath}";
        foreach (var (key, value) in TestAccess.Settings.Concat(settings))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        // Drain the output so a chatty server never blocks on a full pipe.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
    }

    /// <summary>SIGKILL: no shutdown code runs, nothing is flushed by the app.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
        _process?.Dispose();
        _process = null;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}.");
            }

            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The server did not answer /health within 30 s.");
    }

    // The web app's own build output, in the configuration these tests were built in.
    private static string WebAssemblyPath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        for (var directory = testOutput; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dashboard.sln")))
            {
                return Path.Combine(directory.FullName, "src", "Dashboard.Web", "bin", configuration, framework,
                    "Dashboard.Web.dll");
            }
        }

        throw new InvalidOperationException("No Dashboard.sln above the test binaries; cannot find the web app.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        Kill();

        return ValueTask.CompletedTask;
    }
}
