using System.Collections.Concurrent;
using System.Net;
using Dashboard.IntegrationTests.Access;
using Dashboard.IntegrationTests.Api;
using Microsoft.Data.Sqlite;

namespace Dashboard.IntegrationTests.Durability;

/// <summary>
/// Stations keep sending while the server is killed with SIGKILL again and again; afterwards every report
/// that was answered 201 (or 200, already stored) is in the database exactly once, and the file is sound.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Stations = 4;
    private const string Batch = "crash";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("dashboard-crash-").FullName;
    private readonly IReadOnlyList<byte[]> _corpus = Samples.ReadAll();
    private readonly ConcurrentDictionary<string, HttpStatusCode> _acknowledged = new();
    private readonly ConcurrentQueue<string> _problems = new();

    [Fact]
    public async Task Ingest_ServerKilledRepeatedly_EveryAcknowledgedReportStoredExactlyOnce()
    {
        await using var server = new ServerProcess(_dataDirectory, new Dictionary<string, string>
        {
            ["Limits:StationBurst"] = "1000000",
            ["Limits:StationRequestsPerSecond"] = "100000",
        });
        await server.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(10) }
            .AsStation();
        using var stop = new CancellationTokenSource();

        var stations = Enumerable.Range(0, Stations)
            .Select(station => Task.Run(() => StationAsync(client, station, stop.Token)))
            .ToList();
        var kills = await KillRepeatedlyAsync(server, times: 4);
        await stop.CancelAsync();
        await Task.WhenAll(stations);

        Assert.Empty(_problems);
        Assert.Equal(4, kills);
        Assert.True(_acknowledged.Count >= 40, $"Only {_acknowledged.Count} reports were acknowledged.");
        AssertStoredExactlyOnce(server.DatabasePath);
    }

    // Each kill comes at a random moment once the restarted server is taking reports again, so it
    // always lands in the middle of a sustained ingest, however slowly a busy machine starts it.
    private async Task<int> KillRepeatedlyAsync(ServerProcess server, int times)
    {
        var random = new Random();
        for (var kill = 0; kill < times; kill++)
        {
            await WhileIngestingAsync(_acknowledged.Count + 10);
            await Task.Delay(random.Next(0, 1500));
            server.Kill();
            if (kill < times - 1)
            {
                await server.StartAsync();
            }
        }

        return times;
    }

    private async Task WhileIngestingAsync(int acknowledged)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (_acknowledged.Count < acknowledged && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }

    // A station sends one device after another; a send that got no answer is repeated, as stations do.
    private async Task StationAsync(HttpClient client, int station, CancellationToken stop)
    {
        for (var device = 0; !stop.IsCancellationRequested; device++)
        {
            var serial = $"st{station}-{device:D5}";
            var content = _corpus[(station * 7 + device) % _corpus.Count];
            if (await SendUntilAnsweredAsync(client, serial, content, stop) is not { } status)
            {
                return;
            }

            _acknowledged[serial] = status;
            if (device % 10 == 9 && await SendUntilAnsweredAsync(client, serial, content, stop) is { } again
                && again != HttpStatusCode.OK)
            {
                _problems.Enqueue($"{serial} sent again after {status} was answered {again}, not 200.");
            }
        }
    }

    private async Task<HttpStatusCode?> SendUntilAnsweredAsync(
        HttpClient client, string serial, byte[] content, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var body = new ByteArrayContent(content);
                var response = await client.PostAsync($"/api/v1/reports?serial={serial}&batch={Batch}", body, stop);
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    return response.StatusCode;
                }

                _problems.Enqueue($"{serial} was answered {(int)response.StatusCode}.");
                return null;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // The server is down or died mid-request: nothing was acknowledged, so send again.
                await Task.Delay(50, CancellationToken.None);
            }
        }

        return null;
    }

    private void AssertStoredExactlyOnce(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();

        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        var counts = new Dictionary<string, long>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT DeviceSerial, COUNT(*) FROM Reports GROUP BY DeviceSerial";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                counts[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        Assert.All(_acknowledged.Keys, serial => Assert.Equal(1, counts.GetValueOrDefault(serial)));
        Assert.All(counts, count => Assert.Equal(1, count.Value));
        Assert.Equal((long)counts.Count, Scalar(connection, $"SELECT ReportCount FROM Batches WHERE Id = '{Batch}'"));
        Assert.Equal((long)counts.Count, Scalar(connection, $"SELECT DeviceCount FROM Batches WHERE Id = '{Batch}'"));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        return command.ExecuteScalar();
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}
