using System.Net;
using System.Text;
using Dashboard.IntegrationTests.Api;

namespace Dashboard.IntegrationTests.Protection;

/// <summary>Mutated real captures through the ingest endpoint: every answer is a verdict, never a 5xx.</summary>
public sealed class IngestFuzzTests(DashboardApiFixture fixture) : IClassFixture<DashboardApiFixture>
{
    private static readonly HttpStatusCode[] s_verdicts =
        [HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task PostReport_MutatedCorpus_AnswersEveryInputWithoutServerError(int seed)
    {
        var random = new Random(seed);
        var corpus = Samples.ReadAll();
        var client = fixture.CreateClient();

        for (var i = 0; i < 120; i++)
        {
            var input = Mutate(random, corpus);
            using var content = new ByteArrayContent(input);

            var response = await client.PostAsync($"/api/v1/reports?serial=fuzz-{seed}-{i}&batch=fuzz", content);

            Assert.True(s_verdicts.Contains(response.StatusCode),
                $"Input {i} of seed {seed} ({input.Length} bytes) was answered {(int)response.StatusCode}.");
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/batches/fuzz")).StatusCode);
    }

    private static byte[] Mutate(Random random, IReadOnlyList<byte[]> corpus)
    {
        var bytes = corpus[random.Next(corpus.Count)].ToList();
        var rounds = random.Next(1, 6);
        for (var round = 0; round < rounds; round++)
        {
            Apply(random, corpus, bytes);
        }

        return [.. bytes];
    }

    private static void Apply(Random random, IReadOnlyList<byte[]> corpus, List<byte> bytes)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(7))
        {
            case 0 when bytes.Count > 0:
                bytes[at] = (byte)random.Next(256);
                break;
            case 1:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 2:
                bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(256)));
                break;
            case 3:
                bytes.InsertRange(at, corpus[random.Next(corpus.Count)]);
                break;
            case 4:
                bytes.InsertRange(at, Enumerable.Repeat((byte)0, random.Next(1, 512)));
                break;
            case 5:
                bytes.InsertRange(at, Encoding.ASCII.GetBytes("ABCDE-FGHIJ-KLMNP-QRSTV-WXY2Z\r\n"));
                break;
            default:
                bytes.InsertRange(at, Encoding.Unicode.GetBytes(new string('\u2028', random.Next(1, 200))));
                break;
        }
    }
}
